import Foundation
import Testing

/// `pkri report batch` names each report after its subject: ids that differ
/// only in characters a file name cannot hold still get files of their own,
/// and a subject's file has the same name whatever else is in the run.
@Suite(.serialized) struct BatchReportNamesTests {
    static let ids = ["COL.1", "COL_1", "COL/1"]

    /// The sample workspace plus three innovations whose ids differ only in
    /// punctuation, each with a self-assessment.
    static func workspace() throws -> ReportCommandTests.SampleWorkspace {
        let ws = try ReportCommandTests.SampleWorkspace()
        let csv = "id,name,agency,kipp_year,kipp_award,replicates,status\n"
            + ids.map { "\($0),Layanan \($0),kemenkes,2019,Top 45,,berjalan\n" }.joined()
        try Data(csv.utf8).write(to: URL(fileURLWithPath: ws.path("innovations.csv")))
        #expect(try ws.run(["registry", "import", ws.path("innovations.csv")]).status == 0)
        let sample = try String(contentsOf: PKRIProcess.packageRoot
            .appendingPathComponent("samples/submissions/keberlanjutan-INOV-2019-0042-self.xml"), encoding: .utf8)
        try FileManager.default.createDirectory(atPath: ws.path("col"), withIntermediateDirectories: true)
        for (n, id) in ids.enumerated() {
            let xml = sample.replacingOccurrences(of: "subject=\"INOV-2019-0042\"", with: "subject=\"\(id)\"")
                .replacingOccurrences(of: "de885324-c028-4125-9e40-12eee444f432", with: "de885324-c028-4125-9e40-12eee444f50\(n)")
            try Data(xml.utf8).write(to: URL(fileURLWithPath: ws.path("col/\(n).xml")))
        }
        let imported = try ws.run(["submission", "import", ws.path("col")])
        #expect(imported.stdout.contains("3 new"), "\(imported.stdout)\(imported.stderr)")
        return ws
    }

    func reports(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("COL") }.sorted()
    }

    @Test(arguments: ["html", "pdf"])
    func idsThatDifferInPunctuationGetAFileEach(_ format: String) throws {
        let ws = try Self.workspace()
        let out = try ws.run(["report", "batch", "--out", ws.path("all"), "--format", format])
        #expect(out.status == 0, "\(out.stderr)")
        let files = try reports(ws.path("all"))
        #expect(files == ["COL_1.\(format)", "COL_1~5d6a68086f.\(format)", "COL_1~d8958a8920.\(format)"])
        if format == "html" {
            // Each file is the report of its own subject.
            for (id, name) in [("COL_1", "COL_1"), ("COL.1", "COL_1~5d6a68086f"), ("COL/1", "COL_1~d8958a8920")] {
                let html = try String(contentsOfFile: ws.path("all/\(name).html"), encoding: .utf8)
                #expect(html.contains("Layanan \(id) (\(id))"), "\(name).html is the report of \(id)")
            }
        }
    }

    /// `--limit 1` renders only `COL.1` (the first id): its file has the
    /// name it has in a run with all three.
    @Test func aSubjectsFileNameDoesNotDependOnTheRun() throws {
        let ws = try Self.workspace()
        #expect(try ws.run(["report", "batch", "--out", ws.path("all"), "--format", "html"]).status == 0)
        let alone = try ws.run(["report", "batch", "--out", ws.path("alone"), "--format", "html", "--limit", "1"])
        #expect(alone.status == 0, "\(alone.stderr)")
        let one = try reports(ws.path("alone"))
        #expect(one == ["COL_1~5d6a68086f.html"])
        #expect(try reports(ws.path("all")).contains(one[0]))
    }
}
