import Foundation
import Testing

/// What the command-line parser itself says (help headings, usage, its
/// errors) in the user's language, `--version`, "did you mean" for a
/// mistyped subcommand, and the shared options before the subcommand.
@Suite struct CommandLineWordsTests {
    /// The library's English words that Indonesian help and errors must not hold.
    static let english = ["USAGE", "OVERVIEW", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS", "Show help information",
                          "Show the version", "See '", "for more information", "Error:", "Usage:", "Help:",
                          "is invalid", "Please provide", "(values:", "(default:", "Missing expected", "Unknown option",
                          "Unexpected argument", "<subcommand>"]

    static func english(in text: String) -> [String] { english.filter { text.contains($0) } }

    @Test(arguments: [["--help"], ["score", "--help"], ["rank", "--help"], ["template", "--help"], ["help", "report"],
                      ["template", "validate", "--help"], ["report", "batch", "--help"]])
    func indonesianHelpHasNoEnglishParserWords(_ arguments: [String]) throws {
        let r = try PKRIProcess.run(arguments)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.english(in: r.stdout).isEmpty, "\(Self.english(in: r.stdout)) in:\n\(r.stdout)")
        #expect(r.stdout.contains("PENGGUNAAN: pkri"), "\(r.stdout)")
        #expect(r.stdout.contains("  -h, --help              Tampilkan bantuan ini."), "\(r.stdout)")
    }

    @Test func valuesAndDefaultsInIndonesianHelp() throws {
        let r = try PKRIProcess.run(["rank", "--help"], environment: ["COLUMNS": "200"])
        #expect(r.stdout.contains("(nilai: table, json, csv, xlsx; bawaan: table)"), "\(r.stdout)")
        #expect(r.stdout.contains("(bawaan: ,)"), "\(r.stdout)")
        #expect(r.stdout.contains("\nOPSI:\n"), "\(r.stdout)")
        let en = try PKRIProcess.run(["rank", "--help", "--lang", "en"], environment: ["COLUMNS": "200"])
        #expect(en.stdout.contains("(values: table, json, csv, xlsx; default: table)"), "\(en.stdout)")
    }

    /// The parser's errors, each with its help line and usage, in Indonesian;
    /// the same in English with `--lang en`.
    @Test(arguments: [
        (["rank", "--index", "keberlanjutan", "--top", "abc"], "Kesalahan: Nilai 'abc' tidak sah untuk '--top <top>'\nBantuan:  --top <top>  "),
        (["results", "--format", "xx"], "Kesalahan: Nilai 'xx' tidak sah untuk '--format <format>'. Berikan salah satu dari 'table', 'json', 'csv' atau 'xlsx'.\n"),
        (["rank", "--index", "k", "--by", "xx"], "Kesalahan: Nilai 'xx' tidak sah untuk '--by <by>'. Berikan salah satu dari berikut:\n  - province\n"),
        (["history"], "Kesalahan: Argumen '--subject <subject>' wajib diberikan\n"),
        (["results", "--flaged"], "Kesalahan: Opsi '--flaged' tidak dikenal. Maksud Anda '--flagged'?\n"),
        (["results", "--index"], "Kesalahan: Nilai untuk '--index <index>' belum diberikan\n"),
        (["history", "--subject", "x", "extra"], "Kesalahan: Argumen tak terduga 'extra'\n"),
    ])
    func parserErrorsInIndonesian(_ arguments: [String], _ expected: String) throws {
        let r = try PKRIProcess.run(arguments)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix(expected), "\(r.stderr)")
        #expect(r.stderr.contains("\nPenggunaan: pkri \(arguments[0])"), "\(r.stderr)")
        #expect(r.stderr.contains("  Lihat 'pkri \(arguments[0]) --help' untuk keterangan lebih lanjut."), "\(r.stderr)")
        #expect(Self.english(in: r.stderr).isEmpty, "\(Self.english(in: r.stderr)) in:\n\(r.stderr)")
        let en = try PKRIProcess.run(arguments + ["--lang", "en"])
        #expect(en.stderr.hasPrefix("Error: "), "\(en.stderr)")
        #expect(en.stderr.contains("\nUsage: pkri \(arguments[0])"), "\(en.stderr)")
    }

    // MARK: - --version

    @Test(arguments: [["--version"], ["--lang", "en", "--version"]])
    func versionIsPrinted(_ arguments: [String]) throws {
        let r = try PKRIProcess.run(arguments)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        #expect(r.stdout.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil, "\(r.stdout)")
    }

    // MARK: - Did you mean

    @Test(arguments: [
        (["resuls"], "Kesalahan: Subperintah 'resuls' tidak dikenal. Maksud Anda 'results'?\nPenggunaan: pkri <subperintah>\n  Lihat 'pkri --help' untuk keterangan lebih lanjut.\n"),
        (["template", "valdate", "templates/pkri-keberlanjutan.xml"], "Kesalahan: Subperintah 'valdate' tidak dikenal. Maksud Anda 'validate'?\nPenggunaan: pkri template <subperintah>\n  Lihat 'pkri template --help' untuk keterangan lebih lanjut.\n"),
        (["submision", "import", "x", "--db", "y"], "Kesalahan: Subperintah 'submision' tidak dikenal. Maksud Anda 'submission'?\nPenggunaan: pkri <subperintah>\n  Lihat 'pkri --help' untuk keterangan lebih lanjut.\n"),
        (["xyz"], "Kesalahan: Subperintah 'xyz' tidak dikenal\nPenggunaan: pkri <subperintah>\n  Lihat 'pkri --help' untuk keterangan lebih lanjut.\n"),
    ])
    func mistypedSubcommandGetsASuggestion(_ arguments: [String], _ expected: String) throws {
        let r = try PKRIProcess.run(arguments)
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == expected)
    }

    @Test func mistypedSubcommandInEnglish() throws {
        let r = try PKRIProcess.run(["--lang", "en", "report", "sumary"])
        #expect(r.status == 64)
        #expect(r.stderr == "Error: Unknown subcommand 'sumary'. Did you mean 'summary'?\nUsage: pkri report <subcommand>\n  See 'pkri report --help' for more information.\n")
    }

    // MARK: - Shared options before the subcommand

    /// `--db` before the subcommand, alone or with `--lang`, in either order
    /// and either spelling, names the workspace as it does after it.
    @Test(arguments: [["--db", "{db}"], ["--db={db}"], ["--db", "{db}", "--lang", "en"], ["--lang=en", "--db", "{db}"]])
    func databaseBeforeTheSubcommand(_ leading: [String]) throws {
        let ws = try ReportCommandTests.SampleWorkspace()
        let arguments = leading.map { $0.replacingOccurrences(of: "{db}", with: ws.db) }
            + ["results", "--subject", "INOV-2019-0042", "--json"]
        let r = try PKRIProcess.run(arguments, directory: ws.folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(#""subject":"INOV-2019-0042""#) && r.stdout.contains(#""value":79.92"#), "\(r.stdout)")
    }

    /// The option after the subcommand wins, as `--db` wins over `PKRI_DB`.
    @Test func databaseAfterTheSubcommandWins() throws {
        let ws = try ReportCommandTests.SampleWorkspace()
        let r = try PKRIProcess.run(["--db", ws.path("elsewhere.sqlite"), "results", "--db", ws.db, "--subject", "INOV-2019-0042", "--json"],
                                    directory: ws.folder)
        #expect(r.status == 0, "\(r.stderr)")
        let missing = try PKRIProcess.run(["--db", ws.path("elsewhere.sqlite"), "--lang", "en", "results"], directory: ws.folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no workspace at \(ws.path("elsewhere.sqlite"))"), "\(missing.stderr)")
    }
}
