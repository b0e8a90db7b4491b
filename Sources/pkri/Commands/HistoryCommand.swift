import ArgumentParser
import PKRICore
import PKRIStore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: helpText("Riwayat perubahan (audit) untuk satu subjek: siapa, kapan, lama → baru.", "Change history (audit) of one subject: who, when, old → new."),
        discussion: helpText("Contoh: pkri history --subject INOV-2019-0042", "Example: pkri history --subject INOV-2019-0042")
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: .text("Id inovasi atau instansi.", "Innovation or agency id.")) var subject: String
    @Flag(help: .text("Satu objek JSON per baris.", "One JSON object per line.")) var json = false

    func run() throws {
        let ws = try workspace.open()
        let l = workspace.lang
        let entries: [AuditEntry]
        do {
            guard try ws.isRegistered(subject) else {
                Terminal.err("pkri: " + l.pick("subjek \(subject) tidak ada di registri workspace", "subject \(subject) is not in the workspace's registry"))
                throw ExitCode(1)
            }
            entries = try ws.history(subject: subject)
        } catch let error as WorkspaceError { throw workspace.fail(error) }
        if json {
            for e in entries {
                Terminal.out(JSON.object([
                    ("seq", .number(.init(e.seq ?? 0))), ("at", .string(e.at)), ("actor", .string(e.actor)),
                    ("submission", .string(e.submission)), ("question", .optional(e.question)),
                    ("field", .string(e.field.rawValue)), ("old", .optional(e.old)), ("new", .optional(e.new)),
                ]).serialized())
            }
            return
        }
        var table = TextTable(header: [l.pick("waktu", "when"), l.pick("oleh", "who"), l.pick("pengajuan", "submission"),
                                       l.pick("pertanyaan", "question"), l.pick("apa", "what"), l.pick("lama", "old"), l.pick("baru", "new")])
        for e in entries {
            table.add([e.at, e.actor, String(e.submission.prefix(8)), e.question ?? "", e.field.label(l),
                       e.old.map { e.display($0, l) } ?? "–", e.new.map { e.display($0, l) } ?? "–"])
        }
        Terminal.out(table.render().joined(separator: "\n"))
        if entries.isEmpty { Terminal.out(l.pick("(belum ada riwayat untuk \(subject))", "(no history for \(subject) yet)")) }
    }
}
