import ArgumentParser
import Foundation
import PKRICore
import PKRIReportHTML
import PKRIStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: helpText("Laporan yang dapat dicetak: laporan evaluator per subjek, rekapitulasi, dan semua laporan sekaligus.", "Printable reports: an evaluator's report per subject, summaries, and all reports at once."),
        subcommands: [SubjectReportCommand.self, SummaryReportCommand.self, BatchReportCommand.self]
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case pdf, html }
}

/// Writes a report in the chosen format, whole or not at all.
enum ReportWriter {
    /// What went wrong, in the user's language.
    struct Failure: Error { let message: String }

    /// `sync: false` skips the flush to disk (a batch of many files).
    static func write(_ report: Report, format: ReportCommand.Format, to path: String, language l: Language,
                      sync: Bool = true) throws(Failure) {
        let data: Data
        switch format {
        case .html:
            data = Data(HTMLRenderer.render(report).utf8)
        case .pdf:
            do {
                data = try PDFOutput.bytes(report)
            } catch {
                throw Failure(message: l.pick("tidak dapat membuat PDF \(path): \(error)", "cannot make the PDF \(path): \(error)"))
            }
        }
        do throws(OutputFile.Failure) {
            try OutputFile.replace(path, with: data, sync: sync)
        } catch {
            throw Failure(message: error.message(path, l))
        }
    }
}

struct SubjectReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subject",
        abstract: helpText("Laporan evaluator satu inovasi atau instansi.", "The evaluator's report on one innovation or agency."),
        discussion: helpText("""
        Berisi identitas subjek, nilai akhir tiap indeks (predikat, klaim vs verifikasi, penilai, sebaran), grafik capaian \
        per bagian, tabel setiap pertanyaan dengan jawaban, skor, bukti dan catatan setiap penilai, serta alasan poin yang \
        tidak diperoleh. Dengan SOURCE_DATE_EPOCH, masukan yang sama menghasilkan berkas yang identik.
        Contoh: pkri report subject INOV-2019-0042 --format pdf -o laporan.pdf
        """, """
        Holds the subject's identity, the final score of each index (band, claimed vs verified, assessors, spread), a chart \
        of attainment per section, a table of every question with each assessor's answer, score, evidence and notes, and \
        the reasons for points not earned. With SOURCE_DATE_EPOCH, the same input gives an identical file.
        Example: pkri report subject INOV-2019-0042 --format pdf -o laporan.pdf
        """)
    )

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: .text("Id inovasi atau instansi.", "Innovation or agency id.")) var subject: String
    @Option(help: .text("pdf atau html.", "pdf or html.")) var format: ReportCommand.Format = .pdf
    @Option(name: [.customShort("o"), .long], help: .text("Berkas keluaran.", "Output file.")) var output: String
    @Option(help: .text("Hanya pengajuan untuk templat ini (id).", "Only submissions for this template (id).")) var template: String?

    func run() throws {
        let l = workspace.lang
        let ws = try workspace.open()
        do {
            let report = try ws.subjectReport(subject, template: template, producedAt: ReportClock.producedAt(), language: l).build()
            try ReportWriter.write(report, format: format, to: output, language: workspace.lang)
            Terminal.out(output)
        } catch let error as ReportWriter.Failure {
            Terminal.err("pkri: " + error.message)
            throw ExitCode(1)
        } catch let error as WorkspaceError {
            throw workspace.fail(error)
        }
    }
}

struct SummaryReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: helpText("Rekapitulasi regional atau nasional satu indeks.", "Regional or national summary of one index."),
        discussion: helpText("""
        Berisi cakupan, sebaran predikat, statistik per kelompok, subjek teratas, subjek yang perlu ditinjau, dan halaman \
        replikasi: inovasi asal menurut jangkauan replikasinya (--top teratas), lalu garis replikasi satu inovasi asal \
        sebagai pohon dan jangkauannya di peta provinsi. Bawaan: inovasi asal dengan jangkauan terluas; --innovation ID \
        memilih yang lain (untuk replikasi: garis inovasi asalnya).
        Contoh:
          pkri report summary --index keberlanjutan --format html -o rekap.html
          pkri report summary --index keberlanjutan --innovation INOV-2019-0042 \\
              -o rekap.pdf
        """, """
        Holds coverage, the distribution over bands, statistics per group, the top subjects, subjects flagged for review, \
        and a replication page: the original innovations ranked by the reach of their replicas (the --top first), then \
        one original's lineage as a tree and its reach on the province map. By default the original with the widest \
        reach; --innovation ID picks another (for a replica: its original's lineage).
        Example:
          pkri report summary --index keberlanjutan --format html -o rekap.html
          pkri report summary --index keberlanjutan --innovation INOV-2019-0042 \\
              -o rekap.pdf
        """)
    )

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: .text("Id indeks.", "Index id.")) var index: String
    @Option(help: .text("province, regency, agency-type, kipp-year, award, atau agency.", "province, regency, agency-type, kipp-year, award, or agency.")) var by: Grouping = .province
    @Option(help: .text("Id templat atau ID@VERSI.", "Template id or ID@VERSION.")) var template: String?
    @Option(help: .text("Berapa subjek teratas dan inovasi asal teratas yang ditampilkan.", "How many top subjects and top original innovations to show.")) var top = 10
    @Option(help: .text("Inovasi yang garis replikasinya digambar (bawaan: jangkauan terluas).", "Innovation whose lineage is drawn (default: the widest reach).")) var innovation: String?
    @Option(help: .text("pdf atau html.", "pdf or html.")) var format: ReportCommand.Format = .pdf
    @Option(name: [.customShort("o"), .long], help: .text("Berkas keluaran.", "Output file.")) var output: String

    func run() throws {
        let l = workspace.lang
        let ws = try workspace.open()
        do {
            let t = try IndexTemplate.find(index: index, template: template, in: ws, language: l)
            let report = try ws.summaryReport(template: t, index: index, by: by, top: top, innovation: innovation,
                                              producedAt: ReportClock.producedAt(), language: l).build()
            try ReportWriter.write(report, format: format, to: output, language: workspace.lang)
            Terminal.out(output)
        } catch let error as ReportWriter.Failure {
            Terminal.err("pkri: " + error.message)
            throw ExitCode(1)
        } catch let error as WorkspaceError {
            throw workspace.fail(error)
        }
    }
}
