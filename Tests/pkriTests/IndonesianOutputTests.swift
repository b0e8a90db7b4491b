import Foundation
import Testing

/// What `history`, `rank`, `aggregate` and `score` print in Indonesian:
/// labels, not the ids that JSON and CSV keep, and numbers with a decimal comma.
@Suite struct IndonesianOutputTests {
    static let sample = "keberlanjutan-INOV-2019-0042-verifikator-desk.xml"

    /// The sample workspace, then the desk verifier's submission again,
    /// later: back to draft, one evidence item rejected, `nilai_ikm` changed.
    static func changedWorkspace() throws -> ReportCommandTests.SampleWorkspace {
        let ws = try ReportCommandTests.SampleWorkspace()
        let samples = PKRIProcess.packageRoot.appendingPathComponent("samples/submissions")
        let folder = ws.folder.appendingPathComponent("lagi")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: samples.appendingPathComponent("bukti"), to: folder.appendingPathComponent("bukti"))
        var text = try String(contentsOf: samples.appendingPathComponent(sample), encoding: .utf8)
        for (old, new) in [(#"status="submitted""#, #"status="draft""#),
                           (#"updated="2025-08-06T09:20:00Z""#, #"updated="2025-09-01T00:00:00Z""#),
                           (#"perwal-surabaya-12-2021-lambaik.txt" status="accepted""#, #"perwal-surabaya-12-2021-lambaik.txt" status="rejected""#),
                           ("<value>87.42</value>", "<value>88.5</value>")] {
            #expect(text.contains(old), "\(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try Data(text.utf8).write(to: folder.appendingPathComponent(sample))
        let r = try ws.run(["submission", "import", folder.appendingPathComponent(sample).path])
        #expect(r.status == 0, "\(r.stderr)")
        return ws
    }

    static func columns(_ line: Substring) -> [String] {
        line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test func historySaysWhatChangedInIndonesian() throws {
        let ws = try Self.changedWorkspace()
        let r = try PKRIProcess.run(["history", "--subject", "INOV-2019-0042", "--db", ws.db], directory: ws.folder)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").dropFirst(2).map(Self.columns)
        let desk = rows.filter { $0.count > 2 && $0[1] == "tpi-07" }
        #expect(desk.first.map { Array($0.suffix(3)) } == ["dibuat", "–", "diajukan"], "\(r.stdout)")
        #expect(desk.contains { Array($0.suffix(3)) == ["status", "diajukan", "draf"] }, "\(r.stdout)")
        #expect(desk.contains { Array($0.suffix(4)) == ["dasar_hukum", "bukti",
                                                          "bukti/perwal-surabaya-12-2021-lambaik.txt [diterima]",
                                                          "bukti/perwal-surabaya-12-2021-lambaik.txt [ditolak]"] }, "\(r.stdout)")
        #expect(desk.contains { Array($0.suffix(4)) == ["nilai_ikm", "jawaban", "87,42", "88,5"] }, "\(r.stdout)")
        for english in ["created", "submitted", "draft", "[accepted]", "[rejected]", "[pending]", "evidence", "answer"] {
            #expect(!r.stdout.contains(english), "'\(english)' in:\n\(r.stdout)")
        }
        // JSON keeps the ids and the values as stored.
        let json = try PKRIProcess.run(["history", "--subject", "INOV-2019-0042", "--db", ws.db, "--json"], directory: ws.folder)
        #expect(json.stdout.contains(#""field":"evidence","old":"bukti/perwal-surabaya-12-2021-lambaik.txt [accepted]","new":"bukti/perwal-surabaya-12-2021-lambaik.txt [rejected]""#), "\(json.stdout)")
        #expect(json.stdout.contains(#""old":"87.42","new":"88.5""#), "\(json.stdout)")
    }

    @Test func rankAndAggregateNameWhatTheyDidInIndonesian() throws {
        let ws = try ReportCommandTests.SampleWorkspace()
        let rank = try PKRIProcess.run(["rank", "--index", "keberlanjutan", "--tie-break", "verified", "--db", ws.db], directory: ws.folder)
        #expect(rank.status == 0, "\(rank.stderr)")
        #expect(rank.stderr == "Seri dipecah dengan jumlah verifikator (--tie-break verified).\n")
        #expect(rank.stdout.contains("terverifikasi") && !rank.stdout.contains("verified"), "\(rank.stdout)")
        let byIndex = try PKRIProcess.run(["rank", "--index", "keberlanjutan", "--tie-break", "keberlanjutan", "--db", ws.db], directory: ws.folder)
        #expect(byIndex.stderr == "Seri dipecah dengan nilai indeks keberlanjutan.\n", "\(byIndex.stderr)")
        let aggregate = try PKRIProcess.run(["aggregate", "--index", "keberlanjutan", "--by", "agency-type", "--db", ws.db], directory: ws.folder)
        #expect(aggregate.status == 0, "\(aggregate.stderr)")
        let rows = aggregate.stdout.split(separator: "\n").dropFirst(2).map(Self.columns)
        #expect(!rows.isEmpty && rows.allSatisfy { $0.count > 1 && $0[1] == "jenis instansi" }, "\(aggregate.stdout)")
        let json = try PKRIProcess.run(["aggregate", "--index", "keberlanjutan", "--by", "agency-type", "--db", ws.db, "--json"], directory: ws.folder)
        #expect(json.stdout.contains(#""by":"agency-type""#))
    }

    /// The time `sample generate` took, in the reader's style.
    @Test func sampleGenerateTimeIsIndonesian() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pkri-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try PKRIProcess.run(["sample", "generate", "--innovations", "3", "--out", folder.path])
        #expect(id.status == 0, "\(id.stderr)")
        #expect(id.stdout.contains(/\(benih 1, \d+(,\d)? dtk\)\n$/), "\(id.stdout)")
        let en = try PKRIProcess.run(["sample", "generate", "--innovations", "3", "--out", folder.path + "-en", "--lang", "en"])
        defer { try? FileManager.default.removeItem(atPath: folder.path + "-en") }
        #expect(en.stdout.contains(/\(seed 1, \d+(\.\d)? s\)\n$/), "\(en.stdout)")
    }

    /// Every figure of the score view, answers included, has a decimal comma
    /// in Indonesian: no `87.42` beside `78,63`.
    @Test func scoreViewNumbersAreIndonesian() throws {
        let id = try PKRIProcess.run(["score", "--template", "templates/pkri-keberlanjutan.xml", "samples/submissions"])
        #expect(id.status == 0, "\(id.stderr)")
        let rows = id.stdout.split(separator: "\n").filter { $0.hasPrefix("    ") }
        #expect(rows.count > 100)
        let pointed = rows.filter { $0.contains(/\d\.\d/) }
        #expect(pointed.isEmpty, "\(pointed.joined(separator: "\n"))")
        #expect(rows.contains { Self.columns($0).prefix(2) == ["nilai_ikm", "87,42"] }, "\(id.stdout)")
        let en = try PKRIProcess.run(["score", "--lang", "en", "--template", "templates/pkri-keberlanjutan.xml", "samples/submissions"])
        #expect(en.stdout.split(separator: "\n").contains { Self.columns($0).prefix(2) == ["nilai_ikm", "87.42"] })
    }
}
