import Foundation
import PKRICore
import PKRIReportPDF
import Testing

/// Renders ``SampleReport`` and reads it back with poppler-utils, as a
/// person would read the pages.
struct PDFRendererTests {
    static let date = Timestamp("2024-05-01T07:30:00Z")!

    /// Renders into a temporary file, hands its path to `body`, then removes it.
    func withSample(_ report: Report = SampleReport.report(), _ body: (String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pkri-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try PDFRenderer(creationDate: Self.date).render(report, to: path)
        try body(path)
    }

    @Test func pagesCarryHeaderFooterAndNumbers() throws {
        try withSample { pdf in
            let count = try Poppler.pageCount(of: pdf)
            #expect(count >= 4, "120 rows after two paragraphs and a chart take several pages")

            let first = try Poppler.text(of: pdf, page: 1)
            #expect(first.contains("Laporan Penilaian Inovasi"), "title")
            #expect(first.contains("Halaman 1 dari \(count)"))
            #expect(first.contains("Kementerian PANRB — dokumen penilaian"))
            #expect(!first.contains("Laporan Penilaian KIPP 2025 · Kota Surabaya"), "no running header on page 1")

            for page in 2...count {
                let text = try Poppler.text(of: pdf, page: page)
                #expect(text.contains("Laporan Penilaian KIPP 2025 · Kota Surabaya"), "running header on page \(page)")
                #expect(text.contains("Halaman \(page) dari \(count)"))
                #expect(text.contains("Kementerian PANRB — dokumen penilaian"), "footer on page \(page)")
            }
        }
    }

    @Test func tableRepeatsItsHeaderAndKeepsRowOrder() throws {
        try withSample { pdf in
            let count = try Poppler.pageCount(of: pdf)
            var all = ""
            var pagesWithRows = 0
            for page in 1...count {
                let text = try Poppler.text(of: pdf, page: page)
                if text.contains("Terpadu Nomor") {
                    pagesWithRows += 1
                    #expect(text.contains("Nama inovasi"), "table header on page \(page)")
                    #expect(text.contains("Perangkat daerah"), "table header on page \(page)")
                }
                all += text
            }
            #expect(pagesWithRows >= 3, "the table spans pages")
            #expect(all.components(separatedBy: "Tabel 1. Nilai akhir setiap inovasi").count == 2, "caption printed once")

            var cursor = all.startIndex
            for index in 1...120 {
                let name = SampleReport.rowName(index) + " "
                let found = all.range(of: name, range: cursor..<all.endIndex)
                #expect(found != nil, "row \(index) after row \(index - 1)")
                if let found { cursor = found.upperBound }
            }
        }
    }

    @Test func paragraphAndNumbersSurviveExtraction() throws {
        try withSample { pdf in
            let text = try Poppler.run("pdftotext", [pdf, "-"])
            let plain = String(decoding: text, as: UTF8.self)
            #expect(plain.contains("Kompetisi Inovasi Pelayanan Publik"))
            #expect(plain.contains("70\u{00A0}%") || plain.contains("70 %"), "the no-break space before % stays")
            #expect(plain.contains("Nilai rata-rata per kriteria"), "chart title")
            #expect(plain.contains("Keberlanjutan"), "chart category")
            #expect(plain.contains("81,25"), "chart value label with a decimal comma")
            #expect(plain.contains("Data keberlanjutan tahun 2024 tidak tersedia."), "callout")
        }
    }

    @Test func englishPageNumbers() throws {
        try withSample(SampleReport.report(language: .en)) { pdf in
            let count = try Poppler.pageCount(of: pdf)
            #expect(try Poppler.text(of: pdf, page: 2).contains("Page 2 of \(count)"))
            #expect(try Poppler.text(of: pdf, page: 1).contains("81.25"), "decimal point in English")
        }
    }

    @Test func firstPageIsDrawn() throws {
        try withSample { pdf in
            let image = try #require(PGM(try Poppler.grayImage(of: pdf, dpi: 50)))
            #expect(image.width == 414 && image.height == 585, "A4 at 50 dpi")
            let share = Double(image.inkedPixels) / Double(image.width * image.height)
            #expect(share > 0.04, "a page of text, a chart and a callout inks more than 4 % (got \(share))")
            #expect(image.darkPixels > 2_000)
        }
    }

    @Test func tallChartContinuesUnderItsRepeatedHead() throws {
        try withSample(SampleReport.edgeCases()) { pdf in
            let first = try Poppler.text(of: pdf, page: 1)
            let second = try Poppler.text(of: pdf, page: 2)
            #expect(first.contains("Nilai rata-rata per provinsi"), "the chart starts under the title")
            #expect(first.contains("Aceh"))
            #expect(second.contains("Nilai rata-rata per provinsi (lanjutan)"))
            #expect(second.contains("2024") && second.contains("2025"), "legend repeated")
            let both = first + second
            var cursor = both.startIndex
            for province in SampleReport.provinces {
                let found = both.range(of: province + "\n", range: cursor..<both.endIndex)
                #expect(found != nil, "\(province) in order")
                if let found { cursor = found.upperBound }
            }
        }
    }

    /// A count of subjects has whole-number ticks (0, 1, 2), never 0,5.
    @Test func aCountAxisHasWholeTicks() throws {
        let report = Report(language: .id, title: "Rekap", runningHeader: "", footer: "", blocks: [
            .chart(.init(title: "Jumlah subjek per predikat", categories: ["Berkelanjutan", "Kurang"],
                         series: [.init("subjek", [2, 1])], maximum: 2, axis: .count)),
        ])
        try withSample(report) { pdf in
            let text = try Poppler.text(of: pdf, page: 1)
            let axis = try #require(text.split(separator: "\n").first { $0.contains("0") && $0.contains("1") && !$0.contains("Berkelanjutan") })
            #expect(axis.split(separator: " ") == ["0", "1", "2"], "\(axis)")
            #expect(!text.contains("0,5") && !text.contains("1,5"))
        }
    }

    @Test func emptyTableAndLongWords() throws {
        try withSample(SampleReport.edgeCases()) { pdf in
            let text = try Poppler.text(of: pdf, page: 2)
            #expect(text.contains("Tidak ada data"))
            #expect(text.contains("abcdefghij"))
            #expect(!text.contains("-\n"), "no hyphen inserted where a long word breaks")
            #expect(try Poppler.pageCount(of: pdf) == 3, "two page breaks in a row make one")
            #expect(try Poppler.text(of: pdf, page: 3).contains("Setelah pemisah halaman"))
        }
    }
}
