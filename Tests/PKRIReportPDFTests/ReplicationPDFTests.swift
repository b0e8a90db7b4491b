import Foundation
import PKRICore
import PKRIReportPDF
import Testing

/// The replication page in the PDF, read back with poppler-utils: the
/// tree in depth-first order, every province tile labelled, the reached
/// ones marked in writing and filled in colour.
struct ReplicationPDFTests {
    static let agencies = [
        Agency(id: "surabaya", name: "Pemerintah Kota Surabaya", type: .kota, region: "35.78"),
        Agency(id: "manado", name: "Pemerintah Kota Manado", type: .kota, region: "71.71"),
        Agency(id: "bandung", name: "Pemerintah Kota Bandung", type: .kota, region: "32.73"),
        Agency(id: "papua", name: "Pemerintah Provinsi Papua", type: .provinsi, region: "91"),
    ]

    /// A > (B > D > E), C; replicas in Manado (2), Bandung and Papua.
    static let innovations = [
        Innovation(id: "INOV-A", name: "Layanan Asal", agency: "surabaya", status: "berjalan"),
        Innovation(id: "INOV-B", name: "Replika Manado", agency: "manado", replicates: "INOV-A", status: "uji coba"),
        Innovation(id: "INOV-C", name: "Replika Bandung", agency: "bandung", replicates: "INOV-A", status: "berhenti"),
        Innovation(id: "INOV-D", name: "Replika Papua", agency: "papua", replicates: "INOV-B", status: "berjalan"),
        Innovation(id: "INOV-E", name: "Replika kedua Manado", agency: "manado", replicates: "INOV-D", status: "berjalan"),
    ]

    static func report(_ innovations: [Innovation] = innovations, only map: Bool = false, language: Language = .id) throws -> Report {
        let overview = try ReplicationOverview(network: ReplicationNetwork(innovations: innovations, agencies: agencies), top: 10,
                                               focus: "INOV-A")
        var blocks = ReplicationPage(overview: overview, index: nil, language: language).blocks()
        if map { blocks = blocks.filter { if case .tileMap = $0 { true } else { false } } }
        return Report(language: language, title: "Rekapitulasi", runningHeader: "PKRI", footer: "pkri", blocks: blocks)
    }

    func withPDF(_ report: Report, _ body: (String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pkri-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try PDFRenderer(creationDate: Timestamp("2026-01-01T00:00:00Z")!).render(report, to: path)
        try body(path)
    }

    @Test func theLineageTreeReadsDepthFirst() throws {
        try withPDF(try Self.report()) { pdf in
            let text = try (1...(try Poppler.pageCount(of: pdf))).map { try Poppler.text(of: pdf, page: $0) }.joined()
            #expect(text.contains("Replikasi inovasi"))
            #expect(text.contains("Garis replikasi: Layanan Asal (INOV-A)"))
            #expect(text.contains("Pohon replikasi"))
            var cursor = try #require(text.range(of: "Pohon replikasi")).upperBound
            for id in ["INOV-A", "INOV-B", "INOV-D", "INOV-E", "INOV-C"] {
                let found = try #require(text.range(of: "\(id) · ", range: cursor..<text.endIndex), "\(id) in depth-first order" as Comment)
                cursor = found.upperBound
            }
            #expect(text.contains("Pemerintah Provinsi Papua (provinsi) · Papua"))
            #expect(text.contains("berhenti (tidak berjalan)"))
        }
    }

    /// Every province's short name is written on its tile; the reached
    /// ones carry ✓ and their count, the original's province ★, and the
    /// legend says what each means.
    @Test func everyTileIsLabelledAndReachedOnesAreMarkedInWriting() throws {
        try withPDF(try Self.report(only: true)) { pdf in
            #expect(try Poppler.pageCount(of: pdf) == 1, "the map stays whole on one page")
            let text = try Poppler.text(of: pdf, page: 1)
            let words = Set(text.split(whereSeparator: \.isWhitespace).map(String.init))
            let missing = ProvinceTiles.all.map(\.shortName).filter { !words.contains($0) }
            #expect(missing.isEmpty, "tiles without their label: \(missing)")
            // Three tiles and the legend carry ✓; one tile and the legend ★.
            #expect(text.filter { $0 == "✓" }.count == 4, "\(text)")
            #expect(text.filter { $0 == "★" }.count == 2)
            let marks = text.replacingOccurrences(of: " ", with: "")
            #expect(marks.contains("✓2") && marks.components(separatedBy: "✓1").count - 1 == 2, "Manado 2, Bandung 1, Papua 1")
            #expect(text.contains("dijangkau: n replikasi di provinsi ini"))
            #expect(text.contains("provinsi inovasi asal"))
            #expect(text.contains("belum dijangkau"))
            #expect(text.contains("Provinsi yang dijangkau replikasi INOV-A: 3 dari 38"))
        }
    }

    /// The reached tiles are filled in the strong colour: a map with three
    /// provinces reached has about three tiles more of dark ink than one
    /// with none.
    @Test func reachedTilesAreFilled() throws {
        func darkPixels(_ report: Report) throws -> Int {
            var dark = 0
            try withPDF(report) { pdf in dark = try #require(PGM(try Poppler.grayImage(of: pdf, dpi: 72))).darkPixels }
            return dark
        }
        let reached = try darkPixels(try Self.report(only: true))
        let none = try darkPixels(try Self.report([Self.innovations[0]], only: true))
        // A tile is about 28 × 28 points; its white label takes a little back.
        #expect(reached - none > 3 * 500, "\(reached) vs \(none)")
        #expect(reached - none < 3 * 28 * 28 + 500, "\(reached) vs \(none)")
    }

    @Test func inEnglishWithEnglishWords() throws {
        try withPDF(try Self.report(language: .en)) { pdf in
            let text = try (1...(try Poppler.pageCount(of: pdf))).map { try Poppler.text(of: pdf, page: $0) }.joined()
            #expect(text.contains("Replication of innovations"))
            #expect(text.contains("Lineage: Layanan Asal (INOV-A)"))
            #expect(text.contains("Provinces reached by replicas of INOV-A: 3 of 38"))
            #expect(text.contains("reached: n replicas in this province"))
            #expect(text.contains("Page 1 of"))
        }
    }
}
