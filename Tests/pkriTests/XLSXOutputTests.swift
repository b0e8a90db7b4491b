import Foundation
import Testing

/// `--format xlsx -o FILE` of `results`, `aggregate` and `rank` through the
/// real binary, each workbook opened by a real reader (Python's openpyxl):
/// the columns a spreadsheet user filters on, numbers as numbers, and
/// registry text that looks like a formula kept as text.
/// Without python3 the tests fail (scripts/setup installs it with openpyxl).
@Suite(.serialized)
struct XLSXOutputTests {

    /// What a hostile registry could hold: a formula as an agency's name, an
    /// innovation's id and its award.
    static let hostileName = "=HYPERLINK(\"http://evil.example/\",\"klik\")"
    static let hostileID = "=HYPERLINK(\"http://evil.example/\")"
    static let hostileAward = "@SUM(A1:A9)"

    /// The shipped samples plus one agency and one innovation with hostile text.
    static func workspace() throws -> ReportCommandTests.SampleWorkspace {
        let ws = try ReportCommandTests.SampleWorkspace()
        let quoted = { (s: String) in "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        try Data("id,name,type,region,parent\npemkot-jahil,\(quoted(hostileName)),kota,35.78,\n".utf8)
            .write(to: URL(fileURLWithPath: ws.path("agencies.csv")))
        try Data("id,name,agency,kipp_year,kipp_award,replicates,status\n\(quoted(hostileID)),Inovasi Jahil,pemkot-jahil,2020,\(hostileAward),,berjalan\n".utf8)
            .write(to: URL(fileURLWithPath: ws.path("innovations.csv")))
        let out = try ws.run(["registry", "import", ws.path("agencies.csv"), ws.path("innovations.csv")])
        #expect(out.status == 0, "\(out.stderr)")
        // The stopped innovation's self-assessment (value 0), made for the hostile one.
        let stopped = try String(contentsOf: PKRIProcess.packageRoot
            .appendingPathComponent("samples/submissions/keberlanjutan-INOV-2020-0011-berhenti.xml"), encoding: .utf8)
        let attribute = hostileID.replacingOccurrences(of: "\"", with: "&quot;")
        try Data(stopped.replacingOccurrences(of: "subject=\"INOV-2020-0011\"", with: "subject=\"\(attribute)\"")
            .replacingOccurrences(of: "1739bd38-5304-44b0-a821-22cad2f4baf2", with: "0badc0de-5304-44b0-a821-22cad2f4baf2").utf8)
            .write(to: URL(fileURLWithPath: ws.path("jahil.xml")))
        let submission = try ws.run(["submission", "import", ws.path("jahil.xml")])
        #expect(submission.status == 0, "\(submission.stderr)")
        return ws
    }

    /// Every non-empty cell of the active sheet: value, openpyxl's data type
    /// (`s` text, `n` number, `b` boolean, `f` formula) and Python type.
    static let reader = """
        import json, sys
        import openpyxl
        ws = openpyxl.load_workbook(sys.argv[1]).active
        rows = [[None if c.value is None else {"value": c.value, "type": c.data_type, "python": type(c.value).__name__}
                 for c in row] for row in ws.iter_rows()]
        print(json.dumps({"title": ws.title, "rows": rows}))
        """

    struct Sheet {
        var title: String
        var rows: [[[String: Any]?]]
        var header: [String] { rows.first?.map { $0?["value"] as? String ?? "" } ?? [] }

        /// The cells of the first row whose column `key` holds `value`, by column id.
        func row(_ key: String, _ value: String) -> [String: [String: Any]]? {
            guard let c = header.firstIndex(of: key),
                  let row = rows.dropFirst().first(where: { $0.indices.contains(c) && $0[c]?["value"] as? String == value })
            else { return nil }
            return Dictionary(zip(header, row).compactMap { k, v in v.map { (k, $0) } }, uniquingKeysWith: { a, _ in a })
        }

        var allCells: [[String: Any]] { rows.flatMap { $0.compactMap { $0 } } }
    }

    static func read(_ path: String) throws -> Sheet {
        let ensure = "import importlib.util, subprocess, sys\nif importlib.util.find_spec('openpyxl') is None:\n" +
            "    subprocess.check_call([sys.executable, '-m', 'pip', 'install', '--quiet', 'openpyxl'])"
        guard let python = Python3.url else { throw MissingTool(name: "python3: run scripts/setup") }
        _ = try PKRIProcess.run(["-c", ensure], timeout: 300, program: python)
        let out = try PKRIProcess.run(["-c", reader, path], program: python)
        #expect(out.status == 0, "\(out.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let rows = (json["rows"] as? [[Any]] ?? []).map { $0.map { $0 as? [String: Any] } }
        return Sheet(title: json["title"] as? String ?? "", rows: rows)
    }

    @Test func resultsWorkbookHoldsNumbersAndInertText() throws {
        let ws = try Self.workspace()
        let out = try ws.run(["results", "--template", "pkri-keberlanjutan", "--index", "keberlanjutan",
                              "--format", "xlsx", "-o", ws.path("hasil.xlsx")])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.isEmpty)
        let sheet = try Self.read(ws.path("hasil.xlsx"))
        #expect(sheet.title == "pkri-results")
        #expect(sheet.header == ["subject", "template", "templateVersion", "index", "value", "band", "assessors",
                                 "spread", "disagreement", "claimed", "gap", "state"])
        let verified = try #require(sheet.row("subject", "INOV-2019-0042"))
        #expect(verified["value"]?["value"] as? Double == 79.92)
        #expect(verified["value"]?["type"] as? String == "n")
        #expect(verified["gap"]?["value"] as? Double == -10.62)
        #expect(verified["assessors"]?["python"] as? String == "int")
        #expect(verified["disagreement"]?["python"] as? String == "bool")
        #expect(verified["state"]?["value"] as? String == "verified")
        // The hostile id is text with a leading apostrophe; its value 0 is the number 0.
        let hostile = try #require(sheet.row("subject", "'" + Self.hostileID))
        #expect(hostile["subject"]?["type"] as? String == "s")
        #expect(hostile["state"]?["value"] as? String == "self-only")
        #expect(hostile["value"]?["value"] as? Int == 0)
        let notStarted = try #require(sheet.row("state", "not-started"))
        #expect(notStarted["value"] == nil)                     // no value: an empty cell, not 0
        #expect(sheet.allCells.allSatisfy { $0["type"] as? String != "f" })
    }

    @Test func aggregateWorkbookFlattensBandsAndKeepsAgencyNamesAsText() throws {
        let ws = try Self.workspace()
        let out = try ws.run(["aggregate", "--index", "keberlanjutan", "--by", "agency", "--format", "xlsx", "-o", ws.path("rekap.xlsx")])
        #expect(out.status == 0, "\(out.stderr)")
        let sheet = try Self.read(ws.path("rekap.xlsx"))
        #expect(sheet.title == "pkri-aggregate")
        #expect(Array(sheet.header.prefix(12)) == ["index", "by", "group", "name", "subjects", "scored", "verified",
                                                  "mean", "median", "min", "max", "stddev"])
        #expect(sheet.header.dropFirst(12).allSatisfy { $0.hasPrefix("bands.") } && sheet.header.count > 12)
        let hostile = try #require(sheet.row("group", "pemkot-jahil"))
        #expect(hostile["name"]?["value"] as? String == "'" + Self.hostileName)
        #expect(hostile["name"]?["type"] as? String == "s")
        #expect(hostile["subjects"]?["value"] as? Int == 1)
        #expect(hostile["scored"]?["value"] as? Int == 1)
        #expect(hostile["stddev"] == nil)                       // one value: no standard deviation
        // The same figures as --json gives.
        let json = try ws.run(["aggregate", "--index", "keberlanjutan", "--by", "agency", "--json"])
        let line = try #require(json.stdout.split(separator: "\n").first { $0.contains("\"mean\":79.92") })
        let group = try #require(line.firstRange(of: "\"group\":\"").map { String(line[$0.upperBound...].prefix { $0 != "\"" }) })
        #expect(sheet.row("group", group)?["mean"]?["value"] as? Double == 79.92)
        #expect(sheet.allCells.allSatisfy { $0["type"] as? String != "f" })
    }

    @Test func rankWorkbookByAward() throws {
        let ws = try Self.workspace()
        let out = try ws.run(["rank", "--index", "keberlanjutan", "--by", "award", "--format", "xlsx", "-o", ws.path("peringkat.xlsx")])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("Ties not broken"))
        let sheet = try Self.read(ws.path("peringkat.xlsx"))
        #expect(sheet.title == "pkri-rank")
        #expect(sheet.header == ["group", "rank", "subject", "index", "value", "band", "state", "tieBreak"])
        let first = try #require(sheet.row("subject", "INOV-2019-0042"))
        #expect(first["rank"]?["value"] as? Int == 1)
        #expect(first["value"]?["value"] as? Double == 79.92)
        let hostile = try #require(sheet.row("group", "'" + Self.hostileAward))
        #expect(hostile["subject"]?["value"] as? String == "'" + Self.hostileID)
        #expect(hostile["rank"]?["value"] as? Int == 1)
        #expect(sheet.allCells.allSatisfy { $0["type"] as? String != "f" })
    }

    /// Replications have no KIPP year: their group is the key `-`, which
    /// cannot be a formula and reaches the sheet and the CSV as `-`, not `'-`.
    @Test func theNoGroupKeyStaysAPlainDash() throws {
        let ws = try ReportCommandTests.SampleWorkspace()
        let out = try ws.run(["aggregate", "--index", "replikasi", "--by", "kipp-year", "--format", "xlsx", "-o", ws.path("rekap.xlsx")])
        #expect(out.status == 0, "\(out.stderr)")
        let sheet = try Self.read(ws.path("rekap.xlsx"))
        let none = try #require(sheet.row("group", "-"), "no group '-' in \(sheet.rows)")
        #expect(none["group"]?["type"] as? String == "s")
        #expect(none["name"]?["value"] as? String == "no KIPP")
        #expect(sheet.row("group", "'-") == nil)
        let csv = try ws.run(["aggregate", "--index", "replikasi", "--by", "kipp-year", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.contains("\r\nreplikasi,kipp-year,-,no KIPP,"), "\(csv.stdout)")
        #expect(!csv.stdout.contains("'-"), "\(csv.stdout)")
    }

    @Test func xlsxWithoutAFileIsAUsageErrorInEitherLanguage() throws {
        let ws = try ReportCommandTests.SampleWorkspace()
        for command in [["results"], ["aggregate", "--index", "keberlanjutan", "--by", "province"], ["rank", "--index", "keberlanjutan"]] {
            let en = try ws.run(command + ["--format", "xlsx"])
            #expect(en.status == 64, "\(command)")
            #expect(en.stderr.contains("--format xlsx writes a workbook (a binary file), not text to the screen: add -o FILE.xlsx"), "\(en.stderr)")
            #expect(en.stdout.isEmpty)
        }
        let id = try PKRIProcess.run(["results", "--db", ws.db, "--format", "xlsx"], directory: ws.folder)
        #expect(id.status == 64)
        #expect(id.stderr.contains("tambahkan -o BERKAS.xlsx"), "\(id.stderr)")
        let both = try ws.run(["results", "--json", "--format", "xlsx", "-o", ws.path("x.xlsx")])
        #expect(both.status == 64)
        #expect(both.stderr.contains("--json and --format xlsx cannot be used together"), "\(both.stderr)")
        #expect(!FileManager.default.fileExists(atPath: ws.path("x.xlsx")))
    }

    /// `results` writes CSV and JSON Lines as rows come; with `-o` they still
    /// reach the file whole or not at all.
    @Test func streamedResultsReachTheFileWholeOrNotAtAll() throws {
        let ws = try ReportCommandTests.SampleWorkspace()
        for format in ["csv", "json"] {
            let screen = try ws.run(["results", "--format", format])
            #expect(screen.status == 0, "\(screen.stderr)")
            #expect(screen.stdout.split(whereSeparator: \.isNewline).count > 3)
            let target = ws.path("hasil.\(format)")
            try Data("old".utf8).write(to: URL(fileURLWithPath: target))
            let unknown = try ws.run(["results", "--index", "tidak-ada", "--format", format, "-o", target])
            #expect(unknown.status == 1)
            #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data("old".utf8))
            let written = try ws.run(["results", "--format", format, "-o", target])
            #expect(written.status == 0, "\(written.stderr)")
            #expect(try String(contentsOfFile: target, encoding: .utf8) == screen.stdout)
            let missing = ws.path("tidak-ada/hasil.\(format)")
            let failed = try ws.run(["results", "--format", format, "-o", missing])
            #expect(failed.status == 1)
            #expect(failed.stderr.contains("pkri: cannot write \(missing):"), "\(failed.stderr)")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: ws.folder.path).filter { $0.contains(".pkri-") }
        #expect(left.isEmpty, "temporary files left: \(left)")
    }

    @Test func theFileIsReplacedWholeOrNotAtAll() throws {
        let ws = try ReportCommandTests.SampleWorkspace()
        // A file that cannot be written: a clear message, nothing left behind.
        let missing = ws.path("tidak-ada/rekap.xlsx")
        let failed = try ws.run(["aggregate", "--index", "keberlanjutan", "--by", "province", "--format", "xlsx", "-o", missing])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("pkri: cannot write \(missing):"), "\(failed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: missing))
        // A failed command leaves an existing file as it was.
        let target = ws.path("rekap.xlsx")
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        let unknown = try ws.run(["aggregate", "--index", "tidak-ada", "--by", "province", "--format", "xlsx", "-o", target])
        #expect(unknown.status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data("old".utf8))
        // A successful one replaces it with a whole workbook and leaves no temporary file.
        let files = { Set(try FileManager.default.contentsOfDirectory(atPath: ws.folder.path).filter { !$0.hasPrefix("ws.sqlite") }) }
        let before = try files()
        let ok = try ws.run(["aggregate", "--index", "keberlanjutan", "--by", "province", "--format", "xlsx", "-o", target])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(try Self.read(target).row("group", "35")?["name"]?["value"] as? String == "Jawa Timur")
        let after = try files()
        #expect(after == before, "left behind: \(after.subtracting(before))")
    }
}

/// The `python3` on the PATH, which reads the workbooks back.
enum Python3 {
    static let url: URL? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        .split(separator: ":").map { URL(fileURLWithPath: "\($0)/python3") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}
