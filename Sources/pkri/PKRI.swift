import ArgumentParser
import Foundation

/// `pkri`: the PKRI assessment toolkit on the command line.
@main
struct PKRI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pkri",
        abstract: "PKRI: pemantauan keberlanjutan dan replikasi inovasi pelayanan publik.",
        discussion: """
        Templat penilaian, skor, dan laporan untuk PKRI (KemenPANRB).
        Pesan dalam Bahasa Indonesia; gunakan --lang en atau PKRI_LANG=en untuk bahasa Inggris.
        """,
        subcommands: [InitCommand.self, TemplateCommand.self, ScoreCommand.self, AssessCommand.self, RegistryCommand.self, SubmissionCommand.self, HistoryCommand.self, ResultsCommand.self, AggregateCommand.self, RankCommand.self, ReportCommand.self, SampleCommand.self]
    )

    static func main() {
        let (arguments, language) = LeadingLanguage.extract(from: Array(CommandLine.arguments.dropFirst()))
        if let language { setenv("PKRI_LANG", language, 1) }
        main(arguments)
    }
}
