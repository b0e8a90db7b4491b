import Foundation
import PKRICore
import PKRIReportHTML
import Testing

/// The replication page in HTML: the tree as nested lists, the province
/// tile map as SVG with every reached province's tile marked in words,
/// and every text from the registry escaped and isolated.
@Suite struct ReplicationHTMLTests {
    static let agencies = [
        Agency(id: "surabaya", name: "Pemerintah Kota Surabaya", type: .kota, region: "35.78"),
        Agency(id: "manado", name: "Pemerintah Kota Manado", type: .kota, region: "71.71"),
        Agency(id: "bandung", name: "Pemerintah Kota <Bandung> & \"Sekitarnya\"", type: .kota, region: "32.73"),
        Agency(id: "papua", name: "Pemerintah Provinsi Papua", type: .provinsi, region: "91"),
    ]

    static func report(focus: String? = nil, language: Language = .id) throws -> Report {
        let innovations = [
            Innovation(id: "A", name: "Layanan <script>alert(1)</script>", agency: "surabaya", status: "berjalan"),
            Innovation(id: "B", name: "Replika Manado", agency: "manado", replicates: "A", status: "uji coba"),
            Innovation(id: "C", name: "Replika \u{202E}Bandung", agency: "bandung", replicates: "A", status: "berhenti"),
            Innovation(id: "D", name: "Replika dari B", agency: "papua", replicates: "B", status: "berjalan"),
            Innovation(id: "E", name: "Replika kedua di Manado", agency: "manado", replicates: "D", status: "berjalan"),
            Innovation(id: "Q", name: "Belum direplikasi", agency: "surabaya", status: "berjalan"),
        ]
        let network = ReplicationNetwork(innovations: innovations, agencies: agencies)
        let overview = try ReplicationOverview(network: network, top: 10, focus: focus)
        return Report(language: language, title: "Rekapitulasi", runningHeader: "PKRI", footer: "pkri",
                      blocks: ReplicationPage(overview: overview, index: nil, language: language).blocks())
    }

    /// The SVG groups of the tiles, by province code.
    static func tiles(_ html: String) -> [String: String] {
        var out: [String: String] = [:]
        for piece in html.components(separatedBy: "<g class=\"tile").dropFirst() {
            let group = "<g class=\"tile" + piece.components(separatedBy: "</g>")[0] + "</g>"
            guard let start = group.range(of: "data-id=\""), let end = group[start.upperBound...].firstIndex(of: "\"") else { continue }
            out[String(group[start.upperBound..<end])] = group
        }
        return out
    }

    @Test func everyReachedProvincesTileIsFilledAndMarked() throws {
        let html = HTMLRenderer.render(try Self.report())
        let tiles = Self.tiles(html)
        #expect(tiles.count == 38)
        // Replicas in Manado (2), Bandung (1) and Papua (1); the original in Surabaya.
        let reached = ["71": "✓ 2", "32": "✓ 1", "91": "✓ 1"]
        for (code, mark) in reached {
            let tile = try #require(tiles[code], "tile \(code)" as Comment)
            #expect(tile.hasPrefix("<g class=\"tile filled\""), "\(code): \(tile)")
            #expect(tile.contains("<text class=\"mark\"") && tile.contains(">\(mark)</text>"), "\(code) is marked in words: \(tile)")
            #expect(tile.contains("fill=\"#1f4e79\""))
        }
        let home = try #require(tiles["35"])
        #expect(home.hasPrefix("<g class=\"tile framed\"") && home.contains(">★</text>"), "\(home)")
        for (code, tile) in tiles where reached[code] == nil && code != "35" {
            #expect(tile.hasPrefix("<g class=\"tile\""), "\(code) not reached: \(tile)")
            #expect(!tile.contains("class=\"mark\""), "\(code) carries no mark")
        }
        // Each tile says what it is in a sentence, and shows its short name.
        #expect(tiles["71"]?.contains("<title>Sulawesi Utara (71): 2 replikasi, 2 masih berjalan</title>") == true)
        #expect(tiles["71"]?.contains(">Sulut</text>") == true)
        #expect(ProvinceTiles.all.allSatisfy { tiles[$0.code]?.contains(">\($0.shortName)</text>") == true })
        // The legend says what the colours and marks mean.
        #expect(html.contains("✓ n\u{2002}dijangkau: n replikasi di provinsi ini"))
        #expect(html.contains("★\u{2002}provinsi inovasi asal"))
    }

    /// The tree is nested lists: each replica's item inside the list of the
    /// one it replicates.
    @Test func theTreeNestsEachReplicaUnderItsParent() throws {
        let html = HTMLRenderer.render(try Self.report())
        let tree = try #require(html.components(separatedBy: "<ul class=\"tree\">").dropFirst().first?.components(separatedBy: "</figure>").first)
        func title(_ id: String) -> String { "<span class=\"node-title\">\(id) · " }
        // A > (B > D > E), C
        let expected = ["<li class=\"parent\">", title("A"), "<ul><li class=\"parent\">", title("B"), "<ul><li class=\"parent\">",
                        title("D"), "<ul><li>", title("E"), "</li></ul></li></ul></li><li>", title("C"), "</li></ul></li></ul>"]
        var cursor = tree.startIndex
        for piece in expected {
            let found = try #require(tree.range(of: piece, range: cursor..<tree.endIndex), "\(piece) after the one before, in \(tree)" as Comment)
            cursor = found.upperBound
        }
        #expect(tree.components(separatedBy: "<li").count - 1 == 5)
        // Balanced: every list closes, the tree's own (opened before `tree`) last.
        #expect(tree.components(separatedBy: "<ul").count + 1 == tree.components(separatedBy: "</ul>").count)
        #expect(tree.contains("<span class=\"node-line\">Pemerintah Kota Manado (kota) · Kota Manado, Sulawesi Utara</span>"))
        #expect(tree.contains("<span class=\"node-line\">berhenti (tidak berjalan)</span>"))
    }

    @Test func registryTextIsEscapedAndIsolated() throws {
        let html = HTMLRenderer.render(try Self.report())
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("Layanan &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Pemerintah Kota &lt;Bandung&gt; &amp; &quot;Sekitarnya&quot;"))
        // A name with a right-to-left override reorders nothing after it.
        #expect(html.contains("C · <bdi>Replika \u{202E}Bandung</bdi>"))
    }

    @Test func theRankingAndTextsFollowTheLanguage() throws {
        let id = HTMLRenderer.render(try Self.report())
        #expect(id.contains("<h2>Replikasi inovasi</h2>"))
        #expect(id.contains("<h3>Garis replikasi: Layanan &lt;script&gt;alert(1)&lt;/script&gt; (A)</h3>"))
        #expect(id.contains("<td class=\"trailing\">4</td>"), "A has four replicas")
        let en = HTMLRenderer.render(try Self.report(focus: "E", language: .en))
        #expect(en.contains("<h2>Replication of innovations</h2>"))
        #expect(en.contains("E is a replica; the lineage of its original, A, is shown."))
        #expect(en.contains("Provinces reached by replicas of A: 3 of 38"))
        #expect(en.contains("<td class=\"trailing\">3 of 4</td>"), "still running: B, D and E; C stopped")
    }
}
