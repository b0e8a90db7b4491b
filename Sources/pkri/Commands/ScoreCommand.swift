import ArgumentParser
import Foundation
import PKRICore
import PKRIXML

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Menghitung skor pengajuan dengan rincian setiap poin.",
        discussion: """
        SUBMISSION dapat berupa berkas atau folder (semua *.xml di dalamnya; pengajuan untuk templat lain
        di folder dilewati). Tanpa --json: tiap indeks dengan nilai dan predikat, lalu tabel per bagian.
        Dengan --json: satu objek pkri-score/1 per baris (JSON Lines), dalam urutan masukan.
        Status keluar 0 bila semua pengajuan dinilai, 1 bila ada yang tidak sah.
        Contoh: pkri score --template templates/pkri-keberlanjutan.xml samples/submissions
        """
    )

    @Option(name: .customLong("template"), help: "Berkas templat XML yang dipakai pengajuan.")
    var templateFile: String

    @Flag(name: .long, help: "Keluaran JSON Lines (pkri-score/1).")
    var json = false

    @OptionGroup var options: LanguageOption

    @Argument(help: "Berkas atau folder pengajuan XML.")
    var submissions: [String]

    func run() throws {
        let language = try options.language
        let template: Template
        do {
            let loaded = try TemplateLoader(language: language).load(contentsOf: templateFile)
            template = loaded.template
        } catch {
            Terminal.report(error.diagnostics)
            throw ExitCode(1)
        }
        let inputs = try SubmissionFiles.expand(submissions, language: language)
        let reader = SubmissionReader(language: language)
        let json = self.json
        var failed = false, skipped = 0, first = true
        // A chunk at a time on every core, printed in input order: memory
        // stays flat however many files a folder holds.
        let chunk = 512
        for start in stride(from: 0, to: inputs.count, by: chunk) {
            let outcomes = ParallelMap.map(Array(inputs[start..<min(start + chunk, inputs.count)])) { input -> ScoreOutcome in
                do throws(DocumentError) {
                    let submission = try reader.read(contentsOf: input.path)
                    if input.fromFolder, submission.template != template.id { return .skipped }
                    // One relevance pass: the scorer reuses what the checker evaluated.
                    let checked = submission.check(against: template, language: language)
                    let problems = checked.problems
                    guard let evaluation = checked.evaluation else { return .invalid(problems) }
                    let result = Scorer(template).score(checked: evaluation)
                    let text = json
                        ? ScoreJSON.line(result, submission: submission, template: template)
                        : ScoreBreakdown(template: template, submission: submission, result: result,
                                         language: language).render()
                    return .scored(text, warnings: problems)
                } catch {
                    return .invalid(error.diagnostics)
                }
            }
            for outcome in outcomes {
                switch outcome {
                case .scored(let text, let warnings):
                    Terminal.report(warnings)
                    if !json, !first { Terminal.out("") }
                    Terminal.out(text)
                    first = false
                case .invalid(let diagnostics):
                    Terminal.report(diagnostics)
                    failed = true
                case .skipped:
                    skipped += 1
                }
            }
        }
        if skipped > 0 {
            Terminal.err(language.pick("\(skipped) pengajuan untuk templat lain dilewati",
                                       "\(skipped) submissions for other templates were skipped"))
        }
        if failed { throw ExitCode(1) }
    }
}

enum ScoreOutcome: Sendable {
    case scored(String, warnings: [Diagnostic])
    case invalid([Diagnostic])
    case skipped
}
