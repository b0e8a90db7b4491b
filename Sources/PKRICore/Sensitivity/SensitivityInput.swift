import Foundation

/// What `pkri sensitivity` recombines for one index: for each subject,
/// the submissions its final value joins (``Combiner/latestSubmitted(_:)``:
/// the verifiers, else the latest self-assessment), each with its stored
/// value and what it is made of — the gate that set it, or each section's
/// ratio r(s) = earned/max. Read from the workspace's score cache; no
/// answer is scored again.
public struct SensitivityInput: Sendable {
    /// One joined submission.
    public struct Contributor: Sendable {
        /// The stored index value (rounded); nil when it could not be scored.
        public var value: Decimal?
        /// A gate set the value: other weights do not change it.
        public var gated: Bool
        /// r(s) for each section of the index, in template order; nil for a
        /// section that did not count.
        public var ratios: [Double?]

        public init(value: Decimal?, gated: Bool, ratios: [Double?]) {
            self.value = value
            self.gated = gated
            self.ratios = ratios
        }
    }

    public struct Subject: Sendable {
        public var id: String
        public var contributors: [Contributor]

        public init(id: String, contributors: [Contributor]) {
            self.id = id
            self.contributors = contributors
        }
    }

    public let template: Template
    public let index: AssessmentIndex
    /// Subjects in id order.
    public var subjects: [Subject]

    public init(template: Template, index: AssessmentIndex, subjects: [Subject]) {
        self.template = template
        self.index = index
        self.subjects = subjects
    }
}
