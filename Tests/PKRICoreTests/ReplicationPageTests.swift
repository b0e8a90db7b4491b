import Foundation
import PKRICore
import Testing

/// The replication part of the report model: the province tile table, the
/// overview taken from a network (ranking, focus), and the page's tree and
/// map.
@Suite("Replication page")
struct ReplicationPageTests {
    static let agencies = [
        Agency(id: "surabaya", name: "Pemerintah Kota Surabaya", type: .kota, region: "35.78"),
        Agency(id: "sidoarjo", name: "Pemerintah Kabupaten Sidoarjo", type: .kabupaten, region: "35.15"),
        Agency(id: "manado", name: "Pemerintah Kota Manado", type: .kota, region: "71.71"),
        Agency(id: "bandung", name: "Pemerintah Kota Bandung", type: .kota, region: "32.73"),
        Agency(id: "jabar", name: "Pemerintah Provinsi Jawa Barat", type: .provinsi, region: "32"),
        Agency(id: "papua", name: "Pemerintah Provinsi Papua", type: .provinsi, region: "91"),
        Agency(id: "kemenkes", name: "Kementerian Kesehatan", type: .kementerian),
    ]

    static func i(_ id: String, _ parent: String? = nil, _ agency: String = "surabaya", status: String = "berjalan") -> Innovation {
        Innovation(id: id, name: "Inovasi \(id)", agency: agency, replicates: parent, status: status)
    }

    /// Four originals of different reach, and one nobody replicated:
    /// - `W`: 3 replicas in 2 provinces (32, 71), 2 regencies;
    /// - `X`: 3 replicas in 1 province (35);
    /// - `Y`: 3 replicas in 2 provinces (32, 91), 1 regency — below `W`;
    /// - `Z`: 1 replica; `Q`: none.
    static let registry = [
        i("Q"),
        i("W"), i("W1", "W", "manado"), i("W2", "W", "bandung"), i("W3", "W1", "manado"),
        i("X"), i("X1", "X", "surabaya"), i("X2", "X", "sidoarjo"), i("X3", "X2", "sidoarjo"),
        i("Y"), i("Y1", "Y", "jabar"), i("Y2", "Y", "papua"), i("Y3", "Y", "bandung"),
        i("Z"), i("Z1", "Z", "kemenkes"),
    ]

    static var network: ReplicationNetwork { ReplicationNetwork(innovations: registry, agencies: agencies) }

    // MARK: Province tiles

    /// Every province of the region table has one tile, no other code has
    /// one, and no two tiles share a square.
    @Test func everyProvinceHasItsOwnSquare() {
        let tiles = ProvinceTiles.all
        #expect(tiles.count == 38)
        #expect(Set(tiles.map(\.code)) == Set(Regions.provinces.map(\.code)))
        #expect(Set(tiles.map { "\($0.column),\($0.row)" }).count == tiles.count, "two provinces on one square")
        #expect(tiles.allSatisfy { (0..<ProvinceTiles.columns).contains($0.column) && (0..<ProvinceTiles.rows).contains($0.row) })
        #expect(Set(tiles.map(\.shortName)).count == tiles.count)
        #expect(tiles.allSatisfy { !$0.shortName.isEmpty && $0.shortName.count <= 9 })
        #expect(ProvinceTiles.tile("35")?.shortName == "Jatim")
        #expect(ProvinceTiles.tile("35.78") == nil)
    }

    /// Roughly as the archipelago lies: Aceh west of Papua, Java south of
    /// Kalimantan, Sulawesi between Kalimantan and Maluku.
    @Test func tilesLieRoughlyAsTheIslands() throws {
        func tile(_ code: String) throws -> ProvinceTiles.Tile { try #require(ProvinceTiles.tile(code)) }
        #expect(try tile("11").column < tile("91").column)
        #expect(try tile("33").row > tile("62").row)
        #expect(try tile("64").column < tile("72").column && tile("72").column < tile("81").column)
        #expect(try tile("34").row > tile("33").row, "Yogyakarta on Java's south coast")
    }

    // MARK: Overview

    /// Wider reach first: more replicas, then more provinces, then more
    /// kabupaten/kota, then id; originals nobody replicated are left out.
    @Test func originalsAreRankedByReach() throws {
        let overview = try ReplicationOverview(network: Self.network, top: 10)
        #expect(overview.ranked.map(\.original.innovation) == ["W", "Y", "X", "Z"])
        #expect((overview.originals, overview.replicated, overview.replicas) == (5, 4, 10))
        #expect(overview.provinces == ["32", "35", "71", "91"])
        #expect(overview.focus?.original.innovation == "W", "the widest reach is drawn by default")
        let top2 = try ReplicationOverview(network: Self.network, top: 2)
        #expect(top2.ranked.map(\.original.innovation) == ["W", "Y"])
        #expect(top2.replicated == 4, "the counts cover every original, not only the top")
        #expect(try ReplicationOverview(network: Self.network, top: -1).ranked.isEmpty)
    }

    @Test func theFocusIsTheOriginalOfTheInnovationAskedFor() throws {
        let replica = try ReplicationOverview(network: Self.network, top: 3, focus: "X3")
        #expect(replica.focus?.original.innovation == "X")
        #expect(replica.asked == "X3")
        #expect(try ReplicationOverview(network: Self.network, top: 3, focus: "Q").focus?.total == 0)
        #expect(throws: ReplicationOverview.Failure.notInAnyLineage("NOPE")) {
            try ReplicationOverview(network: Self.network, top: 3, focus: "NOPE")
        }
    }

