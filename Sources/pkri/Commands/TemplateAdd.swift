import ArgumentParser
import PKRICore
import PKRIStore

struct AddTemplate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: helpText("Menyimpan templat ke workspace (XML persis, sha256, versi).", "Stores templates in the workspace (exact XML, sha256, version)."),
        discussion: helpText("""
        Templat diperiksa dulu. Id dan versi yang sama dengan isi lain ditolak: templat yang diubah perlu versi baru.
        Contoh: pkri template add templates/*.xml
        """, """
        Templates are checked first. The same id and version with different content is refused: a changed template needs a new version.
        Example: pkri template add templates/*.xml
        """)
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: .text("Berkas templat XML.", "XML template files."))
    var files: [String]

    func run() throws {
        let ws = try workspace.open(writing: true)
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
        abstract: helpText("Daftar templat di workspace.", "Lists the templates in the workspace."),
        discussion: helpText("Contoh: pkri template list --json", "Example: pkri template list --json")
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Flag(name: .long, help: .text("Satu objek JSON per baris.", "One JSON object per line."))
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
