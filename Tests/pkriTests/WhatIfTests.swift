import Foundation
import PKRICore
import Testing

/// `results`, `aggregate` and `rank` with `--weights`: every figure as if
/// the template gave those weights, marked as a what-if, and nothing of
/// the real template's result cache read or written.
@Suite("what-if weights", .serialized)
struct WhatIfTests {
    typealias Entry = TrustWorkspace.Entry

    static let weights = "kind,id,weight\nsection,s1,5\nquestion,jumlah,3\n"

    /// The same template as version `w`, saying those weights itself.
    static let reweightedXML = TrustWorkspace.templateXML
        .replacingOccurrences(of: #"version="1""#, with: #"version="w""#)
        .replacingOccurrences(of: #"<section id="s1" index="k" weight="2">"#, with: #"<section id="s1" index="k" weight="5">"#)
        .replacingOccurrences(of: #"<question id="jumlah" type="integer" min="0">"#, with: #"<question id="jumlah" type="integer" min="0" weight="3">"#)

    /// Submissions of version `version` for five subjects: self and one or two verifiers.
    static func entries(_ version: String) -> [Entry] {
        let rows: [(String, String, Submission.Role, String, String, [String])] = [
            ("I1", "instansi", .self, "jalan", "20", ["x", "y", "z"]), ("I1", "v1", .verifier, "jalan", "12", ["x"]),
            ("I1", "v2", .verifier, "jalan", "3", ["x", "y"]), ("I2", "instansi", .self, "jalan", "15", ["x"]),
            ("I2", "v1", .verifier, "henti", "0", ["y"]), ("I3", "instansi", .self, "jalan", "9", ["x", "y"]),
            ("I3", "v1", .verifier, "jalan", "30", []), ("I4", "instansi", .self, "jalan", "2", ["x", "y", "z"]),
            ("I5", "v1", .verifier, "jalan", "11", ["z"]), ("I6", "instansi", .self, "henti", "0", ["x"]),
        ]
        return rows.map { s, a, role, status, jumlah, mitra in
            Entry(subject: s, assessor: a, role: role, version: version,
                  answers: [("status", [status]), ("jumlah", [jumlah]), ("nilai", ["60"])] + (mitra.isEmpty ? [] : [("mitra", mitra)]))
        }
    }

    /// A workspace with both versions, the same answers under each.
    static func workspace() throws -> TrustWorkspace {
        let ws = try TrustWorkspace()
        try ws.write("w.xml", reweightedXML)
        try ws.write("bobot.csv", weights)
        #expect(try ws.pkri(["template", "add", "w.xml"]).status == 0)
        try ws.add(entries("1") + entries("w"))
        return ws
    }

    /// JSON lines without the keys that name the version or mark the what-if.
    static func figures(_ stdout: String) throws -> [NSDictionary] {
        try stdout.split(separator: "\n").map { line in
            let o = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return o.filter { !["templateVersion", "whatif"].contains($0.key) } as NSDictionary
        }
    }

    @Test(arguments: [
        ["results", "--json"],
        ["aggregate", "--index", "k", "--by", "province", "--json"],
        ["aggregate", "--index", "k", "--by", "agency-type", "--json"],
        ["rank", "--index", "k", "--json"],
    ])
    func everyFigureIsAsIfTheTemplateSaidSo(_ command: [String]) throws {
        let ws = try Self.workspace()
        let real = try ws.pkri(command + ["--template", "uji-sepakat@w"])
        let whatIf = try ws.pkri(command + ["--template", "uji-sepakat@1", "--weights", "bobot.csv"])
        let official = try ws.pkri(command + ["--template", "uji-sepakat@1"])
        #expect(real.status == 0 && whatIf.status == 0, "\(real.stderr)\(whatIf.stderr)")
        #expect(try Self.figures(whatIf.stdout) == Self.figures(real.stdout))
        // The weights matter here: the official figures differ.
        #expect(try Self.figures(official.stdout) != Self.figures(real.stdout))
        for line in whatIf.stdout.split(separator: "\n") { #expect(line.hasSuffix(#","whatif":true}"#), "\(line)") }
        #expect(!official.stdout.contains("whatif"))
    }

    @Test func theScreenAndCSVSayWhatIf() throws {
        let ws = try Self.workspace()
        let screen = try ws.pkri(["results", "--template", "uji-sepakat@1", "--weights", "bobot.csv"])
        #expect(screen.stdout.hasPrefix("WHAT-IF: weights from bobot.csv — not the official results, stored nowhere.\n"), "\(screen.stdout)")
        let id = try PKRIProcess.run(["rank", "--index", "k", "--weights", "bobot.csv"], environment: ["PKRI_DB": ws.db], directory: ws.root)
        #expect(id.stdout.hasPrefix("ANDAIKAN (what-if): bobot dari bobot.csv"), "\(id.stdout)")
        let csv = try ws.pkri(["aggregate", "--index", "k", "--by", "province", "--format", "csv", "--weights", "bobot.csv"])
        let lines = csv.stdout.split(separator: "\r\n")   // RFC 4180 line ends
        #expect(lines.first?.hasSuffix(",whatif") == true, "\(csv.stdout)")
        #expect(lines.count > 1 && lines.dropFirst().allSatisfy { $0.hasSuffix(",true") })
    }

    /// The result cache of the real template is neither read (a value
    /// planted in it does not show) nor written (no row appears).
    @Test func theRealTemplatesCacheIsNeitherReadNorWritten() throws {
        let ws = try Self.workspace()
        let before = try ws.pkri(["results", "--template", "uji-sepakat@1", "--json"])   // fills the cache of version 1
        #expect(before.status == 0)
        let sha = try sqlite(ws, "SELECT sha256 FROM template WHERE version = '1'")
        try sqlite(ws, "UPDATE result SET value = '1.23' WHERE templateSha256 = '\(sha)' AND subject = 'I1'")
        let rows = try sqlite(ws, "SELECT COUNT(*) FROM result")
        let kinds = try sqlite(ws, "SELECT group_concat(DISTINCT templateSha256) FROM result")
        let whatIf = try ws.pkri(["results", "--template", "uji-sepakat@1", "--weights", "bobot.csv", "--json"])
        let real = try ws.pkri(["results", "--template", "uji-sepakat@w", "--json"])
        #expect(!whatIf.stdout.contains("1.23"))
        #expect(try Self.figures(whatIf.stdout) == Self.figures(real.stdout))
        // Version w's results filled its own rows; version 1 has the same rows as before and nothing else appeared.
        let wSha = try sqlite(ws, "SELECT sha256 FROM template WHERE version = 'w'")
        #expect(try sqlite(ws, "SELECT COUNT(*) FROM result WHERE templateSha256 != '\(wSha)'") == rows)
        #expect(try sqlite(ws, "SELECT COUNT(*) FROM result WHERE templateSha256 LIKE 'whatif%'") == "0")
        #expect(kinds == sha)
        #expect(try sqlite(ws, "SELECT value FROM result WHERE templateSha256 = '\(sha)' AND subject = 'I1'") == "1.23")
    }

    @discardableResult
    func sqlite(_ ws: TrustWorkspace, _ sql: String) throws -> String {
        let r = try PKRIProcess.run([ws.db, sql], program: URL(fileURLWithPath: "/usr/bin/sqlite3"))
        try #require(r.status == 0, "sqlite3: \(r.stderr)")
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func badWeightsAreLocatedErrors() throws {
        let ws = try Self.workspace()
        try ws.write("salah.csv", "kind,id,weight\nsection,tidak-ada,1\nquestion,jumlah,-1\nbab,s1,1\nquestion,status,0\nquestion,nilai,abc\nsection,s2,2\nsection,s2,3\n")
        let r = try ws.pkri(["results", "--template", "uji-sepakat@1", "--weights", "salah.csv"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == """
            salah.csv:2:9: error: section 'tidak-ada' is not in template uji-sepakat@1
            salah.csv:3:17: error: weight '-1' must be a positive decimal
            salah.csv:4:1: error: kind 'bab' must be 'section' or 'question'
            salah.csv:5:17: error: weight '0' must be a positive decimal
            salah.csv:6:16: error: weight 'abc' must be a positive decimal
            salah.csv:8:9: error: section 's2' already has a weight on line 7

            """)
        try ws.write("kepala.csv", "jenis,id,bobot\nsection,s1,1\n")
        let h = try ws.pkri(["rank", "--index", "k", "--weights", "kepala.csv"])
        #expect(h.status == 1)
        #expect(h.stderr == "kepala.csv:1:1: error: the header must be 'kind,id,weight'; missing: kind, weight\n")
        let missing = try ws.pkri(["aggregate", "--index", "k", "--by", "province", "--weights", "tidak-ada.csv"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("tidak-ada.csv:1: error: cannot read the file"), "\(missing.stderr)")
    }

    /// Excel under Indonesian settings: `;` between fields, a decimal comma.
    @Test func semicolonFilesTakeADecimalComma() throws {
        let ws = try Self.workspace()
        try ws.write("excel.csv", "kind;id;weight\r\nsection;s1;5\r\nquestion;jumlah;3,0\r\n")
        let a = try ws.pkri(["results", "--template", "uji-sepakat@1", "--weights", "excel.csv", "--json"])
        let b = try ws.pkri(["results", "--template", "uji-sepakat@1", "--weights", "bobot.csv", "--json"])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout)
    }
}
