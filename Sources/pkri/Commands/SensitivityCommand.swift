import ArgumentParser
import Foundation
import PKRICore
import PKRIStore

struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: helpText("Seberapa peka peringkat terhadap bobot bagian: rentang peringkat, predikat, dan penghargaan yang stabil.",
                           "How much the ranking depends on the section weights: rank ranges, bands, and which awards are stable."),
        discussion: helpText("""
        Tiap putaran mengalikan setiap bobot bagian indeks dengan faktor acak seragam dalam [1 − spread, 1 + spread], \
        menggabungkan ulang nilai dari rasio bagian yang tersimpan (jawaban tidak dinilai ulang), lalu menyusun peringkat. \
        Per subjek: persentil ke-5 s.d. ke-95 peringkatnya dan bagian putaran di tiap predikat; keseluruhan: tau Kendall \
        antara peringkat resmi dan tiap putaran (median dan persentil ke-5); dan subjek Top N (--top) yang hasilnya tetap. \
        Benih sama, hasil sama. Tidak ada yang disimpan.
        Contoh: pkri sensitivity --template pkri-keberlanjutan --index keberlanjutan
                pkri sensitivity --template pkri-keberlanjutan --index keberlanjutan --spread 0.1 --runs 5000 --json
        """, """
        Each run multiplies every section weight of the index by an independent uniform factor in [1 − spread, 1 + spread], \
        recombines the values from the stored section ratios (answers are not scored again) and ranks the subjects. \
        Per subject: the 5th to 95th percentile of its rank and the share of runs in each band; overall: Kendall's tau \
        between the published ranking and each run's (median and 5th percentile); and which subjects' top-N outcome \
        (--top) is stable. The same seed gives the same output. Nothing is stored.
        Example: pkri sensitivity --template pkri-keberlanjutan --index keberlanjutan
                 pkri sensitivity --template pkri-keberlanjutan --index keberlanjutan --spread 0.1 --runs 5000 --json
        """)
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: .text("Id templat atau ID@VERSI.", "Template id or ID@VERSION.")) var template: String
    @Option(help: .text("Id indeks.", "Index id.")) var index: String
    @Option(help: .text("Faktor bobot diambil dari [1 − spread, 1 + spread] (0 ≤ spread < 1).", "Weight factors are drawn from [1 − spread, 1 + spread] (0 ≤ spread < 1)."))
    var spread = 0.2
    @Option(help: .text("Jumlah putaran.", "Number of runs.")) var runs = 1_000
    @Option(help: .text("Benih acak: benih sama, hasil sama.", "Random seed: the same seed gives the same output.")) var seed: UInt64 = 1
    @Option(help: .text("Daftar penghargaan: peringkat sampai N (yang seri di batas ikut).", "The award list: ranks up to N (ties at the cut included).")) var top = 45
    @Flag(help: .text("Satu objek pkri-sensitivity/1.", "One pkri-sensitivity/1 object.")) var json = false

    func validate() throws {
        let l = workspace.lang
        guard spread >= 0, spread < 1 else {
            throw ValidationError(l.pick("--spread harus 0 atau lebih dan kurang dari 1", "--spread must be at least 0 and less than 1"))
        }
        guard runs >= 1 else { throw ValidationError(l.pick("--runs harus 1 atau lebih", "--runs must be 1 or more")) }
        guard top >= 1 else { throw ValidationError(l.pick("--top harus 1 atau lebih", "--top must be 1 or more")) }
    }

    func run() throws {
        let l = workspace.lang
        let ws = try workspace.open()
        do {
            let t = try ws.resultsTemplate(template, language: l)
            guard let idx = t.index(index) else {
                Terminal.err("pkri: " + l.pick("templat \(t.id) tidak punya indeks '\(index)'", "template \(t.id) has no index '\(index)'"))
                throw ExitCode(1)
            }
            let input = try TrustQuery(ws).sensitivityInput(template: t, index: idx)
            let report = SensitivityAnalysis(input).run(.init(spread: spread, runs: runs, seed: seed, top: top))
            if json {
                Terminal.out(report.json.serialized())
            } else {
                Terminal.out(SensitivityView(template: t, language: l).lines(report).joined(separator: "\n"))
            }
        } catch let error as WorkspaceError {
            throw workspace.fail(error)
        }
    }
}
