import Foundation

/// Every original innovation's lineage, worked out from the registry (and,
/// when given, the combined results of one index) in time linear in the
/// number of innovations. A pure function of its input: the workspace only
/// supplies the rows, and the same network serves the command line, the
/// reports and the dashboard.
///
/// ```swift
/// let network = ReplicationNetwork(innovations: innovations, agencies: agencies)
/// for lineage in network.rankedByReach() where lineage.total > 0 {
///     print(lineage.original.innovation, lineage.total, lineage.provinces)
/// }
/// ```
///
/// Replicas of one parent keep the order of `innovations` (the workspace
/// gives id order), so the same registry gives the same lineages.
public struct ReplicationNetwork: Sendable {
    /// One per original (an innovation that replicates nothing), in the
    /// order of `innovations`.
    public let lineages: [Lineage]
    /// Innovations no original leads to: they replicate an id that is not in
    /// the registry, or stand on or behind a loop of replications. Registry
    /// import refuses both (RegistryFile); a workspace written another way
    /// may still hold them, and they are named rather than lost.
    public let unreachable: [String]
    /// Each innovation's place in the input, and the lineage holding the
    /// innovation at each place (-1: none).
    private let position: [String: Int]
    private let lineageAt: [Int32]

    /// `results`: the combined results of one index (any order); nil when
    /// no index was asked for. An innovation without a result then shows no
    /// value.
    public init(innovations: [Innovation], agencies: [Agency], results: [SubjectResult]? = nil) {
        let n = innovations.count
        var position: [String: Int] = [:]
        position.reserveCapacity(n)
        for (i, innovation) in innovations.enumerated() where position[innovation.id] == nil {
            position[innovation.id] = i
        }
        // Children of each innovation as one flat array (counting sort by
        // parent), siblings in input order.
        var parent = [Int](repeating: -1, count: n)
        var start = [Int](repeating: 0, count: n + 1)
        for (i, innovation) in innovations.enumerated() {
            guard let target = innovation.replicates, let p = position[target], p != i else { continue }
            parent[i] = p
            start[p + 1] += 1
        }
        for i in 0..<n { start[i + 1] += start[i] }
        var next = start
        var children = [Int](repeating: 0, count: start[n])
        for i in 0..<n where parent[i] >= 0 {
            children[next[parent[i]]] = i
            next[parent[i]] += 1
        }

        var places = Places(agencies)
        let byID = results.map { Dictionary($0.map { ($0.subject, $0) }, uniquingKeysWith: { a, _ in a }) }
        func node(_ i: Int, generation: Int) -> LineageNode {
            let place = places.place(of: innovations[i].agency)
            return LineageNode(innovation: innovations[i].id, name: innovations[i].name, agency: innovations[i].agency,
                               agencyName: place.agency?.name, agencyType: place.agency?.type,
                               province: place.province, regency: place.regency,
                               parent: parent[i] >= 0 ? innovations[parent[i]].id : nil, generation: generation,
                               status: innovations[i].status, result: byID?[innovations[i].id])
        }

        var reached = [Bool](repeating: false, count: n)
        var lineages: [Lineage] = []
        var lineageAt = [Int32](repeating: -1, count: n)
        var queue: [(index: Int, generation: Int)] = []
        for root in 0..<n where innovations[root].replicates == nil && position[innovations[root].id] == root {
            reached[root] = true
            queue.removeAll(keepingCapacity: true)
            queue.append((root, 0))
            var head = 0
            while head < queue.count {
                let (current, generation) = queue[head]
                head += 1
                for k in start[current]..<start[current + 1] where !reached[children[k]] {
                    reached[children[k]] = true
                    queue.append((children[k], generation + 1))
                }
            }
            for (i, _) in queue { lineageAt[i] = Int32(lineages.count) }
            lineages.append(Lineage(original: node(root, generation: 0),
                                    replicas: queue.dropFirst().map { node($0.index, generation: $0.generation) }))
        }
        self.lineages = lineages
        self.position = position
        self.lineageAt = lineageAt
        unreachable = (0..<n).filter { !reached[$0] && position[innovations[$0].id] == $0 }.map { innovations[$0].id }
    }

    /// The lineage that holds `id`, as original or as replica; nil for an
    /// unknown or unreachable innovation.
    public func lineage(of id: String) -> Lineage? {
        guard let i = position[id], lineageAt[i] >= 0 else { return nil }
        return lineages[Int(lineageAt[i])]
    }

    /// The lineages, wider reach first (``Lineage/widerReach(_:_:)``).
    public func rankedByReach() -> [Lineage] {
        // Sorted by place with the figures side by side: moving whole
        // lineages around while sorting cost more than building them.
        let keys = lineages.map { (total: $0.total, provinces: $0.provinces.count, regencies: $0.regencies.count,
                                   id: $0.original.innovation) }
        let order = keys.indices.sorted { a, b in
            let (x, y) = (keys[a], keys[b])
            if x.total != y.total { return x.total > y.total }
            if x.provinces != y.provinces { return x.provinces > y.provinces }
            if x.regencies != y.regencies { return x.regencies > y.regencies }
            return x.id.utf8.lexicographicallyPrecedes(y.id.utf8)
        }
        return order.map { lineages[$0] }
    }
}

/// Where each agency is: its record, province and kabupaten/kota,
/// worked out once per agency.
private struct Places {
    struct Place {
        var agency: Agency?
        var province: String?
        var regency: String?
    }

    private let agencies: [String: Agency]
    private var memo: [String: Place] = [:]

    init(_ agencies: [Agency]) {
        self.agencies = Dictionary(agencies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    mutating func place(of id: String) -> Place {
        if let known = memo[id] { return known }
        let agency = agencies[id]
        var place = Place(agency: agency)
        if let code = agency?.region {
            let region = Regions.region(code)
            place.province = region?.province ?? String(code.prefix { $0 != "." })
            place.regency = region.map { $0.level == .provinsi ? nil : $0.code } ?? (code.contains(".") ? code : nil)
        }
        memo[id] = place
        return place
    }
}
