/// What the assessment engine needs from where work is kept: templates,
/// submissions and the audit log. The workspace (PKRIStore, SQLite) is the
/// implementation pkri ships.
public protocol AssessmentStore: Sendable {
    /// The template with this id; the latest added version when `version` is nil.
    func template(id: String, version: String?) throws -> Template
    func submission(id: String) throws -> Submission?
    /// Stores a submission (new or changed) in one transaction and appends
    /// to the audit log every change against the stored version.
    func save(_ submission: Submission, actor: String) throws
}

/// One line of the audit log: who changed what, when, from what to what.
public struct AuditEntry: Codable, Hashable, Sendable {
    public enum Field: String, Codable, Sendable {
        case created, status, answer, evidence, note
    }

    public var seq: Int64?
    /// ISO 8601 UTC.
    public var at: String
    public var actor: String
    public var submission: String
    public var subject: String
    public var question: String?
    public var field: Field
    public var old: String?
    public var new: String?

    public init(seq: Int64? = nil, at: String, actor: String, submission: String, subject: String,
                question: String? = nil, field: Field, old: String?, new: String?) {
        self.seq = seq
        self.at = at
        self.actor = actor
        self.submission = submission
        self.subject = subject
        self.question = question
        self.field = field
        self.old = old
        self.new = new
    }
}
