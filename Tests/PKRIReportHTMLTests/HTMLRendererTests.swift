import Foundation
import PKRICore
import PKRIReportHTML
import Testing

/// The HTML report: one self-contained file, every user text escaped.
@Suite struct HTMLRendererTests {
    static let hostile = #"<script>alert("x")</script> & 'kutip' "dua""#

    static func sample() -> Report {
        Report(language: .id, title: "Laporan Evaluator PKRI", subtitle: "Inovasi <b>Uji</b> (INOV-1)",
               runningHeader: "PKRI · INOV-1 · \"</style><script>x</script>",
               footer: "Dibuat oleh pkri pada 2026-01-01T00:00:00Z",
               blocks: [
                   .facts([.init("Instansi", "Pemerintah Kota Surabaya & Dinas")]),
                   .heading("Regulasi", level: 1),
                   .paragraph("Capaian 12,5\u{00A0}%."),
                   .table(.init(caption: "Jawaban", columns: [.init("Pertanyaan", width: 2), .init("Skor", .trailing)],
                                rows: [["dasar_hukum", "3/4"], ["catatan", hostile]])),
                   .chart(.init(title: "Capaian per bagian (%)", categories: ["Regulasi", "Anggaran"],
                                series: [.init("mandiri", [90, 75.5]), .init("tpi-07", [80, nil])], maximum: 100)),
                   .callout("Perlu ditinjau", tone: .warning),
                   .pageBreak,
               ])
    }

    static let goldenPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/sample-report.html").path

    @Test func matchesTheGoldenFile() throws {
        let html = HTMLRenderer.render(Self.sample())
        if ProcessInfo.processInfo.environment["PKRI_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(atPath: (Self.goldenPath as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try html.write(toFile: Self.goldenPath, atomically: true, encoding: .utf8)
        }
        #expect(html == (try String(contentsOfFile: Self.goldenPath, encoding: .utf8)))
    }

    @Test func userTextIsEscapedEverywhere() {
        let html = HTMLRenderer.render(Self.sample())
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>Uji</b>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;kutip&#39; &quot;dua&quot;"))
        #expect(html.contains("Pemerintah Kota Surabaya &amp; Dinas"))
        // Inside the stylesheet the running header cannot close the style element.
        let style = html.components(separatedBy: "<style>")[1].components(separatedBy: "</style>")[0]
        #expect(!style.contains("<"))
        #expect(html.components(separatedBy: "</style>").count == 2)
    }

    @Test func isSelfContained() {
        let html = HTMLRenderer.render(Self.sample())
        #expect(!html.contains("<link"))
        #expect(!html.contains("src=\"http"))
        #expect(html.contains("<svg"))
        #expect(html.contains("@page"))
        #expect(html.contains("<thead>"))
    }

    @Test func sameInputSameBytes() {
        #expect(HTMLRenderer.render(Self.sample()) == HTMLRenderer.render(Self.sample()))
    }
}
