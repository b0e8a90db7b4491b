import Foundation

/// One score a template computes, such as `keberlanjutan`, with its scale,
/// predicate bands and gates.
public struct AssessmentIndex: Sendable {
    /// How the values of several assessors are joined.
    public enum Combine: String, Sendable { case mean, median }

    public let id: String
    public let label: LocalizedText
    /// The value of a perfect score.
    public let scale: Decimal
    let exactScale: Int128?
    public let combine: Combine
    /// A spread between assessors above this flags the subject for review.
    public let disagreement: Decimal?
    /// Bands sorted by `min`, highest first.
    public let bands: [Band]
    /// Each band's `min` in millionths, nil when one is not exact.
    let exactMins: [Int128]?
    /// Gates in document order; the first whose condition holds wins.
    public let gates: [Gate]
    public let location: SourceLocation

    public init(id: String, label: LocalizedText, scale: Decimal, combine: Combine,
                disagreement: Decimal?, bands: [Band], gates: [Gate], location: SourceLocation) {
        self.id = id
        self.label = label
        self.scale = scale
        self.exactScale = ExactUnits.of(scale)
        self.combine = combine
        self.disagreement = disagreement
        self.bands = bands.sorted { $0.min > $1.min }
        var mins: [Int128]? = []
        for band in self.bands {
            guard let u = ExactUnits.of(band.min) else {
                mins = nil
                break
            }
            mins?.append(u)
        }
        self.exactMins = mins
        self.gates = gates
        self.location = location
    }

    /// A predicate of the index: values from `min` up to the next band.
    public struct Band: Sendable {
        public let id: String
        public let min: Decimal
        public let label: LocalizedText
        public let location: SourceLocation

        public init(id: String, min: Decimal, label: LocalizedText, location: SourceLocation) {
            self.id = id
            self.min = min
            self.label = label
            self.location = location
        }
    }

    /// Sets the index to a fixed value when its condition holds.
    public struct Gate: Sendable {
        public let when: Condition
        public let value: Decimal

        public init(when: Condition, value: Decimal) {
            self.when = when
            self.value = value
        }
    }

    /// The band with the greatest `min` not above `value`.
    public func band(for value: Decimal) -> Band? {
        bands.first { $0.min <= value }
    }

    /// ``band(for:)`` of a value in exact hundredths, as the scorer keeps
    /// it: integers compared instead of `Decimal`s (about 1,300
    /// instructions each), when every `min` is exact; the same band.
    func band(hundredths: Int128) -> Band? {
        let (millionths, overflow) = hundredths.multipliedReportingOverflow(by: 10_000)
        guard let exactMins, !overflow else { return band(for: ExactUnits.decimal(hundredths, scale: 2)) }
        return exactMins.firstIndex { $0 <= millionths }.map { bands[$0] }
    }
}
