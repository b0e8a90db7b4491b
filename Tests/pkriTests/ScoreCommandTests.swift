import Foundation
import Testing

/// `pkri score` through the real binary: the human view against golden
/// files, JSON Lines, and exit codes.
@Suite struct ScoreCommandTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let template = "templates/pkri-keberlanjutan.xml"

    func check(_ text: String, against name: String) throws {
        let path = Self.golden.appendingPathComponent(name).path
        if ProcessInfo.processInfo.environment["PKRI_RECORD_GOLDEN"] == "1" {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOfFile: path, encoding: .utf8)), "re-record with PKRI_RECORD_GOLDEN=1")
    }

    @Test(arguments: [
        ("keberlanjutan-INOV-2019-0042-verifikator-desk.xml", "score-verifier.id.txt", "id"),
        ("keberlanjutan-INOV-2020-0011-berhenti.xml", "score-gate.en.txt", "en"),
        ("keberlanjutan-INOV-2021-0008-bukti-ditolak.xml", "score-rejected-evidence.en.txt", "en"),
    ])
    func humanViewMatchesGolden(_ sample: String, _ golden: String, _ lang: String) throws {
        let out = try PKRIProcess.run(["score", "--template", Self.template, "--lang", lang, "samples/submissions/\(sample)"])
        #expect(out.status == 0, "\(out.stderr)")
        try check(out.stdout, against: golden)
    }

    @Test func unscorableIndexSaysSo() throws {
        let out = try PKRIProcess.run(["score", "--template", "templates/pkri-replikasi.xml", "--lang", "en",
                                       "samples/submissions/replikasi-INOV-2023-0201-persiapan-tidak-dapat-dinilai.xml"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("cannot be scored"))
        #expect(out.stdout.contains("No section counts"))
    }

    @Test func folderGivesOneJSONObjectPerSubmissionInOrder() throws {
        let out = try PKRIProcess.run(["score", "--json", "--template", Self.template, "samples/submissions"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count == 7)   // the keberlanjutan samples; the others are skipped
        #expect(lines.allSatisfy { $0.hasPrefix("{\"format\":\"pkri-score/1\"") })
        #expect(out.stderr.contains("5 pengajuan untuk templat lain dilewati"))
        #expect(lines[0].contains("\"value\":90.54"))   // files in name order: the self-assessment of 0042 first
    }

    /// More files than the workers may run ahead of the printer: every one
    /// is printed once, in input order, an invalid one in its place.
    @Test func manyFilesComeOutInInputOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pkri-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = try FileManager.default.contentsOfDirectory(atPath: "samples/submissions")
            .filter { $0.hasPrefix("keberlanjutan-") }.sorted()
        let texts = try samples.map { try String(contentsOfFile: "samples/submissions/\($0)", encoding: .utf8) }
        let ids = texts.map { $0.firstMatch(of: /id="([0-9a-f-]{36})"/).map { String($0.1) } ?? "?" }
        var expected: [String] = []
        for n in 0..<700 {
            let k = (n * 5 + n / 7) % texts.count
            let name = String(format: "%04d.xml", n)
            try texts[k].write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
            expected.append(ids[k])
        }
        try "<broken".write(to: folder.appendingPathComponent("0350-x.xml"), atomically: false, encoding: .utf8)
        let out = try PKRIProcess.run(["score", "--json", "--template", Self.template, folder.path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("0350-x.xml:1:"), "\(out.stderr.prefix(300))")
        let printed = out.stdout.split(separator: "\n").map { $0.firstMatch(of: /"submission":"([0-9a-f-]{36})"/).map { String($0.1) } ?? "?" }
        #expect(printed == expected)
    }

    @Test func invalidSubmissionExitsOneAndOthersStillScore() throws {
        let bad = try TemporaryFile(named: "bad.xml", contents: """
            <?xml version="1.0" encoding="UTF-8"?>
            <submission xmlns="urn:pkri:submission:1" id="6f1c0e5e-3f7a-4a0e-9c1e-2b7d8c9a0f11" template="pkri-keberlanjutan"
                        template-version="2025.1" subject="INOV-1" assessor="a" role="self" status="draft"
                        created="2026-01-01T00:00:00Z" updated="2026-01-01T00:00:00Z">
              <answer question="status"><value>maybe</value></answer>
            </submission>
            """)
        let out = try PKRIProcess.run(["score", "--json", "--lang", "en", "--template", Self.template, bad.path,
                                       "samples/submissions/keberlanjutan-INOV-2019-0042-self.xml"])
        #expect(out.status == 1)
        #expect(out.stderr.contains("\(bad.path):5:3: error: status: 'maybe' is not an option of this question"))
        #expect(out.stdout.split(separator: "\n").count == 1)
    }
}
