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
    /// The scored values as whole hundredths while every one is (the exact
    /// integer path of ``Statistics``; each value converted once), else as
    /// decimals.
    private var whole: [Int64] = []
    private var decimals: [Decimal]?
    public var values: [Decimal] { decimals ?? whole.map(Hundredths.decimal) }
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
        if decimals == nil, let h = Hundredths.hundredths(v) {
            whole.append(h)
        } else {
            if decimals == nil {
                decimals = whole.map(Hundredths.decimal)
                whole = []
            }
            decimals?.append(v)
        }
        if let b = r.band { bands[b, default: 0] += 1 }
    }

    public var mean: Decimal? {
        if let decimals { return Statistics.mean(decimals) }
        return whole.isEmpty ? nil : Hundredths(whole: whole).mean
    }

    public var median: Decimal? {
        if let decimals { return Statistics.median(decimals) }
        return whole.isEmpty ? nil : Hundredths(whole: whole).median
    }

    public var min: Decimal? { decimals.map { $0.min() } ?? whole.min().map(Hundredths.decimal) }
    public var max: Decimal? { decimals.map { $0.max() } ?? whole.max().map(Hundredths.decimal) }

    public var standardDeviation: Decimal? {
        if let decimals { return Statistics.standardDeviation(decimals) }
        guard whole.count >= 2 else { return nil }
        return Statistics.standardDeviation(Hundredths(whole: whole)) ?? Statistics.decimalStandardDeviation(values)
    }
}
