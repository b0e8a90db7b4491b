import ArgumentParser
import PKRICore
import PKRIStore

struct AddTemplate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Menyimpan templat ke workspace (XML persis, sha256, versi).",
        discussion: """
        Templat diperiksa dulu. Id dan versi yang sama dengan isi lain ditolak: templat yang diubah perlu versi baru.
        Contoh: pkri template add templates/*.xml
        """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "Berkas templat XML.")
    var files: [String]

    func run() throws {
        let ws = try workspace.open()
        let l = workspace.lang
        var failed = false
        for file in files {
            do {
                let (t, outcome) = try ws.addTemplate(contentsOf: file, language: l)
                let what = outcome == .added ? l.pick("ditambahkan", "added") : l.pick("sudah ada, tidak berubah", "already stored, unchanged")
                Terminal.out("\(file): \(t.id)@\(t.version) \(what) (sha256 \(t.sha256.prefix(12))…)")
            } catch {
                _ = workspace.fail(error)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}

struct ListTemplates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Daftar templat di workspace.",
        discussion: "Contoh: pkri template list --json"
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Flag(name: .long, help: "Satu objek JSON per baris.")
    var json = false

    func run() throws {
        let ws = try workspace.open()
        let l = workspace.lang
        let stored: [StoredTemplate]
        do { stored = try ws.storedTemplates() } catch { throw workspace.fail(error) }
        if json {
            for t in stored {
                Terminal.out(JSON.object([("id", .string(t.id)), ("version", .string(t.version)),
                                          ("sha256", .string(t.sha256)), ("addedAt", .string(t.addedAt))]).serialized())
            }
            return
        }
        var table = TextTable(header: ["id", l.pick("versi", "version"), "sha256", l.pick("ditambahkan", "added")])
        for t in stored { table.add([t.id, t.version, String(t.sha256.prefix(12)) + "…", t.addedAt]) }
        Terminal.out(table.render().joined(separator: "\n"))
        if stored.isEmpty { Terminal.out(l.pick("(belum ada templat; tambahkan dengan 'pkri template add')", "(no template yet; add one with 'pkri template add')")) }
    }
}
