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
                   .table(.init(caption: "Jawaban", columns: [.init("Pertanyaan"), .init("Skor", .trailing)],
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

    /// Chart ticks and values are written as the tables write numbers:
    /// a decimal comma in Indonesian, up to two decimals.
    @Test func chartNumbersAreWrittenInTheReportsLanguage() {
        let html = HTMLRenderer.render(Self.sample())
        let texts = Self.svgTexts(html)
        #expect(texts.contains("75,5"), "\(texts)")
        #expect(!texts.contains { $0.contains(".") }, "\(texts)")
        #expect(["0", "25", "50", "75", "100"].allSatisfy(texts.contains))
        var english = Self.sample()
        english.language = .en
        #expect(Self.svgTexts(HTMLRenderer.render(english)).contains("75.5"))
        let precise = Report(language: .id, title: "", runningHeader: "", footer: "", blocks: [
            .chart(.init(title: "", categories: ["a"], series: [.init("s", [84.61538461538461])], maximum: 100)),
        ])
        #expect(Self.svgTexts(HTMLRenderer.render(precise)).contains("84,62"))
    }

    /// A count of subjects has whole-number ticks only.
    @Test func aCountAxisHasWholeTicks() {
        let report = Report(language: .id, title: "", runningHeader: "", footer: "", blocks: [
            .chart(.init(title: "Jumlah subjek per predikat", categories: ["A", "B"], series: [.init("subjek", [2, 1])],
                         maximum: 2, axis: .count)),
        ])
        let texts = Self.svgTexts(HTMLRenderer.render(report))
        #expect(texts == ["0", "1", "2", "A", "2", "B", "1"], "\(texts)")
    }

    /// The legend is an HTML list that wraps like text: long assessor
    /// names side by side never overlap, whatever their length.
    @Test func theLegendIsAListBesideNoSVGText() {
        let html = HTMLRenderer.render(Self.sample())
        #expect(html.contains("<ul class=\"legend\"><li>"))
        #expect(html.contains("<span>mandiri</span></li><li>"))
        #expect(html.contains("<span>tpi-07</span></li></ul>"))
        #expect(!Self.svgTexts(html).contains("mandiri"))
        #expect(html.contains("ul.legend{list-style:none;margin:0 0 .4em;padding:0;display:flex;flex-wrap:wrap"))
    }

    /// Text the model isolated is a `<bdi>` in the page and stays plain
    /// characters in the title, where no element may stand.
    @Test func isolatedTextIsABdi() {
        let name = "Layanan \u{202E}Cepat"
        let report = Report(language: .id, title: "Laporan", subtitle: "\(name.bidiIsolated) (INOV-1)", runningHeader: "",
                            footer: "", blocks: [.table(.init(columns: [.init("Penilai")], rows: [["\("tpi-\u{202E}07".bidiIsolated) (mandiri)"]]))])
        let html = HTMLRenderer.render(report)
        #expect(html.contains("<p class=\"subtitle\"><bdi>Layanan \u{202E}Cepat</bdi> (INOV-1)</p>"))
        #expect(html.contains("<td class=\"leading\"><bdi>tpi-\u{202E}07</bdi> (mandiri)</td>"))
        #expect(html.contains("<title>Laporan — \u{2068}Layanan \u{202E}Cepat\u{2069} (INOV-1)</title>"))
    }

    /// Columns take their widths from the content (no fixed shares), and
    /// a word breaks only when it is wider than the table.
    @Test func tablesAreSizedByTheirContent() {
        let report = Report(language: .id, title: "", runningHeader: "", footer: "", blocks: [
            .table(.init(columns: [.init("Penilai"), .init("Skor", .trailing)],
                         rows: [.group("Status pelaksanaan (status)"), ["tpi-07", "4/4"]])),
        ])
        let html = HTMLRenderer.render(report)
        #expect(!html.contains("<colgroup>"))
        #expect(!html.contains("overflow-wrap:anywhere"))
        #expect(html.contains("<tbody><tr class=\"group\"><th colspan=\"2\" scope=\"rowgroup\">Status pelaksanaan (status)</th></tr>"
                              + "<tr><td class=\"leading\">tpi-07</td><td class=\"trailing\">4/4</td></tr></tbody>"))
    }

    /// The contents of the SVG `<text>` elements, in order.
    static func svgTexts(_ html: String) -> [String] {
        html.components(separatedBy: "<text ").dropFirst().compactMap { piece in
            piece.split(separator: ">", maxSplits: 1).last?.components(separatedBy: "</text>").first
        }
    }
}
