import ArgumentParser
import Foundation
import PKRICore

/// `pkri`: the PKRI assessment toolkit on the command line.
@main
struct PKRI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pkri",
        abstract: helpText("PKRI: pemantauan keberlanjutan dan replikasi inovasi pelayanan publik.", "PKRI: monitoring the sustainability and replication of public-service innovations."),
        discussion: helpText("""
        Templat penilaian, skor, dan laporan untuk PKRI (KemenPANRB).
        Pesan dalam Bahasa Indonesia; gunakan --lang en atau PKRI_LANG=en untuk bahasa Inggris.
        --lang dan --db boleh ditulis sebelum perintah: pkri --db hub.sqlite results.
        """, """
        Assessment templates, scores, and reports for PKRI (KemenPANRB).
        Messages are in Bahasa Indonesia by default; use --lang en or PKRI_LANG=en for English.
        --lang and --db may come before the command: pkri --db hub.sqlite results.
        """),
        version: PKRIVersion.current,
        subcommands: [InitCommand.self, TemplateCommand.self, ScoreCommand.self, AssessCommand.self, RegistryCommand.self, SubmissionCommand.self, HistoryCommand.self, ResultsCommand.self, AggregateCommand.self, RankCommand.self, AgreementCommand.self, SensitivityCommand.self, ReportCommand.self, ReplicationCommand.self, SampleCommand.self]
    )

    static func main() {
        let leading = LeadingOptions(Array(CommandLine.arguments.dropFirst()))
        leading.export()
        CommandLineRun.main(self, leading.arguments)
    }
}
