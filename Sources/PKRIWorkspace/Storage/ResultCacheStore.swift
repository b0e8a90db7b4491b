import Foundation
import PKRICore

/// The combined-result cache: each registered subject's final results of
/// one template text, so that results, aggregates and rankings read one row
/// per subject and index instead of joining every assessor again. The
/// rules (``Combiner``) stay with the caller; the store keeps rows fresh:
/// any write to a subject's submissions or scores drops its rows in the
/// same transaction, so a row that exists is never stale.
public protocol ResultCacheStore: Sendable {
    /// Computes and stores the rows of every registered subject of `kind`
    /// (or only `subject`) that has none under `key`: `combine` gets the
    /// subject's submissions of the key's template version. Writers wait
    /// meanwhile, so no change slips between reading and storing. Filling
    /// every subject marks the key complete. Returns how many subjects were
    /// computed (0 when all were cached).
    func fillResults(_ key: ResultKey, kind: Template.Subject, subject: String?,
                     combine: @Sendable (String, [ScoredEntry]) -> [SubjectResult]) async throws(ServiceError) -> Int

    /// Whether every registered subject of the key's kind has rows under it.
    func resultsComplete(_ key: ResultKey) async throws(ServiceError) -> Bool

    /// Every registered subject of `kind` (or only `subject`) in id byte
    /// order, with its cached results of `indices` (all when nil) under
    /// `key`, or nil when it has none (a writer dropped them since the fill).
    func forEachResult(_ key: ResultKey, kind: Template.Subject, subject: String?, indices: Set<String>?,
                       _ body: (RegisteredSubject, [SubjectResult]?) throws -> Void) async throws(ServiceError)

    /// One subject's submissions of the key's template version, as a fill passes them to `combine`.
    func scoredEntries(_ key: ResultKey, subject: String) async throws(ServiceError) -> [ScoredEntry]
}

/// Which cached results: a template version and the identity of the text
/// that computes them. A stored template's identity is its SHA-256; a
/// template derived in memory (a what-if) has one of its own, so it never
/// reads or writes the real template's rows.
public struct ResultKey: Sendable, Hashable {
    public var template: String
    public var version: String
    public var identity: String

    public init(template: String, version: String, identity: String) {
        self.template = template
        self.version = version
        self.identity = identity
    }
}

/// One submission as combining assessors needs it.
public struct ScoredEntry: Sendable, Hashable {
    public var submission: String
    public var assessor: String
    public var role: Submission.Role
    public var status: Submission.Status
    public var updated: String
    /// Index values by index id, when they were computed with the key's
    /// identity; nil otherwise: score ``answers`` again.
    public var values: [String: Decimal?]?
    /// The answers, given only when ``values`` is nil.
    public var answers: [Answer]?

    public init(submission: String, assessor: String, role: Submission.Role, status: Submission.Status,
                updated: String, values: [String: Decimal?]?, answers: [Answer]?) {
        self.submission = submission
        self.assessor = assessor
        self.role = role
        self.status = status
        self.updated = updated
        self.values = values
        self.answers = answers
    }

    /// This entry as one assessor's value of an index.
    public func assessorValue(_ value: Decimal?) -> AssessorValue {
        AssessorValue(submission: submission, assessor: assessor, role: role, status: status, updated: updated, value: value)
    }
}

/// A registered subject as grouping needs it.
public struct RegisteredSubject: Sendable, Hashable {
    public var id: String
    /// The innovation's agency; for agency templates, the subject itself.
    public var agency: String
    public var kippYear: Int?
    public var kippAward: String?

    public init(id: String, agency: String, kippYear: Int?, kippAward: String?) {
        self.id = id
        self.agency = agency
        self.kippYear = kippYear
        self.kippAward = kippAward
    }
}
