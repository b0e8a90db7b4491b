import Foundation

/// One question of a template, with everything needed to check and score
/// an answer to it.
///
/// A final class of constants, not a struct: as a struct, every copy (each
/// `for question in`, each argument the optimizer could not borrow)
/// retained and released over a dozen fields, about 1,000 instructions; a
/// reference costs one retain. Nothing can change after `init`, so sharing
/// is invisible.
public final class Question: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case single, multiple, integer, decimal, text, date
        public var isNumeric: Bool { self == .integer || self == .decimal }
        public var hasOptions: Bool { self == .single || self == .multiple }
    }

    /// Whether proof must, may or need not come with the answer.
    public enum EvidenceRule: String, Sendable { case none, optional, required }

    /// A choice of a `single` or `multiple` question.
    public struct Option: Sendable {
        public let value: String
        public let score: Decimal
        public let label: LocalizedText
        public let location: SourceLocation

        public init(value: String, score: Decimal, label: LocalizedText, location: SourceLocation) {
            self.value = value
            self.score = score
            self.label = label
            self.location = location
        }
    }

    /// A scored range of a numeric question; both ends inclusive, `nil` open.
    public struct ScoreBand: Sendable {
        public let min: Decimal?
        public let max: Decimal?
        public let score: Decimal
        public let location: SourceLocation

        public init(min: Decimal?, max: Decimal?, score: Decimal, location: SourceLocation) {
            self.min = min
            self.max = max
            self.score = score
            self.location = location
        }

        public func contains(_ value: Decimal) -> Bool {
            (min.map { value >= $0 } ?? true) && (max.map { value <= $0 } ?? true)
        }
    }

    public let id: String
    public let kind: Kind
    public let required: Bool
    public let weight: Decimal
    public let relevant: Condition?
    public let constraint: Condition?
    public let evidence: EvidenceRule
    public let min: Decimal?
    public let max: Decimal?
    public let maxScore: Decimal?
    public let label: LocalizedText
    public let hint: LocalizedText?
    public let constraintMessage: LocalizedText?
    public let options: [Option]
    public let bands: [ScoreBand]
    public let location: SourceLocation
    /// Scoring rules 1 and 2, decided once here: scoring asks for every
    /// question of every submission.
    public let isScored: Bool
    public let maxPoints: Decimal
    /// The same figures in exact millionths, when they all are (see ``ExactUnits``).
    let exact: ExactQuestion?
    /// `min`/`max` and each band's ends in millionths, nil when one is not
    /// exact: answers are compared as integers (``ExactNumber``), not `Decimal`.
    let exactLimits: ExactBounds?
    let exactBands: [ExactBounds]?

    public init(id: String, kind: Kind, required: Bool = false, weight: Decimal = 1,
                relevant: Condition? = nil, constraint: Condition? = nil,
                evidence: EvidenceRule = .none, min: Decimal? = nil, max: Decimal? = nil,
                maxScore: Decimal? = nil, label: LocalizedText, hint: LocalizedText? = nil,
                constraintMessage: LocalizedText? = nil, options: [Option] = [],
                bands: [ScoreBand] = [], location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.required = required
        self.weight = weight
        self.relevant = relevant
        self.constraint = constraint
        self.evidence = evidence
        self.min = min
        self.max = max
        self.maxScore = maxScore
        self.label = label
        self.hint = hint
        self.constraintMessage = constraintMessage
        self.options = options
        self.bands = bands
        self.location = location
        self.isScored = Self.isScored(kind, options: options, bands: bands)
        self.maxPoints = Self.maxPoints(kind, options: options, bands: bands, maxScore: maxScore)
        self.exact = ExactQuestion(weight: weight, options: options, bands: bands, maxPoints: maxPoints, maxScore: maxScore)
        self.exactLimits = ExactBounds(min: min, max: max)
        var exactBands: [ExactBounds]? = []
        for band in bands {
            guard let b = ExactBounds(min: band.min, max: band.max) else {
                exactBands = nil
                break
            }
            exactBands?.append(b)
        }
        self.exactBands = exactBands
    }

    /// The option whose value is `value` as written: byte for byte, as the
    /// spec and every expression compare (`e`+U+0301 is not the option `é`).
    public func option(_ value: String) -> Option? { optionIndex(value).map { options[$0] } }

    /// Position of the option whose value has `value`'s bytes, if any:
    /// checking and scoring ask it of every chosen value, without copying
    /// the option out.
    func optionIndex(_ value: String) -> Int? { options.firstIndex { $0.value.hasSameBytes(as: value) } }
}
