import ArgumentParser

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Memeriksa dan menampilkan templat penilaian (urn:pkri:template:1).",
        subcommands: [ValidateTemplate.self, ShowTemplate.self, AddTemplate.self, ListTemplates.self]
    )
}
