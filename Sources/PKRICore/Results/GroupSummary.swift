import Foundation

/// The figures of one group in `pkri aggregate`: counts over registered
/// subjects, statistics and band counts over the scored ones (from their
/// rounded final values, see ``Statistics``).
public struct GroupSummary: Sendable {
    public var group: String
    public var name: String
    /// Registered subjects, not-started ones included.
    public var subjects = 0
    /// Subjects with a final value.
    public var scored = 0
    /// Subjects with a submitted verifier.
    public var verified = 0
    public private(set) var values: [Decimal] = []
    public var bands: [String: Int] = [:]

    public init(group: String, name: String) {
        self.group = group
        self.name = name
    }

    public mutating func add(_ r: SubjectResult) {
        subjects += 1
        if r.state == .verified { verified += 1 }
        guard let v = r.value else { return }
        scored += 1
        values.append(v)
        if let b = r.band { bands[b, default: 0] += 1 }
    }

    public var mean: Decimal? { Statistics.mean(values) }
    public var median: Decimal? { Statistics.median(values) }
    public var min: Decimal? { values.min() }
    public var max: Decimal? { values.max() }
    public var standardDeviation: Decimal? { Statistics.standardDeviation(values) }
}
