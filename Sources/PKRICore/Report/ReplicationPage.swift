import Foundation

/// The replication page of a report, from a ``ReplicationOverview``: how
/// many originals were replicated, the originals ranked by reach, and for
/// one original its lineage as a tree and its reach on the province tile
/// map (``ProvinceTiles``), with the provinces reached as a table too.
///
/// ```swift
/// let page = ReplicationPage(overview: overview, index: index, language: .id)
/// report.blocks += page.blocks()
/// ```
public struct ReplicationPage {
    public var overview: ReplicationOverview
    /// The index whose results the lineages carry; nil when they carry none
    /// (an agency template, or no index asked for).
    public var index: AssessmentIndex?
    public var language: Language

    /// At most this many replicas are drawn in the tree, the generations
    /// nearest the original first; the rest are counted below it.
    public static let drawnReplicas = 50
    /// Generations deeper than this are drawn at this level, their
    /// generation named, so a long chain stays on the page.
    public static let drawnDepth = 8

    public init(overview: ReplicationOverview, index: AssessmentIndex?, language: Language) {
        self.overview = overview
        self.index = index
        self.language = language
    }

    private var words: LineageWords { LineageWords(index: index, language: language, isolated: true) }

    public func blocks() -> [Report.Block] {
        let l = language
        var blocks: [Report.Block] = [.heading(l.pick("Replikasi inovasi", "Replication of innovations"), level: 1)]
        blocks.append(.facts([
            .init(l.pick("Inovasi asal", "Original innovations"), count(overview.originals)),
            .init(l.pick("Sudah direplikasi", "Replicated"),
                  l.pick("\(count(overview.replicated)) (\(count(overview.replicas)) replikasi)",
                         "\(count(overview.replicated)) (\(count(overview.replicas)) replicas)")),
            .init(l.pick("Provinsi dijangkau replikasi", "Provinces replicas reach"),
                  l.pick("\(count(overview.provinces.count)) dari \(ProvinceTiles.all.count)",
                         "\(count(overview.provinces.count)) of \(ProvinceTiles.all.count)")),
        ]))
        if !overview.unreachable.isEmpty {
            blocks.append(.callout(l.pick(
                "\(count(overview.unreachable.count)) inovasi tidak berujung pada inovasi asal (mereplikasi id yang tidak ada, atau rantainya berputar) dan tidak dihitung.",
                "\(count(overview.unreachable.count)) innovations lead to no original (they replicate an unknown id, or their chain loops) and are not counted."),
                tone: .warning))
        }
        if overview.ranked.isEmpty {
            blocks.append(.callout(l.pick("Belum ada inovasi asal yang direplikasi.", "No original innovation has been replicated yet."),
                                   tone: .plain))
        } else {
            blocks += ranking()
        }
        if let focus = overview.focus {
            // The tree and its map start a page of their own.
            if !overview.ranked.isEmpty { blocks.append(.pageBreak) }
            blocks += lineage(focus)
            blocks += map(focus)
        }
        return blocks
    }

    /// The replicated originals of widest reach.
    private func ranking() -> [Report.Block] {
        let l = language
        var columns: [Report.Table.Column] = [
            .init("#", .trailing), .init(l.pick("Inovasi asal", "Original innovation")), .init(l.pick("Asal", "Home")),
            .init(l.pick("Replikasi", "Replicas"), .trailing), .init(l.pick("Provinsi", "Provinces"), .trailing),
            .init(l.pick("Kab/kota", "Regencies"), .trailing), .init(l.pick("Masih berjalan", "Still running"), .trailing),
        ]
        if index != nil {
            columns += [.init(l.pick("Rata-rata replikasi", "Replicas' mean"), .trailing), .init(l.pick("Nilai asal", "Original's value"), .trailing)]
        }
        var table = Report.Table(caption: l.pick("Inovasi asal menurut jangkauan replikasinya", "Original innovations by the reach of their replicas"),
                                 columns: columns)
        for (k, lineage) in overview.ranked.enumerated() {
            let home = lineage.original.province.map { Regions.region($0)?.name ?? $0.bidiIsolated } ?? l.pick("nasional", "national")
            var row = [count(k + 1), named(lineage.original), home, count(lineage.total), count(lineage.provinces.count),
                       count(lineage.regencies.count), l.pick("\(count(lineage.running)) dari \(count(lineage.total))",
                                                               "\(count(lineage.running)) of \(count(lineage.total))")]
            if index != nil {
                row += [NumberText.display(lineage.replicaMean, l), NumberText.display(lineage.original.value, l)]
            }
            table.rows.append(.cells(row))
        }
        return [
            .heading(l.pick("Inovasi asal menurut jangkauan", "Original innovations by reach"), level: 2),
            .paragraph(l.pick(
                "Urutan: replikasi terbanyak (semua generasi), lalu provinsi terbanyak, lalu kabupaten/kota terbanyak, lalu id. Ditampilkan \(count(overview.ranked.count)) dari \(count(overview.replicated)) inovasi asal yang sudah direplikasi.",
                "Order: most replicas (all generations), then most provinces, then most regencies, then id. Showing \(count(overview.ranked.count)) of the \(count(overview.replicated)) original innovations that have been replicated.")),
            .table(table),
        ]
    }

