import Foundation

/// Everything a score is made of, for one submission: every figure of the
/// spec's scoring rules, so a report can explain each point.
public struct ScoreResult: Sendable {
    public let indices: [IndexScore]
    /// Every question of the template in document order.
    public let questions: [QuestionScore]

    public func index(_ id: String) -> IndexScore? { indices.first { $0.id == id } }
    public func question(_ id: String) -> QuestionScore? { questions.first { $0.id == id } }
}

/// The value of one index for one submission.
public struct IndexScore: Sendable {
    public let id: String
    /// Rounded to 2 decimals; nil when no section counted and no gate fired.
    public let value: Decimal?
    /// Id of the band the value falls in.
    public let band: String?
    /// Position (document order) of the gate that set the value, if one did.
    public let gate: Int?
    public let sections: [SectionScore]
    /// The scored questions of the index's sections, in document order.
    public let questions: [QuestionScore]

    public var gated: Bool { gate != nil }
}

/// A section's weighted sums (scoring rule 5).
public struct SectionScore: Sendable {
    public let id: String
    public let weight: Decimal
    /// Σ w(q)·earned(q) over relevant scored questions.
    public let earned: Decimal
    /// Σ w(q)·max(q) over relevant scored questions.
    public let max: Decimal
    /// False when `max` is 0: the section's weight goes to the others.
    public var counted: Bool { max > 0 }
    /// r(s), unrounded.
    public var ratio: Decimal? { counted ? earned / max : nil }
}

/// One question as the scorer saw it.
public struct QuestionScore: Sendable {
    /// How the evidence rule (scoring rule 4) applied.
    public enum EvidenceState: String, Sendable {
        case notRequired = "not-required", ok, missing, rejected
    }

    /// Why a scored question earned nothing.
    public enum Shortfall: Sendable, Equatable {
        case notRelevant, unanswered, evidenceMissing, evidenceRejected
        case noBandContains(String)
        case optionScoresZero
    }

    public let id: String
    public let scored: Bool
    public let relevant: Bool
    /// The answer as it stands in the answer document; nil when unanswered
    /// or not relevant.
    public let answer: String?
    /// After the evidence rule; 0 when not relevant.
    public let earned: Decimal
    public let max: Decimal
    public let weight: Decimal
    public let evidence: EvidenceState
    public let shortfall: Shortfall?
}
