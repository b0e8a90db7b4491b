import ArgumentParser
import PKRICore
import PKRIStore

struct ExportSubmissions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Menulis pengajuan sebagai dokumen XML (satu berkas per pengajuan) beserta berkas buktinya.",
        discussion: "Contoh: pkri submission export --subject INOV-2019-0042 --out kirim/"
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "Hanya pengajuan untuk subjek ini.") var subject: String?
    @Option(help: "Hanya pengajuan untuk templat ini (id).") var template: String?
    @Flag(help: "Semua pengajuan.") var all = false
    @Option(help: "Folder tujuan.") var out: String

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
