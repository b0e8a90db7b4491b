/// How many of a lineage's replicas run in one province, and how many of
/// those still run.
public struct ProvinceReach: Sendable, Hashable {
    /// Kemendagri province code.
    public var code: String
    public var replicas: Int
    /// Replicas known to run (``LineageNode/running`` is true).
    public var running: Int

    public init(code: String, replicas: Int, running: Int) {
        self.code = code
        self.replicas = replicas
        self.running = running
    }
}

extension Lineage {
    /// The provinces where replicas run, in code order (as ``provinces``),
    /// with their counts. A replica of a national body has no province and
    /// is not counted here (``nationalReplicas``).
    ///
    /// ```swift
    /// lambaik.reachByProvince()   // [35: 1 replica, 1 running; 71: 2 replicas, 1 running]
    /// ```
    public func reachByProvince() -> [ProvinceReach] {
        var counts: [String: ProvinceReach] = [:]
        for replica in replicas {
            guard let code = replica.province else { continue }
            counts[code, default: ProvinceReach(code: code, replicas: 0, running: 0)].replicas += 1
            if replica.running == true { counts[code]!.running += 1 }
        }
        return provinces.compactMap { counts[$0] }
    }

    /// Replicas run by a national body: no province, so on no map.
    public var nationalReplicas: Int {
        replicas.lazy.filter { $0.province == nil }.count
    }
}
