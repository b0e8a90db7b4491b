import Foundation

/// The final result of one subject on one index, assessors joined as the
/// spec says.
public struct SubjectResult: Sendable, Hashable {
    public enum State: String, Sendable, CaseIterable {
        case notStarted = "not-started", draft, selfOnly = "self-only", verified
    }

    public var subject: String
    public var index: String
    /// Rounded; nil when nothing combinable has a value.
    public var value: Decimal?
    public var band: String?
    /// How many submissions were combined.
    public var assessors: Int
    /// Largest minus smallest combined value (0 for one value); nil with none.
    public var spread: Decimal?
    public var disagreement: Bool
    /// The latest submitted self-assessment's value.
    public var claimed: Decimal?
    /// final − claimed.
    public var gap: Decimal?
    public var state: State

    public init(subject: String, index: String, value: Decimal?, band: String?, assessors: Int, spread: Decimal?,
                disagreement: Bool, claimed: Decimal?, gap: Decimal?, state: State) {
        self.subject = subject
        self.index = index
        self.value = value
        self.band = band
        self.assessors = assessors
        self.spread = spread
        self.disagreement = disagreement
        self.claimed = claimed
        self.gap = gap
        self.state = state
    }
}
