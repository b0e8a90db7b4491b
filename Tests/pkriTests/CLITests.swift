import Foundation
import Testing

/// End-to-end: the real `pkri` binary, its exit codes and what it prints.
@Suite("pkri command line")
struct CLITests {
    static let shipped: [String] = {
        let dir = PKRIProcess.packageRoot.appendingPathComponent("templates").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
            .filter { $0.hasSuffix(".xml") }.sorted().map { "templates/" + $0 }
    }()

    /// A small valid template; `question` adds attributes to question q1 on
    /// line 11, `band` adds a line 7 to the index.
    static func template(question: String = "", band: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <template xmlns="urn:pkri:template:1" id="t" version="1" subject="innovation" xml:lang="en">
          <title xml:lang="en">CLI test</title>
          <index id="i">
            <label xml:lang="en">Index</label>
            <band id="low" min="0"><label xml:lang="en">Low</label></band>
            \(band)
          </index>
          <section id="s" index="i" weight="1">
            <label xml:lang="en">Section</label>
            <question id="q1" type="single"\(question)><label xml:lang="en">Q</label><option value="a" score="1"><label xml:lang="en">A</label></option><option value="b"><label xml:lang="en">B</label></option></question>
          </section>
        </template>

        """
    }

    /// 1-based column of `needle` on line `line` of `text`.
    static func column(of needle: String, line: Int, in text: String) -> Int {
        let l = String(text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1])
        return l.distance(from: l.startIndex, to: l.range(of: needle)!.lowerBound) + 1
    }

    static func lines(_ s: String) -> [String] { s.split(separator: "\n").map(String.init) }

    // MARK: - validate

    @Test func validateShippedTemplates() throws {
        #expect(Self.shipped.count >= 4)
        let r = try PKRIProcess.run(["template", "validate", "--lang", "en"] + Self.shipped)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        let out = Self.lines(r.stdout)
        #expect(out.count == Self.shipped.count)
        for (line, file) in zip(out, Self.shipped) {
            #expect(line.hasPrefix("\(file): valid — "), "\(line)")
        }
    }

    /// `sample generate` away from the project folder says where the
    /// templates are expected, and writes nothing.
    @Test func sampleGenerateWithoutTheTemplateFolderSaysSo() throws {
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("pkri-sample-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let r = try PKRIProcess.run(["sample", "generate", "--innovations", "3", "--out", "s", "--lang", "en"], directory: elsewhere)
        #expect(r.status == 1)
        #expect(r.stderr == "pkri: template folder 'templates' not found; run from the pkri project folder or give --templates FOLDER (the project's templates/ folder)\n")
        #expect(!FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("s").path))
    }

    @Test func validateSpeaksIndonesianByDefault() throws {
        let r = try PKRIProcess.run(["template", "validate", "templates/pkri-keberlanjutan.xml"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("templates/pkri-keberlanjutan.xml: sah — pkri-keberlanjutan versi 2025.1"), "\(r.stdout)")
    }

    @Test func languageFromEnvironment() throws {
        let r = try PKRIProcess.run(["template", "validate", "templates/pkri-keberlanjutan.xml"],
                                    environment: ["PKRI_LANG": "en"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("templates/pkri-keberlanjutan.xml: valid — "), "\(r.stdout)")
    }

    /// `--lang` before the subcommand, as the root's help suggests it.
    @Test(arguments: [["--lang", "en"], ["--lang=en"]])
    func languageBeforeTheSubcommand(_ option: [String]) throws {
        let r = try PKRIProcess.run(option + ["template", "validate", "templates/pkri-keberlanjutan.xml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("templates/pkri-keberlanjutan.xml: valid — "), "\(r.stdout)")
    }

    @Test func brokenTemplateFailsWithLocatedErrors() throws {
        let text = Self.template(question: #" max-score="1""#, band: #"<band id="again" min="0.0"><label xml:lang="en">Again</label></band>"#)
        let file = try TemporaryFile(named: "broken.xml", contents: text)
        let r = try PKRIProcess.run(["template", "validate", "--lang", "en", file.path])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty, "\(r.stdout)")
        #expect(Self.lines(r.stderr) == [
            "\(file.path):7:\(Self.column(of: "min=", line: 7, in: text)): error: a band with min=0 already stands on line 6",
            "\(file.path):11:\(Self.column(of: "max-score", line: 11, in: text)): error: max-score applies to multiple questions only",
        ])
        // Piped, not a terminal: no colour codes.
        #expect(!r.stderr.contains("\u{1B}"))
    }

    @Test func warningsDoNotFail() throws {
        let text = Self.template(band: #"<band id="top" min="150"><label xml:lang="en">Top</label></band>"#)
        let file = try TemporaryFile(named: "warned.xml", contents: text)
        let r = try PKRIProcess.run(["template", "validate", "--lang", "en", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.lines(r.stderr) == [
            "\(file.path):7:\(Self.column(of: "min=", line: 7, in: text)): warning: band 'top' can never be reached: min 150 is above the scale 100",
        ])
        #expect(r.stdout.hasPrefix("\(file.path): valid — t version 1, 1 index, 1 section, 1 question"), "\(r.stdout)")
    }

    /// Every file is checked even after one fails; the status is 1.
    @Test func oneBrokenFileAmongGoodOnes() throws {
        let file = try TemporaryFile(named: "broken.xml", contents: Self.template(question: #" max-score="1""#))
        let r = try PKRIProcess.run(["template", "validate", "--lang", "en", file.path, "templates/pkri-replikasi.xml"])
        #expect(r.status == 1)
        #expect(Self.lines(r.stdout).count == 1)
        #expect(r.stdout.hasPrefix("templates/pkri-replikasi.xml: valid — "))
        #expect(r.stderr.hasPrefix("\(file.path):11:"))
    }

    @Test func missingFile() throws {
        let r = try PKRIProcess.run(["template", "validate", "--lang", "en", "no/such/template.xml"])
        #expect(r.status == 1)
        #expect(r.stderr == "no/such/template.xml:1: error: cannot read the file (missing or not permitted)\n")
    }

    // MARK: - show

    /// `show` prints exactly the outline the library renders (its golden file).
    @Test func showPrintsTheOutline() throws {
        let r = try PKRIProcess.run(["template", "show", "--lang", "en", "templates/pkri-keberlanjutan.xml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Template pkri-keberlanjutan version 2025.1 — subject: innovation\n"))
        #expect(r.stdout.contains("\nINDEX keberlanjutan — "))
        // A missing golden file fails the test (it does not skip the comparison).
        let golden = PKRIProcess.packageRoot.appendingPathComponent("Tests/PKRIXMLTests/Golden/pkri-keberlanjutan.en.txt")
        #expect(r.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func showOfBrokenTemplateFails() throws {
        let file = try TemporaryFile(named: "broken.xml", contents: Self.template(question: #" max-score="1""#))
        let r = try PKRIProcess.run(["template", "show", "--lang", "en", file.path])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("\(file.path):11:"))
    }

    // MARK: - Usage

    @Test(arguments: [["template", "validate"], ["template", "show"]])
    func unknownLanguageIsAUsageError(command: [String]) throws {
        let r = try PKRIProcess.run(command + ["--lang", "xx", "templates/pkri-keberlanjutan.xml"])
        #expect(r.status == 64, "EX_USAGE; got \(r.status): \(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("'xx'"), "\(r.stderr)")
        #expect(r.stderr.contains("Penggunaan: pkri " + command.joined(separator: " ")), "\(r.stderr)")
    }

    @Test func missingFileArgumentIsAUsageError() throws {
        let r = try PKRIProcess.run(["template", "validate"])
        #expect(r.status == 64)
        #expect(r.stderr == """
            Kesalahan: Argumen '<files> ...' wajib diberikan
            Bantuan:  <files>  Berkas templat XML.
            Penggunaan: pkri template validate [--lang <lang>] <files> ...
              Lihat 'pkri template validate --help' untuk keterangan lebih lanjut.

            """, "\(r.stderr)")
    }

    /// The whole root help, in each language, as a user reads it on an
    /// 80-column screen: every command with its abstract, `--version`, and
    /// (in Indonesian) the parser's own headings and flags in Indonesian.
    @Test(arguments: [("id", "help-root.id.txt"), ("en", "help-root.en.txt")])
    func help(_ lang: String, _ golden: String) throws {
        let r = try PKRIProcess.run(["--help"], environment: ["PKRI_LANG": lang, "COLUMNS": "80"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        try Golden.check(r.stdout, against: golden)
    }

    /// `init` on a file that is not a workspace refuses it without calling
    /// it one, and leaves it as it was.
    @Test func initNeverOverwritesAnyFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pkri-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("data.csv")
        try Data("id,name\n1,a\n".utf8).write(to: csv)
        let r = try PKRIProcess.run(["init", "--db", csv.path, "--lang", "en"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("already exists; 'pkri init' never overwrites an existing file (a workspace or not)"), "\(r.stderr)")
        #expect(!r.stderr.contains("existing workspace"))
        #expect(try Data(contentsOf: csv) == Data("id,name\n1,a\n".utf8))
    }

    @Test func validateHelpNamesTheErrorFormat() throws {
        let r = try PKRIProcess.run(["template", "validate", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("PENGGUNAAN: pkri template validate [--lang <lang>] <files> ..."))
        #expect(r.stdout.contains("BERKAS:BARIS:KOLOM: error: pesan"))
    }

    // MARK: - Help language

    /// `--help` is Indonesian by default.
    @Test func helpIsIndonesianByDefault() throws {
        let r = try PKRIProcess.run(["score", "--help"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Menghitung skor"), "\(r.stdout)")
        #expect(r.stdout.contains("Contoh: pkri score"))
        #expect(r.stdout.contains("Bahasa keluaran"))
        #expect(!r.stdout.contains("Computes the scores"))
    }

    /// `--help` in English however English is asked for: `--lang` before
    /// the subcommand, after `--help`, as `--lang=en`, or `PKRI_LANG`.
    @Test(arguments: [
        (["--lang", "en", "score", "--help"], [String: String]()),
        (["score", "--help", "--lang", "en"], [:]),
        (["score", "--help", "--lang=en"], [:]),
        (["score", "--help"], ["PKRI_LANG": "en"]),
        (["score", "--help"], ["PKRI_LANG": "EN"]),
    ])
    func helpInEnglish(_ arguments: [String], _ environment: [String: String]) throws {
        let r = try PKRIProcess.run(arguments, environment: environment)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Computes the scores of submissions with a breakdown of every point."), "\(r.stdout)")
        #expect(r.stdout.contains("Example: pkri score --template"))
        #expect(r.stdout.contains("The XML template file the submissions use."))
        #expect(r.stdout.contains("Output language: id (the default) or en."))
        #expect(r.stdout.contains("USAGE: pkri score"))
        #expect(!r.stdout.contains("Menghitung skor"))
        #expect(!r.stdout.contains("Contoh:"))
        #expect(!r.stdout.contains("Bahasa keluaran"))
    }

    /// `--lang id` wins over `PKRI_LANG=en`, as it does for output.
    @Test func langOptionWinsOverTheEnvironmentInHelp() throws {
        let r = try PKRIProcess.run(["score", "--help", "--lang", "id"], environment: ["PKRI_LANG": "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Menghitung skor"), "\(r.stdout)")
    }

    @Test(arguments: [(["--lang", "en", "--help"], [String: String]()), (["--help"], ["PKRI_LANG": "en"])])
    func rootHelpInEnglish(_ arguments: [String], _ environment: [String: String]) throws {
        let r = try PKRIProcess.run(arguments, environment: environment)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("PKRI: monitoring the sustainability and replication"), "\(r.stdout)")
        #expect(r.stdout.contains("USAGE: pkri <subcommand>"))
        // The subcommands' abstracts too.
        #expect(r.stdout.contains("Computes the scores of submissions"))
        #expect(r.stdout.contains("Creates a new workspace (one SQLite file)."))
        #expect(!r.stdout.contains("pemantauan keberlanjutan"))
        #expect(!r.stdout.contains("Menghitung skor"))
    }

    /// A nested subcommand with its option groups, in English.
    @Test func nestedHelpInEnglish() throws {
        let r = try PKRIProcess.run(["registry", "list", "--help", "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Lists the agencies and/or innovations in the workspace."), "\(r.stdout)")
        #expect(r.stdout.contains("SQLite workspace file (default: PKRI_DB"))
        #expect(r.stdout.contains("Kemendagri region code"))
        #expect(!r.stdout.contains("Contoh:"))
    }
}
