import ArgumentParser
import Foundation
import PKRICore
import PKRIReportHTML
import PKRIStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Laporan yang dapat dicetak: laporan evaluator per subjek, rekapitulasi, dan semua laporan sekaligus.",
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
        abstract: "Laporan evaluator satu inovasi atau instansi.",
        discussion: """
        Berisi identitas subjek, nilai akhir tiap indeks (predikat, klaim vs verifikasi, penilai, sebaran), grafik capaian
        per bagian, tabel setiap pertanyaan dengan jawaban, skor, bukti dan catatan setiap penilai, serta alasan poin yang
        tidak diperoleh. Dengan SOURCE_DATE_EPOCH, masukan yang sama menghasilkan berkas yang identik.
        Contoh: pkri report subject INOV-2019-0042 --format pdf -o laporan.pdf
        """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "Id inovasi atau instansi.") var subject: String
    @Option(help: "pdf atau html.") var format: ReportCommand.Format = .pdf
    @Option(name: [.customShort("o"), .long], help: "Berkas keluaran.") var output: String
    @Option(help: "Hanya pengajuan untuk templat ini (id).") var template: String?

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
        abstract: "Rekapitulasi regional atau nasional satu indeks.",
        discussion: "Contoh: pkri report summary --index keberlanjutan --by province --format html -o rekap.html"
    )

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Id indeks.") var index: String
    @Option(help: "province, regency, agency-type, kipp-year, award, atau agency.") var by: Grouping = .province
    @Option(help: "Id templat atau ID@VERSI.") var template: String?
    @Option(help: "Berapa subjek teratas yang ditampilkan.") var top = 10
    @Option(help: "pdf atau html.") var format: ReportCommand.Format = .pdf
    @Option(name: [.customShort("o"), .long], help: "Berkas keluaran.") var output: String

    func run() throws {
        let l = workspace.lang
        let ws = try workspace.open()
        do {
            let t = try IndexTemplate.find(index: index, template: template, in: ws, language: l)
            let report = try ws.summaryReport(template: t, index: index, by: by, top: top,
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
