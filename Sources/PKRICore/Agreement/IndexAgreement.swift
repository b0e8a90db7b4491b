import Foundation

/// How far the independent verifiers agree on one index, question by
/// question, and how far the agencies' own claims are from the verified
/// values: what `pkri agreement` reports (`pkri-agreement/1`).
public struct IndexAgreement: Sendable {
    public let template: String
    public let version: String
    public let index: String
    /// Alpha (interval metric) over the verifiers' index values.
    public let alpha: KrippendorffAlpha.Estimate
    /// 95 % bootstrap interval over subjects; nil when alpha is undefined.
    public let interval: ClosedRange<Double>?
    /// The index's questions that have a metric, lowest agreement first,
    /// undefined ones last (in template order).
    public let questions: [QuestionAgreement]
    /// Verified − claimed, per agency type and per province.
    public let gap: [GapGroup.Grouping: [GapGroup]]
}

/// Agreement on one question.
public struct QuestionAgreement: Sendable {
    public let id: String
    /// Nominal for `single` and `multiple`, interval for `integer` and `decimal`.
    public let metric: KrippendorffAlpha.Metric
    /// For `multiple`: alpha is the mean of the options' nominal alphas
    /// (those defined), over this many options.
    public let options: Int?
    public let estimate: KrippendorffAlpha.Estimate
}

/// The claimed-vs-verified gap (final − claimed) of one group of subjects.
public struct GapGroup: Sendable, Equatable {
    /// The groupings the gap is summarised by.
    public enum Grouping: String, Sendable, CaseIterable {
        case agencyType = "agency-type", province
        public var grouping: PKRICore.Grouping { self == .agencyType ? .agencyType : .province }
    }

    public let group: String
    /// Subjects verified with a claimed value.
    public let count: Int
    /// Rounded to two decimals, as aggregates are.
    public let mean: Decimal?
    public let median: Decimal?
}
