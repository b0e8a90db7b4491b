import ArgumentParser

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: helpText("Memeriksa dan menampilkan templat penilaian (urn:pkri:template:1).", "Checks and shows assessment templates (urn:pkri:template:1)."),
        subcommands: [ValidateTemplate.self, ShowTemplate.self, AddTemplate.self, ListTemplates.self, ExportTemplate.self]
    )
}
