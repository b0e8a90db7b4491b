import PKRICore

/// Where submissions are kept, with their index values and the audit of
/// every change.
public protocol SubmissionStore: Sendable {
    /// Merges a batch by ``MergeRule``, in order, in one transaction: each
    /// document is stored whole or not at all, and a document the store
    /// refuses (``MergeOutcome/failed(_:)``) leaves the others standing.
    /// Audit entries name `principal` beside the document's assessor.
    /// Concurrent merges into one store lose and duplicate nothing; a
    /// transient conflict between them is retried, never reported. Throws
    /// only when nothing of the batch was stored.
    func merge(_ batch: [ScoredSubmission], as principal: Principal) async throws(ServiceError) -> [MergeOutcome]

    func submission(id: String) async throws(ServiceError) -> Submission?

    /// Stored submissions matching the filter, by subject (byte order),
    /// then `updated`, then id.
    func submissions(_ filter: SubmissionFilter) async throws(ServiceError) -> [Submission]

    /// Subjects that have a submission (of `template`, when given), by id:
    /// those a report batch covers.
    func subjectsWithSubmissions(template: String?) async throws(ServiceError) -> [String]

    /// Submissions of template `id` made with another version than `version`.
    func countSubmissions(template id: String, otherThan version: String) async throws(ServiceError) -> Int
}

/// Which submissions to list; nil matches any.
public struct SubmissionFilter: Sendable, Hashable {
    public var subject: String?
    public var status: Submission.Status?
    public var template: String?

    public init(subject: String? = nil, status: Submission.Status? = nil, template: String? = nil) {
        self.subject = subject
        self.status = status
        self.template = template
    }
}