    /// One original's facts and its replicas as a tree.
    private func lineage(_ lineage: Lineage) -> [Report.Block] {
        let l = language, o = lineage.original
        var blocks: [Report.Block] = [.heading(l.pick("Garis replikasi: ", "Lineage: ") + named(o), level: 2)]
        if let asked = overview.asked, asked != o.innovation {
            blocks.append(.callout(l.pick(
                "\(asked.bidiIsolated) adalah replikasi; ditampilkan garis replikasi inovasi asalnya, \(o.innovation.bidiIsolated).",
                "\(asked.bidiIsolated) is a replica; the lineage of its original, \(o.innovation.bidiIsolated), is shown."), tone: .plain))
        }
        var facts: [Report.Fact] = [.init(l.pick("Instansi", "Agency"), words.agencyAndPlace(o))]
        if index != nil { facts.append(.init(l.pick("Nilai", "Value"), words.result(o))) }
        facts.append(.init(l.pick("Status", "Status"), words.status(o)))
        facts.append(.init(l.pick("Replikasi", "Replicas"), l.pick(
            "\(count(lineage.total)) (\(count(lineage.direct)) langsung), kedalaman \(count(lineage.depth))",
            "\(count(lineage.total)) (\(count(lineage.direct)) direct), depth \(count(lineage.depth))")))
        if lineage.total > 0 {
            var running = l.pick("\(count(lineage.running)) dari \(count(lineage.total))", "\(count(lineage.running)) of \(count(lineage.total))")
            if lineage.runningUnknown > 0 {
                running += l.pick(" (\(count(lineage.runningUnknown)) tidak diketahui)", " (\(count(lineage.runningUnknown)) unknown)")
            }
            facts.append(.init(l.pick("Masih berjalan", "Still running"), running))
            facts.append(.init(l.pick("Kabupaten/kota", "Regencies"), words.regions(lineage.regencies)))
            if index != nil {
                facts.append(.init(l.pick("Rata-rata", "Mean"), l.pick(
                    "replikasi \(NumberText.display(lineage.replicaMean, l)) (\(count(lineage.replicasScored)) dinilai) · asal \(NumberText.display(o.value, l))",
                    "replicas \(NumberText.display(lineage.replicaMean, l)) (\(count(lineage.replicasScored)) assessed) · original \(NumberText.display(o.value, l))")))
            }
        }
        blocks.append(.facts(facts))
        blocks.append(.tree(tree(lineage)))
        let hidden = lineage.total - min(lineage.total, Self.drawnReplicas)
        if hidden > 0 {
            blocks.append(.paragraph(l.pick(
                "\(count(hidden)) replikasi lain (generasi yang lebih jauh) tidak digambar; pkri replication --innovation \(o.innovation.bidiIsolated) menampilkan semuanya.",
                "\(count(hidden)) more replicas (of later generations) are not drawn; pkri replication --innovation \(o.innovation.bidiIsolated) shows them all.")))
        }
        return blocks
    }

