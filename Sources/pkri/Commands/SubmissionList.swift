import ArgumentParser
import PKRICore
import PKRIStore

struct ListSubmissions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: helpText("Daftar pengajuan di workspace.", "Lists the submissions in the workspace."),
        discussion: helpText("Contoh: pkri submission list --subject INOV-2019-0042 --status submitted", "Example: pkri submission list --subject INOV-2019-0042 --status submitted")
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: .text("Hanya subjek ini.", "Only this subject.")) var subject: String?
    @Option(help: .text("draft atau submitted.", "draft or submitted.")) var status: Submission.Status?
    @Flag(help: .text("Satu objek JSON per baris.", "One JSON object per line.")) var json = false

    func run() throws {
        let ws = try workspace.open()
        let l = workspace.lang
        let list: [Submission]
        do { list = try ws.submissions(subject: subject, status: status) } catch { throw workspace.fail(error) }
        if json {
            for s in list {
                Terminal.out(JSON.object([
                    ("id", .string(s.id)), ("template", .string(s.template)), ("templateVersion", .string(s.templateVersion)),
                    ("subject", .string(s.subject)), ("assessor", .string(s.assessor)), ("role", .string(s.role.rawValue)),
                    ("stage", .optional(s.stage)), ("status", .string(s.status.rawValue)),
                    ("created", .string(s.created)), ("updated", .string(s.updated)),
                    ("answers", .number(.init(s.answers.count))),
                ]).serialized())
            }
            return
        }
        var table = TextTable(header: [l.pick("subjek", "subject"), l.pick("templat", "template"), l.pick("penilai", "assessor"),
                                       l.pick("peran", "role"), l.pick("tahap", "stage"), "status", l.pick("jawaban", "answers"),
                                       l.pick("diperbarui", "updated"), "id"], rightAligned: [6])
        for s in list {
            table.add([s.subject, "\(s.template)@\(s.templateVersion)", s.assessor, s.role.label(l), s.stage ?? "",
                       s.status.label(l), "\(s.answers.count)", s.updated, String(s.id.prefix(8))])
        }
        Terminal.out(table.render().joined(separator: "\n"))
    }
}

extension Submission.Status: ExpressibleByArgument {}
