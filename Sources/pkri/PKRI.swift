import ArgumentParser
import Foundation

/// `pkri`: the PKRI assessment toolkit on the command line.
@main
struct PKRI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pkri",
        abstract: helpText("PKRI: pemantauan keberlanjutan dan replikasi inovasi pelayanan publik.", "PKRI: monitoring the sustainability and replication of public-service innovations."),
        discussion: helpText("""
        Templat penilaian, skor, dan laporan untuk PKRI (KemenPANRB).
        Pesan dalam Bahasa Indonesia; gunakan --lang en atau PKRI_LANG=en untuk bahasa Inggris.
        """, """
        Assessment templates, scores, and reports for PKRI (KemenPANRB).
        Messages are in Bahasa Indonesia by default; use --lang en or PKRI_LANG=en for English.
        """),
        subcommands: [InitCommand.self, TemplateCommand.self, ScoreCommand.self, AssessCommand.self, RegistryCommand.self, SubmissionCommand.self, HistoryCommand.self, ResultsCommand.self, AggregateCommand.self, RankCommand.self, AgreementCommand.self, SensitivityCommand.self, ReportCommand.self, SampleCommand.self]
    )

    static func main() {
        let (arguments, language) = LeadingLanguage.extract(from: Array(CommandLine.arguments.dropFirst()))
        if let language { setenv("PKRI_LANG", language, 1) }
        main(arguments)
    }
}
