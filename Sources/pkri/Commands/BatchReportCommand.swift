import ArgumentParser
import Foundation
import PKRICore
import PKRIStore

struct BatchReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: helpText("Laporan evaluator setiap subjek yang punya pengajuan, memakai semua inti prosesor.", "The evaluator's report of every subject with submissions, on all processor cores."),
        discussion: helpText("Contoh: pkri report batch --template pkri-keberlanjutan --out laporan/ --format pdf", "Example: pkri report batch --template pkri-keberlanjutan --out laporan/ --format pdf")
    )

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: .text("Hanya subjek dengan pengajuan untuk templat ini (id).", "Only subjects with submissions for this template (id).")) var template: String?
    @Option(help: .text("Folder tujuan.", "Destination folder.")) var out: String
    @Option(help: .text("pdf atau html.", "pdf or html.")) var format: ReportCommand.Format = .pdf
    @Option(help: .text("Jumlah utas kerja (bawaan: semua inti prosesor; paling banyak sebanyak inti).", "Number of worker threads (default: all processor cores; at most as many as there are cores).")) var jobs: Int?
    @Option(help: .text("Hanya N subjek pertama (urut id), mis. untuk contoh atau pengukuran.", "Only the first N subjects (by id), e.g. for a sample or a measurement.")) var limit: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs harus 1 atau lebih") }
        if let limit, limit < 1 { throw ValidationError("--limit harus 1 atau lebih") }
    }

    func run() throws {
        let l = workspace.lang
        let ws = try workspace.open()
        let subjects: [String]
        do {
            subjects = Array(try ws.reportSubjects(template: template).prefix(limit ?? .max))
        } catch { throw workspace.fail(error) }
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            Terminal.err("pkri: " + l.pick("tidak dapat membuat folder \(out) (sudah ada berkas dengan nama itu, atau tanpa izin)",
                                           "cannot create the folder \(out) (a file has that name, or no permission)"))
            throw ExitCode(1)
        }
        let producedAt = ReportClock.producedAt()
        let progress = Progress(total: subjects.count, enabled: Terminal.isTerminal(STDERR_FILENO))
        let format = self.format, out = self.out, template = self.template, jobs = self.jobs
        let outputs = RunOutputs()
        let failures = ParallelMap.map(subjects, jobs: jobs) { subject -> String? in
            defer { progress.step() }
            do {
                let report = try ws.subjectReport(subject, template: template, producedAt: producedAt, language: l).build()
                let path = "\(out)/\(ReportFileName.for(subject)).\(format.rawValue)"
                let other = try outputs.write(path, for: subject) { () throws(ReportWriter.Failure) in
                    try ReportWriter.write(report, format: format, to: path, language: l, sync: false)
                }
                return other.map { other in
                    l.pick("\(subject): \(path) tidak ditulis: berkas itu sudah memuat laporan \(other) dari proses ini",
                           "\(subject): \(path) not written: that file already holds the report of \(other) from this run")
                }
            } catch let e as ReportWriter.Failure {
                return e.message
            } catch let e as WorkspaceError {
                return "\(subject): \(e.message(l))"
            } catch {
                return "\(subject): \(error)"
            }
        }.compactMap { $0 }
        progress.finish()
        for f in failures { Terminal.err("pkri: " + f) }
        Terminal.out(l.pick("\(subjects.count - failures.count) laporan ditulis ke \(out)", "\(subjects.count - failures.count) reports written to \(out)"))
        if !failures.isEmpty { throw ExitCode(1) }
    }
}
