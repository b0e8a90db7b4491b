import Foundation
import PKRICore
@testable import PKRIReportPDF
import Testing

/// Tables sized from their content: no word set across two lines, rows a
/// few lines tall, on a table shaped like a subject report's question table
/// (each question heading its assessors' rows of ids, answers, scores,
/// evidence and notes).
struct TableReflowTests {
    static let questions = ["Status pelaksanaan inovasi saat ini (status)", "",
                            "Nomor, tahun dan judul dasar hukum (nomor_dasar_hukum)", "", "Indeks Keberlanjutan Inovasi"]
    static let rows: [[String]] = [
        ["sby-dispendukcapil-01 (mandiri)", "Berjalan dan dikembangkan", "4/4", "", ""],
        ["tpi-07 (verifikator, desk)", "Peraturan Kepala Daerah / Peraturan Menteri atau Lembaga", "3/4",
         "bukti/perwal-surabaya-12-2021-lambaik.txt [diterima] sha256 115338858464…", "Perwal Nomor 12 Tahun 2021 diperiksa dan sah."],
        ["sby-dispendukcapil-01 (mandiri)",
         "Peraturan Wali Kota Surabaya Nomor 12 Tahun 2021 tentang Layanan Administrasi Kependudukan Mandiri Berbasis Kelurahan", "", "", ""],
        ["tpi-12 (verifikator, interview)", "RKPD / Rencana Kerja Pemerintah", "2/3", "",
         "Tercantum di RKPD 2025; RPJMD hanya memuat program umum adminduk."],
        ["terverifikasi", "SOP ditetapkan dan dipublikasikan", "2/2", "bukti/sop-lambaik-2023.txt [menunggu] sha256 69cefc9f4fc4…", ""],
    ]

    static var table: Report.Table {
        var table = Report.Table(columns: [.init("Penilai"), .init("Jawaban"), .init("Skor", .trailing),
                                           .init("Bukti"), .init("Catatan")])
        for (question, row) in zip(questions, rows) {
            if !question.isEmpty { table.rows.append(.group(question)) }
            table.rows.append(.cells(row))
        }
        return table
    }

    /// pdftotext prints each line of a cell as it is set: every piece is a
    /// word of the table, or an id cut after a hyphen or a slash.
    @Test func noWordIsSetAcrossTwoLines() throws {
        let report = Report(language: .id, title: "Tabel", runningHeader: "", footer: "", blocks: [.table(Self.table)])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pkri-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try PDFRenderer().render(report, to: path)
        let text = String(decoding: try Poppler.run("pdftotext", ["-raw", path, "-"]), as: UTF8.self)
        var allowed = Set(["Tabel", "Halaman", "1", "dari"] + Self.table.columns.map(\.title))
        for word in (Self.questions + Self.rows.joined()).joined(separator: " ").split(separator: " ") {
            // Any run from one break point (after "-" or "/") to another.
            let chars = Array(word)
            let cuts = [0] + chars.indices.filter { chars[$0] == "-" || chars[$0] == "/" }.map { $0 + 1 } + [chars.count]
            for (n, i) in cuts.enumerated() {
                for j in cuts[(n + 1)...] where j > i { allowed.insert(String(chars[i..<j])) }
            }
        }
        let cut = text.split(whereSeparator: \.isWhitespace).map(String.init).filter { !allowed.contains($0) }
        #expect(cut.isEmpty, "words set across two lines: \(cut)")
    }

    /// No row is taller than six lines of cell text (the longest answer,
    /// longer than the line, takes five where the other columns keep room),
    /// and the five assessors' rows together take no more than 22 lines:
    /// the best widths found by trying every split in steps of 8 points
    /// take about 18.
    @Test func rowsAreAFewLinesTall() throws {
        let document = try PDFDocument(pageSize: (595.276, 841.89), metadata: .init(title: "", creator: "", creationDate: nil))
        let typesetter = Typesetter(for: document.canvas, language: .id)
        let context = LayoutContext(typesetter: typesetter, theme: Theme(), language: .id, width: PageGeometry.a4.content.width)
        let style = Theme().cell
        let line = typesetter.layout("Xg", style, width: 100).height + style.leading
        let heights = TableBlock(table: Self.table).flow(in: context).compactMap { item -> Double? in
            if case .slice(let slice) = item { slice.height } else { nil }
        }.dropFirst()   // the header row
        let lines = heights.map { (($0 - 2 * TableColumns.padding.y + style.leading) / line).rounded() }
        #expect(lines.allSatisfy { $0 <= 6 }, "lines per row: \(lines)")
        #expect(lines.reduce(0, +) - Double(Self.questions.filter { !$0.isEmpty }.count) <= 22, "lines per row: \(lines)")
    }
}

/// How a table's width is shared among its columns.
struct ColumnWidthsTests {
    @Test func cellsThatFitOnOneLineSpreadInProportion() {
        let widths = ColumnWidths(rows: [[10, 30], [20, 60]], least: [10, 20], padding: 0, width: 160).widths
        #expect(widths == [40, 120])
    }

    @Test func noColumnIsNarrowerThanItsWidestWord() {
        let rows: [[Double]] = [[40, 900, 300], [35, 400, 20], [30, 20, 250]]
        let least = [40.0, 60, 50]
        let widths = ColumnWidths(rows: rows, least: least, padding: 10, width: 480).widths
        #expect(abs(widths.reduce(0, +) - 480) < 0.001)
        for (w, l) in zip(widths, least) { #expect(w >= l + 10 - 0.001) }
        // The column that fits on one line at its word's width stays at it,
        // the columns of long text share the rest.
        #expect(widths[0] < 60)
        #expect(widths[1] > widths[2])
    }

    @Test func wordsWiderThanTheLineShareItByWidth() {
        let widths = ColumnWidths(rows: [[300, 300]], least: [300, 100], padding: 0, width: 200).widths
        #expect(widths == [150, 50])
    }
}

/// Hyphens inside words (Indonesian reduplication) never end a line;
/// those in ids and file names may.
struct HyphenatedWordsTests {
    @Test func wordsAreKeptIdsAreNot() {
        let text = "Rata-rata sekurang-kurangnya sby-dispendukcapil-01 bukti/perwal-12.txt rata-rata."
        let kept = HyphenatedWords.unbreakable(in: text).map { range in
            String(decoding: Array(text.utf8)[range], as: UTF8.self)
        }
        #expect(kept == ["Rata-rata", "sekurang-kurangnya", "rata-rata."])
    }
}
