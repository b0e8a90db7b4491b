import ArgumentParser
import PKRIStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: helpText("Membuat workspace baru (satu berkas SQLite).", "Creates a new workspace (one SQLite file)."),
        discussion: helpText("Contoh: pkri init --db hub-jatim.sqlite. Berkas yang sudah ada tidak pernah ditimpa.", "Example: pkri init --db hub-jatim.sqlite. An existing file is never overwritten.")
    )

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let l = workspace.lang
        do {
            let ws = OpenWorkspaces.keep(try Workspace.create(at: workspace.path))
            Terminal.out(l.pick("Workspace dibuat: \(ws.path) (bukti disimpan di \(ws.evidenceDirectory))",
                                "Workspace created: \(ws.path) (evidence kept in \(ws.evidenceDirectory))"))
        } catch {
            throw workspace.fail(error)
        }
    }
}
