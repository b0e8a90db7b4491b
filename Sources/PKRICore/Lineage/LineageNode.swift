import Foundation

/// One innovation in a lineage: who runs it and where, which innovation it
/// replicates, and — when the lineage was built with results — its
/// combined value, band and state on one index.
///
/// ```swift
/// let node = lineage.replicas[0]
/// node.parent        // "INOV-2019-0042"
/// node.province      // "71"
/// node.regency       // "71.71"
/// node.running       // true: assessed above 0, or a running registry status
/// ```
public struct LineageNode: Sendable, Hashable {
    public var innovation: String
    public var name: String
    /// The agency's id as the registry names it.
    public var agency: String
    /// Nil when the agency is not in the registry (import refuses that).
    public var agencyName: String?
    public var agencyType: Agency.Kind?
    /// Province code of the agency's region; nil for national bodies.
    public var province: String?
    /// Kabupaten/kota code when the agency's region is one; nil for a
    /// province-wide or national agency.
    public var regency: String?
    /// The innovation this one replicates; nil for the original.
    public var parent: String?
    /// 0 for the original, 1 for its direct replicas, and so on.
    public var generation: Int
    /// The registry's status column, as written.
    public var status: String?
    /// The combined result on the index asked for; nil without one.
    public var result: SubjectResult?

    public init(innovation: String, name: String, agency: String, agencyName: String? = nil,
                agencyType: Agency.Kind? = nil, province: String? = nil, regency: String? = nil,
                parent: String? = nil, generation: Int = 0, status: String? = nil, result: SubjectResult? = nil) {
        self.innovation = innovation
        self.name = name
        self.agency = agency
        self.agencyName = agencyName
        self.agencyType = agencyType
        self.province = province
        self.regency = regency
        self.parent = parent
        self.generation = generation
        self.status = status
        self.result = result
    }

    /// The combined value, when assessed.
    public var value: Decimal? { result?.value }

    /// Whether it still runs: an assessed innovation (a combined value) runs
    /// when its value is above 0 — the shipped templates' gates set 0 for a
    /// stopped innovation —; otherwise its registry status says
    /// (``RegistryStatus/running(_:)``); nil when that is not known either.
    public var running: Bool? {
        if let value { return value > 0 }
        return RegistryStatus.running(status)
    }
}
