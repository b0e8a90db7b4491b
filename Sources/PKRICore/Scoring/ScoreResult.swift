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
    /// `value` in exact hundredths, when the scorer computed it so: output
    /// writes it from the integer (``JSON/scaled(_:scale:)``).
    var valueUnits: Int128? = nil

    public var gated: Bool { gate != nil }
}

/// A section's weighted sums (scoring rule 5).
public struct SectionScore: Sendable {
    public let id: String
    public let weight: Decimal
    /// Σ w(q)·earned(q) over relevant scored questions.
    public var earned: Decimal {
        switch sums {
        case .decimal(let e, _): return e
        case .exact(let e, _): return ExactUnits.decimal(e, scale: 2 * ExactUnits.digits)
        }
    }
    /// Σ w(q)·max(q) over relevant scored questions.
    public var max: Decimal {
        switch sums {
        case .decimal(_, let m): return m
        case .exact(_, let m): return ExactUnits.decimal(m, scale: 2 * ExactUnits.digits)
        }
    }
    /// False when `max` is 0: the section's weight goes to the others.
    public var counted: Bool {
        switch sums {
        case .decimal(_, let m): return m > 0
        case .exact(_, let m): return m > 0
        }
    }

    /// Exact sums are in 10^-12 (weight and points in millionths); they
    /// become `Decimal` only when shown.
    enum Sums: Sendable {
        case decimal(earned: Decimal, max: Decimal)
        case exact(earned: Int128, max: Int128)
    }

    let sums: Sums
    /// `weight` in exact millionths, when it is exact.
    let weightUnits: Int128?

    init(id: String, weight: Decimal, sums: Sums, weightUnits: Int128? = nil) {
        self.id = id
        self.weight = weight
        self.sums = sums
        self.weightUnits = weightUnits
    }
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
    /// `earned` in exact millionths, when the question's figures are exact.
    var earnedUnits: Int128? = nil
    /// `max` and `weight` in exact millionths, when they are exact.
    var maxUnits: Int128? = nil
    var weightUnits: Int128? = nil
}
