import ArgumentParser

struct SubmissionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submission",
        abstract: helpText("Pertukaran pengajuan antara penilai, hub regional, dan kementerian.", "Exchanges submissions between assessors, regional hubs, and the ministry."),
        subcommands: [ImportSubmissions.self, ExportSubmissions.self, ListSubmissions.self]
    )
}
