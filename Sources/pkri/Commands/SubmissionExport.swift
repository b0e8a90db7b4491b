import ArgumentParser
import PKRICore
import PKRIStore

struct ExportSubmissions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: helpText("Menulis pengajuan sebagai dokumen XML (satu berkas per pengajuan) beserta berkas buktinya.", "Writes submissions as XML documents (one file per submission) with their evidence files."),
        discussion: helpText("Contoh: pkri submission export --subject INOV-2019-0042 --out kirim/", "Example: pkri submission export --subject INOV-2019-0042 --out kirim/")
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: .text("Hanya pengajuan untuk subjek ini.", "Only submissions for this subject.")) var subject: String?
    @Option(help: .text("Hanya pengajuan untuk templat ini (id).", "Only submissions for this template (id).")) var template: String?
    @Flag(help: .text("Semua pengajuan.", "All submissions.")) var all = false
    @Option(help: .text("Folder tujuan.", "Destination folder.")) var out: String

    func validate() throws {
        if subject == nil, template == nil, !all {
            throw ValidationError("pilih --subject ID, --template ID, atau --all")
        }
    }

    func run() throws {
        let ws = try workspace.open()
        let l = workspace.lang
        do {
            if let subject, try !ws.isRegistered(subject) {
                Terminal.err("pkri: " + l.pick("subjek \(subject) tidak ada di registri workspace", "subject \(subject) is not in the workspace's registry"))
                throw ExitCode(1)
            }
            let chosen = try ws.submissions(subject: subject, template: template)
            let summary = try ws.exportSubmissions(chosen, to: out)
            for (id, question) in summary.withoutValue {
                Terminal.err(l.pick("peringatan: pengajuan \(id.prefix(8)): \(question) punya bukti atau catatan tetapi belum dijawab; tidak masuk dokumen ekspor",
                                    "warning: submission \(id.prefix(8)): \(question) has evidence or a note but no answer; not in the exported document"))
            }
            for m in summary.missingEvidence {
                Terminal.err(l.pick("peringatan: berkas bukti tidak ada di workspace: \(m)", "warning: evidence file not in the workspace: \(m)"))
            }
            Terminal.out(l.pick("\(summary.documents.count) pengajuan dan \(summary.evidenceFiles) berkas bukti ditulis ke \(out)",
                                "\(summary.documents.count) submissions and \(summary.evidenceFiles) evidence files written to \(out)"))
        } catch let error as WorkspaceError {
            throw workspace.fail(error)
        }
    }
}
