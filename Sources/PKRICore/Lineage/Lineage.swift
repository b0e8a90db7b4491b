import Foundation

/// How far one original innovation has travelled: the replicas that name
/// it, theirs in turn, and what they add up to. Built by
/// ``ReplicationNetwork``.
///
/// ```swift
/// let lambaik = network.lineage(of: "INOV-2019-0042")!
/// lambaik.direct, lambaik.total, lambaik.depth   // 2, 3, 2
/// lambaik.provinces                              // ["35", "71"]
/// lambaik.replicas.map(\.innovation)             // breadth first
/// ```
///
/// ## Topics
/// - ``LineageNode``
public struct Lineage: Sendable, Hashable {
    /// The original: an innovation that replicates nothing.
    public var original: LineageNode
    /// Every replica, breadth first: generation by generation, and within a
    /// generation in the order the registry lists their parents, then
    /// themselves.
    public var replicas: [LineageNode]
    /// Replicas that name the original.
    public var direct: Int
    /// Generations below the original (0 when nobody replicates it).
    public var depth: Int
    /// Province codes where replicas run, sorted.
    public var provinces: [String]
    /// Kabupaten/kota codes where replicas run, sorted.
    public var regencies: [String]
    /// Replicas that still run (``LineageNode/running``).
    public var running: Int
    /// Replicas whose running is not known (no value, no known status).
    public var runningUnknown: Int
    /// Mean of the replicas' combined values (those that have one), rounded
    /// as results are; nil when none has one.
    public var replicaMean: Decimal?
    /// How many replicas the mean is over.
    public var replicasScored: Int

    /// Every replica, at every depth.
    public var total: Int { replicas.count }

    /// The lineage of `original` with these replicas (breadth first); the
    /// figures are worked out from them.
    public init(original: LineageNode, replicas: [LineageNode]) {
        self.original = original
        self.replicas = replicas
        // Most originals of a national registry have no replica.
        guard !replicas.isEmpty else {
            (direct, depth, provinces, regencies, running, runningUnknown, replicaMean, replicasScored) =
                (0, 0, [], [], 0, 0, nil, 0)
            return
        }
        direct = replicas.lazy.filter { $0.generation == 1 }.count
        depth = replicas.last?.generation ?? 0
        var provinces = Set<String>(), regencies = Set<String>()
        var running = 0, unknown = 0
        var values: [Decimal] = []
        for replica in replicas {
            if let p = replica.province { provinces.insert(p) }
            if let r = replica.regency { regencies.insert(r) }
            switch replica.running {
            case true?: running += 1
            case false?: break
            case nil: unknown += 1
            }
            if let v = replica.value { values.append(v) }
        }
        self.provinces = provinces.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        self.regencies = regencies.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        self.running = running
        runningUnknown = unknown
        replicaMean = Statistics.mean(values)
        replicasScored = values.count
    }

    /// The replicas that name `id`, in order.
    public func children(of id: String) -> [LineageNode] {
        replicas.filter { $0.parent == id }
    }

    /// Wider reach first: more replicas, then more provinces, then more
    /// kabupaten/kota, then the original's id.
    public static func widerReach(_ a: Lineage, _ b: Lineage) -> Bool {
        if a.total != b.total { return a.total > b.total }
        if a.provinces.count != b.provinces.count { return a.provinces.count > b.provinces.count }
        if a.regencies.count != b.regencies.count { return a.regencies.count > b.regencies.count }
        return a.original.innovation.utf8.lexicographicallyPrecedes(b.original.innovation.utf8)
    }
}
