/// What agreement is computed from for one subject: its verifiers'
/// submissions as combining counts them, and its final results.
public struct AgreementSubject: Sendable {
    public var id: String
    /// The subject's agency (the subject itself for agency templates), for
    /// grouping the claimed-vs-verified gap; nil when not in the registry.
    public var agency: Agency?
    /// Each verifier's latest submitted submission
    /// (``Combiner/latestSubmitted(_:)``), sorted by assessor.
    public var verifiers: [Submission]
    /// The subject's final results, one per index.
    public var results: [SubjectResult]

    public init(id: String, agency: Agency?, verifiers: [Submission], results: [SubjectResult]) {
        self.id = id
        self.agency = agency
        self.verifiers = verifiers
        self.results = results
    }
}