    /// The original and its nearest replicas (breadth first, so every drawn
    /// replica's parent is drawn too), each under its parent.
    func tree(_ lineage: Lineage) -> Report.Tree {
        let drawn = lineage.replicas.prefix(Self.drawnReplicas)
        let children = Dictionary(grouping: drawn, by: { $0.parent ?? "" })
        var nodes: [Report.Tree.Node] = []
        // Depth first without recursion: a drawn chain may be 50 deep.
        var stack = [lineage.original]
        while let node = stack.popLast() {
            let deep = node.generation > Self.drawnDepth
                ? language.pick("[generasi \(count(node.generation))] ", "[generation \(count(node.generation))] ") : ""
            var second = [words.status(node)]
            if index != nil { second.append(words.result(node)) }
            nodes.append(.init(level: min(node.generation, Self.drawnDepth),
                               title: deep + "\(node.innovation.bidiIsolated) · \(node.name.bidiIsolated)",
                               lines: [words.agencyAndPlace(node), second.joined(separator: " · ")]))
            stack += (children[node.innovation] ?? []).reversed()
        }
        return Report.Tree(caption: language.pick("Pohon replikasi", "Replication tree"), nodes: nodes)
    }

    /// The reach on the province tile map, and the provinces as a table.
    private func map(_ lineage: Lineage) -> [Report.Block] {
        let l = language
        let reach = Dictionary(uniqueKeysWithValues: lineage.reachByProvince().map { ($0.code, $0) })
        let home = lineage.original.province
        let tiles = ProvinceTiles.all.map { tile in
            let r = reach[tile.code], isHome = tile.code == home
            let name = Regions.region(tile.code)?.name ?? tile.code
            var marks: [String] = [], said: [String] = []
            if isHome {
                marks.append("★")
                said.append(l.pick("provinsi inovasi asal", "the original's province"))
            }
            if let r {
                marks.append("✓ \(count(r.replicas))")
                said.append(l.pick("\(count(r.replicas)) replikasi, \(count(r.running)) masih berjalan",
                                   "\(count(r.replicas)) replicas, \(count(r.running)) still running"))
            } else {
                said.append(l.pick("belum dijangkau", "not reached"))
            }
            return Report.TileMap.Tile(id: tile.code, label: tile.shortName, mark: marks.joined(separator: " "),
                                       column: tile.column, row: tile.row, filled: r != nil, framed: isHome,
                                       description: "\(name) (\(tile.code)): " + said.joined(separator: "; "))
        }
        let map = Report.TileMap(
            title: l.pick("Provinsi yang dijangkau replikasi \(lineage.original.innovation.bidiIsolated): \(count(reach.count)) dari \(ProvinceTiles.all.count)",
                          "Provinces reached by replicas of \(lineage.original.innovation.bidiIsolated): \(count(reach.count)) of \(ProvinceTiles.all.count)"),
            columns: ProvinceTiles.columns, rows: ProvinceTiles.rows, tiles: tiles,
            legend: [
                .init(filled: true, framed: false, mark: "✓ n", text: l.pick("dijangkau: n replikasi di provinsi ini", "reached: n replicas in this province")),
                .init(filled: false, framed: true, mark: "★", text: l.pick("provinsi inovasi asal", "the original's province")),
                .init(filled: false, framed: false, mark: "", text: l.pick("belum dijangkau", "not reached")),
            ])
        var table = Report.Table(caption: l.pick("Provinsi yang dijangkau", "Provinces reached"), columns: [
            .init(l.pick("Provinsi", "Province")), .init(l.pick("Kode", "Code")),
            .init(l.pick("Replikasi", "Replicas"), .trailing), .init(l.pick("Masih berjalan", "Still running"), .trailing),
        ])
        for r in lineage.reachByProvince() {
            table.rows.append([Regions.region(r.code)?.name ?? r.code.bidiIsolated, r.code.bidiIsolated,
                               count(r.replicas), count(r.running)])
        }
        var blocks: [Report.Block] = [.heading(l.pick("Jangkauan di peta provinsi", "Reach on the province map"), level: 2),
                                      .tileMap(map), .table(table)]
        if lineage.nationalReplicas > 0 {
            blocks.append(.paragraph(l.pick(
                "\(count(lineage.nationalReplicas)) replikasi dijalankan instansi nasional, tanpa provinsi, dan tidak ada di peta.",
                "\(count(lineage.nationalReplicas)) replicas are run by national bodies, with no province, and are not on the map.")))
        }
        return blocks
    }

    /// "Name (id)", each isolated so that neither can reorder the other.
    private func named(_ node: LineageNode) -> String {
        "\(node.name.bidiIsolated) (\(node.innovation.bidiIsolated))"
    }

    private func count(_ n: Int) -> String { NumberText.count(n, language) }
}
