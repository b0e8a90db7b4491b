import Foundation
import Testing

/// A right-to-left override (U+202E) in a name from the registry or an
/// assessor id reverses what it is written in, and nothing after it: the
/// reports isolate every text that comes from data.
@Suite(.serialized) struct BidiReportTests {
    static let rlo = "\u{202E}"
    static let name = "Layanan \(rlo)Cepat Tanggap"
    static let assessor = "tpi-\(rlo)07"

    static func workspace() throws -> ReportCommandTests.SampleWorkspace {
        let ws = try ReportCommandTests.SampleWorkspace()
        let csv = "id,name,agency,kipp_year,kipp_award,replicates,status\nINOV-RLO-1,\(name),kemenkes,2019,Top 45,,berjalan\n"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: ws.path("innovations.csv")))
        #expect(try ws.run(["registry", "import", ws.path("innovations.csv")]).status == 0)
        let sample = try String(contentsOf: PKRIProcess.packageRoot
            .appendingPathComponent("samples/submissions/keberlanjutan-INOV-2019-0042-self.xml"), encoding: .utf8)
        let xml = sample.replacingOccurrences(of: "subject=\"INOV-2019-0042\"", with: "subject=\"INOV-RLO-1\"")
            .replacingOccurrences(of: "assessor=\"sby-dispendukcapil-01\"", with: "assessor=\"\(assessor)\"")
            .replacingOccurrences(of: "de885324-c028-4125-9e40-12eee444f432", with: "de885324-c028-4125-9e40-12eee444f599")
        try FileManager.default.createDirectory(atPath: ws.path("rlo"), withIntermediateDirectories: true)
        try Data(xml.utf8).write(to: URL(fileURLWithPath: ws.path("rlo/a.xml")))
        let imported = try ws.run(["submission", "import", ws.path("rlo")])
        #expect(imported.stdout.contains("1 new"), "\(imported.stdout)\(imported.stderr)")
        return ws
    }

    /// pdftotext prints glyphs in the order they stand on the page: the
    /// name's own words reversed, the id after it in reading order.
    @Test func pdfKeepsTheTextAfterANameInOrder() throws {
        let ws = try Self.workspace()
        let out = try ws.run(["report", "subject", "INOV-RLO-1", "--format", "pdf", "-o", ws.path("r.pdf")])
        #expect(out.status == 0, "\(out.stderr)")
        let text = try ReportCommandTests.pdftotext(ws.path("r.pdf"))
        #expect(!text.contains(")1-OLR-VONI("), "the id after the name is not reversed")
        #expect(text.contains("Layanan paggnaT tapeC (INOV-RLO-1)"), "\(text.prefix(400))")
        // The assessor's role after the id stays in order, in every table and the legend.
        #expect(!text.contains(")iridnam("))
        #expect(text.contains("70-ipt (self)") || text.contains("tpi-70 (self)"), "\(text)")
    }

    /// Every override stands inside a `<bdi>` with no markup in between,
    /// and the id follows the closing `</bdi>`.
    @Test func htmlIsolatesEveryDataText() throws {
        let ws = try Self.workspace()
        let out = try ws.run(["report", "subject", "INOV-RLO-1", "--format", "html", "-o", ws.path("r.html")])
        #expect(out.status == 0, "\(out.stderr)")
        let html = try String(contentsOfFile: ws.path("r.html"), encoding: .utf8)
        let body = try #require(html.components(separatedBy: "<body>").last)
        #expect(body.contains("<bdi>\(Self.name)</bdi> (INOV-RLO-1)"))
        let pieces = body.components(separatedBy: Self.rlo)
        #expect(pieces.count > 3, "the name and the assessor appear several times")
        for (before, after) in zip(pieces, pieces.dropFirst()) {
            let opened = try #require(before.range(of: "<", options: .backwards))
            let closed = try #require(after.range(of: "<"))
            let start = before[opened.lowerBound...], inside = after[..<closed.lowerBound], end = after[closed.lowerBound...]
            if start.hasPrefix("<text") {
                // SVG text holds no <bdi>: Unicode isolates (FSI … PDI) do the same.
                #expect(start.contains("\u{2068}") && inside.contains("\u{2069}"), "an override outside an isolate: …\(start)")
            } else {
                #expect(start.hasPrefix("<bdi>") && end.hasPrefix("</bdi>"),
                        "an override outside an isolate: …\(start.suffix(80))|\(end.prefix(80))…")
            }
        }
    }
}
