/// What the assessment engine needs from where work is kept: templates,
/// submissions and the audit log. The workspace (PKRIStore, SQLite) is the
/// implementation pkri ships.
public protocol AssessmentStore: Sendable {
    /// The template with this id; the latest added version when `version` is nil.
    func template(id: String, version: String?) throws -> Template
    func submission(id: String) throws -> Submission?
    /// Commits one change of an assessor's session in one transaction by
    /// the rule of ``SubmissionChange/apply(to:session:at:template:)``:
    /// against the stored `session.id` (or the same assessment another
    /// session started meanwhile; else `session`, created), storing the
    /// result and appending its changes to the audit log only when it
    /// applies. There is no way to write a whole answer set back: that
    /// would lose what another session changed meanwhile.
    func commit(_ change: SubmissionChange, to session: Submission, actor: String, at time: String) throws -> SubmissionCommit
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
