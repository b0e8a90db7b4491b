import ArgumentParser
import Foundation
import PKRICore
import PKRIXML

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: helpText("Menghitung skor pengajuan dengan rincian setiap poin.", "Computes the scores of submissions with a breakdown of every point."),
        discussion: helpText("""
        SUBMISSION dapat berupa berkas atau folder (semua *.xml di dalamnya; pengajuan untuk templat lain \
        di folder dilewati). Untuk ribuan berkas, sebutkan foldernya, bukan folder/*.xml.
        Tanpa --json: tiap indeks dengan nilai dan predikat, lalu tabel per bagian.
        Dengan --json: satu objek pkri-score/1 per baris (JSON Lines), dalam urutan masukan.
        Status keluar 0 bila semua pengajuan dinilai, 1 bila ada yang tidak sah.
        Contoh: pkri score --template templates/pkri-keberlanjutan.xml samples/submissions
        """, """
        SUBMISSION may be a file or a folder (every *.xml in it; submissions for another template \
        in a folder are skipped). For thousands of files, name the folder, not folder/*.xml.
        Without --json: each index with its score and band, then a table per section.
        With --json: one pkri-score/1 object per line (JSON Lines), in input order.
        Exit status 0 when every submission is scored, 1 when any is invalid.
        Example: pkri score --template templates/pkri-keberlanjutan.xml samples/submissions
        """)
    )

    @Option(name: .customLong("template"), help: .text("Berkas templat XML yang dipakai pengajuan.", "The XML template file the submissions use."))
    var templateFile: String

    @Flag(name: .long, help: .text("Keluaran JSON Lines (pkri-score/1).", "JSON Lines output (pkri-score/1)."))
    var json = false

    @OptionGroup var options: LanguageOption

    @Argument(help: .text("Berkas atau folder pengajuan XML.", "XML submission files or folders."))
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
        var out = Data()
        func flush() {
            FileHandle.standardOutput.write(out)
            out.removeAll(keepingCapacity: true)
        }
        // Every core scores; results are printed in input order as they come,
        // a few hundred ahead at most, so memory stays flat however many
        // files a folder holds. Output goes out 64 KB at a time.
        OrderedStream.run(inputs, { input -> ScoreOutcome in
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
        }, consume: { outcome in
            switch outcome {
            case .scored(let text, let warnings):
                if !warnings.isEmpty {
                    flush()   // keeps messages beside the output they concern on a terminal
                    Terminal.report(warnings)
                }
                if !json, !first { out.append(UInt8(ascii: "\n")) }
                out.append(contentsOf: text.utf8)
                if text.utf8.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
                first = false
                if out.count >= 1 << 16 { flush() }
            case .invalid(let diagnostics):
                flush()
                Terminal.report(diagnostics)
                failed = true
            case .skipped:
                skipped += 1
            }
        })
        flush()
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
