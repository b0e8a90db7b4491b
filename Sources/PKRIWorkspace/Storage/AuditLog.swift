import PKRICore

/// The append-only log of every change to a submission: written in the
/// transaction of the change (``SubmissionStore/merge(_:as:)``), never
/// rewritten.
public protocol AuditLog: Sendable {
    /// A subject's entries, oldest first.
    func history(subject: String) async throws(ServiceError) -> [AuditRecord]
}

/// One audit entry and who acted through pkri (nil for entries recorded
/// before principals were).
public struct AuditRecord: Sendable, Hashable {
    public var entry: AuditEntry
    public var principal: Principal?

    public init(_ entry: AuditEntry, principal: Principal?) {
        self.entry = entry
        self.principal = principal
    }
}
