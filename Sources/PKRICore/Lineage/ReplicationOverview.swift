/// What a report page or a dashboard shows of the replication network: how
/// many originals were replicated, the originals ranked by reach, and one
/// original whose lineage is drawn as a tree and a province map. Taken from
/// a ``ReplicationNetwork`` as it is: nothing is worked out a second time.
///
/// ```swift
/// let overview = try ReplicationOverview(network: network, top: 10)
/// overview.ranked.map(\.original.innovation)   // widest reach first
/// overview.focus?.reachByProvince()            // the map of the widest
/// ```
///
/// ## Topics
/// - ``Failure``
public struct ReplicationOverview: Sendable {
    /// Why an overview could not be made.
    public enum Failure: Error, Equatable, Sendable {
        /// The innovation asked for is in no lineage: not in the registry
        /// (or, in a workspace written around the import, on a loop).
        case notInAnyLineage(String)
    }

    /// Every original innovation, replicated or not.
    public let originals: Int
    /// Originals with at least one replica.
    public let replicated: Int
    /// Replicas in all lineages together.
    public let replicas: Int
    /// Provinces where some replica runs, over all lineages, sorted.
    public let provinces: [String]
    /// The replicated originals of widest reach, at most `top`, in the
    /// order of ``ReplicationNetwork/rankedByReach()``: more replicas, more
    /// provinces, more kabupaten/kota, then id.
    public let ranked: [Lineage]
    /// The lineage to draw: of the innovation asked for (its original's, for
    /// a replica), else of the original with the widest reach; nil when no
    /// innovation was asked for and none has been replicated.
    public let focus: Lineage?
    /// The innovation asked for, when the focus was chosen by id.
    public let asked: String?
    /// Innovations no original leads to (``ReplicationNetwork/unreachable``).
    public let unreachable: [String]

    /// `top`: how many originals to rank (negative counts as 0); `focus`:
    /// the innovation whose lineage is drawn.
    public init(network: ReplicationNetwork, top: Int, focus id: String? = nil) throws(Failure) {
        let all = network.rankedByReach()
        let replicatedCount = all.prefix { $0.total > 0 }.count
        originals = all.count
        replicated = replicatedCount
        replicas = all.prefix(replicatedCount).reduce(0) { $0 + $1.total }
        var provinces = Set<String>()
        for lineage in all.prefix(replicatedCount) { provinces.formUnion(lineage.provinces) }
        self.provinces = provinces.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        ranked = Array(all.prefix(min(max(top, 0), replicatedCount)))
        if let id {
            guard let lineage = network.lineage(of: id) else { throw .notInAnyLineage(id) }
            focus = lineage
        } else {
            focus = replicatedCount > 0 ? all.first : nil
        }
        asked = id
        unreachable = network.unreachable
    }
}
