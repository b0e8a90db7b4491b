import PKRICore

/// The merge rules of pkri, once for every store: a store reads the stored
/// version of an id inside its transaction, asks ``decide(stored:incoming:)``
/// and writes what it says.
///
/// - Same id and same content: unchanged.
/// - Same id, other assessor, subject, template or role: a conflict.
/// - Same id, a strictly later `updated`: replaces it; each change is audited.
/// - Otherwise (not later, or a time that cannot be read): a conflict.
public enum MergeRule {
    /// What to write for one incoming document.
    public enum Decision: Sendable, Hashable {
        /// Insert it, with these audit entries (one `created`).
        case insert([AuditEntry])
        /// Replace the stored version, with these audit entries.
        case replace([AuditEntry])
        case unchanged
        case conflict(MergeConflict)

        /// The outcome a caller reports once the decision is written.
        public var outcome: MergeOutcome {
            switch self {
            case .insert: .new
            case .replace(let entries): .updated(changes: entries.count)
            case .unchanged: .unchanged
            case .conflict(let c): .conflict(c)
            }
        }
    }

    public static func decide(stored: Submission?, incoming: Submission) -> Decision {
        guard let stored else {
            return .insert(incoming.changes(from: nil, actor: incoming.assessor, at: incoming.updated))
        }
        if stored.sameContent(as: incoming) { return .unchanged }
        if stored.subject != incoming.subject || stored.template != incoming.template
            || stored.role != incoming.role || stored.assessor != incoming.assessor {
            return .conflict(.ownedByAnother(stored: SubmissionOwner(stored), incoming: SubmissionOwner(incoming)))
        }
        guard let new = Timestamp(incoming.updated), let old = Timestamp(stored.updated), new > old else {
            return .conflict(.notLater(stored: SubmissionStamp(stored), incoming: SubmissionStamp(incoming)))
        }
        return .replace(incoming.changes(from: stored, actor: incoming.assessor, at: incoming.updated))
    }
}
