import ArgumentParser

struct SubmissionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submission",
        abstract: "Pertukaran pengajuan antara penilai, hub regional, dan kementerian.",
        subcommands: [ImportSubmissions.self, ExportSubmissions.self, ListSubmissions.self]
    )
}
