import Foundation
import PKRICore

/// A checked submission with its index values, ready to merge. The values
/// were computed with the template text whose SHA-256 is ``templateSHA256``.
public struct ScoredSubmission: Sendable, Hashable {
    public var submission: Submission
    public var scores: [IndexValue]
    public var templateSHA256: String

    public init(_ submission: Submission, scores: [IndexValue], templateSHA256: String) {
        self.submission = submission
        self.scores = scores
        self.templateSHA256 = templateSHA256
    }

    /// From a scorer's result.
    public init(_ submission: Submission, scored: ScoreResult, templateSHA256: String) {
        self.init(submission, scores: scored.indices.map { IndexValue(index: $0.id, value: $0.value, band: $0.band) },
                  templateSHA256: templateSHA256)
    }
}

/// One index's value and band for one submission.
public struct IndexValue: Sendable, Hashable {
    public var index: String
    /// Rounded to 2 decimals; nil when the index could not be scored.
    public var value: Decimal?
    public var band: String?

    public init(index: String, value: Decimal?, band: String?) {
        self.index = index
        self.value = value
        self.band = band
    }
}