    @Test func withoutReplicasThereIsNoFocus() throws {
        let overview = try ReplicationOverview(network: ReplicationNetwork(innovations: [Self.i("A")], agencies: Self.agencies), top: 10)
        #expect(overview.ranked.isEmpty && overview.focus == nil)
        let blocks = ReplicationPage(overview: overview, index: nil, language: .en).blocks()
        #expect(blocks.contains(.callout("No original innovation has been replicated yet.", tone: .plain)))
        #expect(!blocks.contains { if case .tree = $0 { true } else { false } })
    }

    @Test func reachByProvinceCountsReplicasAndRunningOnes() throws {
        let innovations = [Self.i("A"), Self.i("B", "A", "manado"), Self.i("C", "A", "manado", status: "berhenti"),
                           Self.i("D", "C", "jabar"), Self.i("E", "A", "kemenkes")]
        let lineage = try #require(ReplicationNetwork(innovations: innovations, agencies: Self.agencies).lineage(of: "A"))
        #expect(lineage.reachByProvince() == [ProvinceReach(code: "32", replicas: 1, running: 1),
                                              ProvinceReach(code: "71", replicas: 2, running: 1)])
        #expect(lineage.nationalReplicas == 1)
    }

    // MARK: Tree

    /// The tree is the lineage depth first: each replica under the one it
    /// replicates, siblings in registry order.
    @Test func theTreePutsEachReplicaUnderItsParent() throws {
        let overview = try ReplicationOverview(network: Self.network, top: 10, focus: "W")
        let tree = try #require(Self.tree(ReplicationPage(overview: overview, index: nil, language: .id).blocks()))
        #expect(tree.nodes.map(\.level) == [0, 1, 2, 1])
        #expect(tree.nodes.map { $0.title.components(separatedBy: " · ")[0] } == ["W", "W1", "W3", "W2"])
        #expect(tree.nodes[1].lines == ["Pemerintah Kota Manado (kota) · Kota Manado, Sulawesi Utara", "berjalan"])
        #expect(tree.branches() == [[], [true], [true, false], [false]])
        #expect(tree.nodes.indices.map(tree.hasChildren) == [true, true, false, false])
    }

    /// A lineage of 60 replicas draws the 50 nearest and counts the rest;
    /// a chain deeper than the drawn depth names the deeper generations.
    @Test func largeLineagesAreDrawnInPart() throws {
        var fan = [Self.i("A")]
        for k in 1...60 { fan.append(Self.i("A-\(k)", k <= 5 ? "A" : "A-\((k - 1) / 5)")) }
        let wide = try ReplicationOverview(network: ReplicationNetwork(innovations: fan, agencies: Self.agencies), top: 1)
        let blocks = ReplicationPage(overview: wide, index: nil, language: .en).blocks()
        let tree = try #require(Self.tree(blocks))
        #expect(tree.nodes.count == 1 + ReplicationPage.drawnReplicas)
        #expect(blocks.contains(.paragraph("10 more replicas (of later generations) are not drawn; pkri replication --innovation A shows them all.")))

        var chain = [Self.i("C0")]
        for k in 1...10 { chain.append(Self.i("C\(k)", "C\(k - 1)")) }
        let deep = try ReplicationOverview(network: ReplicationNetwork(innovations: chain, agencies: Self.agencies), top: 1)
        let drawn = try #require(Self.tree(ReplicationPage(overview: deep, index: nil, language: .id).blocks()))
        #expect(drawn.nodes.map(\.level) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 8])
        #expect(drawn.nodes[9].title.hasPrefix("[generasi 9] C9"))
        #expect(!drawn.nodes[8].title.hasPrefix("["))
    }

    // MARK: Map

    /// Every province is a tile; the provinces reached are filled and
    /// carry a written mark with their count, the original's province is
    /// framed and starred, the rest are plain and unmarked.
    @Test func theMapMarksReachedProvincesInWordsAsWellAsColour() throws {
        let overview = try ReplicationOverview(network: Self.network, top: 10, focus: "Y")
        let map = try #require(Self.map(ReplicationPage(overview: overview, index: nil, language: .id).blocks()))
        #expect(map.tiles.count == 38)
        let byID = Dictionary(uniqueKeysWithValues: map.tiles.map { ($0.id, $0) })
        #expect(byID["32"]?.filled == true && byID["32"]?.mark == "✓ 2", "Jawa Barat: a province-wide and a city replica")
        #expect(byID["91"]?.filled == true && byID["91"]?.mark == "✓ 1")
        #expect(byID["35"]?.framed == true && byID["35"]?.filled == false && byID["35"]?.mark == "★", "Y is Surabaya's")
        #expect(byID["35"]?.description == "Jawa Timur (35): provinsi inovasi asal; belum dijangkau")
        #expect(byID["32"]?.description == "Jawa Barat (32): 2 replikasi, 2 masih berjalan")
        let others = map.tiles.filter { !["32", "91", "35"].contains($0.id) }
        #expect(others.count == 35 && others.allSatisfy { !$0.filled && !$0.framed && $0.mark.isEmpty })
        #expect(map.title == "Provinsi yang dijangkau replikasi Y: 2 dari 38")
        #expect(map.legend.map(\.mark) == ["✓ n", "★", ""])
    }

    @Test func anOriginalReplicatedInItsOwnProvinceIsFramedAndFilled() throws {
        let overview = try ReplicationOverview(network: Self.network, top: 10, focus: "X")
        let map = try #require(Self.map(ReplicationPage(overview: overview, index: nil, language: .en).blocks()))
        let tile = try #require(map.tiles.first { $0.id == "35" })
        #expect(tile.filled && tile.framed && tile.mark == "★ ✓ 3")
    }

    // MARK: Summary

    /// The page comes after the summary's own sections, on a new page, only
    /// when the summary is given an overview; its counts are written as the
    /// reader writes numbers.
    @Test func theSummaryEndsWithTheReplicationPage() throws {
        let label = LocalizedText(["id": "Indeks", "en": "Index"], defaultLanguage: "id")
        let index = AssessmentIndex(id: "i", label: label, scale: 100, combine: .mean, disagreement: nil, bands: [], gates: [],
                                    location: SourceLocation(file: "t", line: 1))
        let template = Template(id: "t", version: "1", subject: .innovation, defaultLanguage: "id", title: label,
                                indices: [index], sections: [], engine: NoExpressions(), source: "t", sha256: "")
        var big = [Self.i("A")]
        for k in 1...1_200 { big.append(Self.i("A-\(k)", "A", "manado")) }
        let overview = try ReplicationOverview(network: ReplicationNetwork(innovations: big, agencies: Self.agencies), top: 10)
        var summary = SummaryReport(template: template, index: index, grouping: .province, groups: [], results: [], names: [:],
                                    producedAt: "2026-01-01T00:00:00Z", language: .id)
        let without = summary.build().blocks
        #expect(!without.contains(.heading("Replikasi inovasi", level: 1)))
        summary.replication = overview
        let blocks = summary.build().blocks
        let at = try #require(blocks.firstIndex(of: .heading("Replikasi inovasi", level: 1)))
        #expect(blocks[at - 1] == .pageBreak)
        #expect(Array(blocks[..<(at - 1)]) == without)
        guard case .facts(let facts) = blocks[at + 1] else { Issue.record("facts after the heading"); return }
        #expect(facts[1] == .init("Sudah direplikasi", "1 (1.200 replikasi)"))
    }

    /// A template without expressions needs no engine.
    struct NoExpressions: ExpressionEngine {
        func makeAnswerDocument() -> any AnswerDocument { fatalError("no expressions") }
    }

    static func tree(_ blocks: [Report.Block]) -> Report.Tree? {
        for case .tree(let tree) in blocks { return tree }
        return nil
    }

    static func map(_ blocks: [Report.Block]) -> Report.TileMap? {
        for case .tileMap(let map) in blocks { return map }
        return nil
    }
}
