import PKRICore

/// What merging one document of a batch did.
public enum MergeOutcome: Sendable, Hashable {
    /// The id was not stored: the document is stored with a `created` entry.
    case new
    /// A later version replaced the stored one; how many audit entries it wrote.
    case updated(changes: Int)
    /// Stored already with the same content.
    case unchanged
    /// Stored with other content that this document may not replace: nothing written.
    case conflict(MergeConflict)
    /// The store refused this document (its other documents stand): nothing written.
    case failed(ServiceError)
}

/// Why a document may not replace the stored version of its id.
public enum MergeConflict: Sendable, Hashable {
    /// The id belongs to another assessor, subject, template or role.
    case ownedByAnother(stored: SubmissionOwner, incoming: SubmissionOwner)
    /// The document's `updated` is not later than the stored version's.
    case notLater(stored: SubmissionStamp, incoming: SubmissionStamp)
}

/// Whose a submission is: what a later version may not change.
public struct SubmissionOwner: Sendable, Hashable {
    public var assessor: String
    public var subject: String
    public var template: String
    public var role: Submission.Role

    public init(_ s: Submission) {
        assessor = s.assessor
        subject = s.subject
        template = s.template
        role = s.role
    }
}

/// When and by whom a version was last updated.
public struct SubmissionStamp: Sendable, Hashable {
    public var updated: String
    public var assessor: String

    public init(_ s: Submission) {
        updated = s.updated
        assessor = s.assessor
    }
}
