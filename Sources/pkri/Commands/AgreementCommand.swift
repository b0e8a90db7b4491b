import ArgumentParser
import Foundation
import PKRICore
import PKRIStore

struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: helpText("Kesepakatan verifikator (alpha Krippendorff) per indeks dan pertanyaan, dan selisih klaim vs verifikasi.",
                           "Verifier agreement (Krippendorff's alpha) per index and question, and the claimed-vs-verified gap."),
        discussion: helpText("""
        Per indeks: alpha (metrik interval) atas nilai para verifikator — tiap verifikator dengan pengajuan 'submitted' \
        terakhirnya, seperti saat penggabungan — dengan jumlah subjek dan nilai berpasangan serta selang bootstrap 95 % \
        (1.000 sampel ulang subjek, dengan --seed). Per pertanyaan: alpha dengan metrik menurut jenisnya (nominal untuk \
        single, interval untuk integer dan decimal, untuk multiple rata-rata alpha nominal per opsi), dari kesepakatan \
        terendah. Lalu selisih nilai akhir − klaim per jenis instansi dan per provinsi.
        Alpha 1 berarti sepakat penuh, 0 tidak lebih baik dari kebetulan; Krippendorff menganjurkan ≥ 0,800 untuk \
        menyimpulkan dan ≥ 0,667 untuk kesimpulan sementara.
        Contoh: pkri agreement --template pkri-keberlanjutan
                pkri agreement --template pkri-keberlanjutan@2025.1 --index keberlanjutan --json
        """, """
        Per index: alpha (interval metric) over the verifiers' values — each verifier with their latest submitted \
        submission, as in combining — with the number of subjects and pairable values and a 95% bootstrap interval \
        (1,000 resamples of subjects, by --seed). Per question: alpha with the metric its type calls for (nominal for \
        single, interval for integer and decimal, for multiple the mean of per-option nominal alphas), lowest agreement \
        first. Then the gap final − claimed per agency type and per province.
        Alpha 1 is full agreement, 0 no better than chance; Krippendorff advises ≥ 0.800 to draw conclusions and \
        ≥ 0.667 for tentative ones.
        Example: pkri agreement --template pkri-keberlanjutan
                 pkri agreement --template pkri-keberlanjutan@2025.1 --index keberlanjutan --json
        """)
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: .text("Id templat atau ID@VERSI (bawaan: versi terakhir yang ditambahkan).", "Template id or ID@VERSION (default: the version added last)."))
    var template: String
    @Option(help: .text("Hanya indeks ini.", "Only this index.")) var index: String?
    @Flag(help: .text("Satu objek pkri-agreement/1 per indeks per baris.", "One pkri-agreement/1 object per index per line.")) var json = false
    @Option(help: .text("Benih sampel ulang bootstrap: benih sama, hasil sama.", "Seed of the bootstrap resamples: the same seed gives the same output."))
    var seed: UInt64 = 1

    func run() throws {
        let l = workspace.lang
        let ws = try workspace.open()
        do {
            let t = try ws.resultsTemplate(template, language: l)
            if let index, t.index(index) == nil {
                Terminal.err("pkri: " + l.pick("templat \(t.id) tidak punya indeks '\(index)'", "template \(t.id) has no index '\(index)'"))
                throw ExitCode(1)
            }
            var analysis = AgreementAnalysis(template: t, indices: index.map { [$0] })
            try TrustQuery(ws).forEachAgreementSubject(template: t) { analysis.add($0) }
            let report = analysis.report(seed: seed)
            if json {
                for r in report { Terminal.out(r.json.serialized()) }
            } else {
                Terminal.out(AgreementView(template: t, language: l).lines(report).joined(separator: "\n"))
            }
        } catch let error as WorkspaceError {
            throw workspace.fail(error)
        }
    }
}
