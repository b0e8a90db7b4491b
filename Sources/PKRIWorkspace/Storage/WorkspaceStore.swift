/// Everything a workspace keeps, whatever keeps it: the SQLite file of one
/// laptop or hub, or the national PostgreSQL database. Services take a
/// `WorkspaceStore` and never see SQL.
public protocol WorkspaceStore: TemplateStore, RegistryStore, SubmissionStore, ResultCacheStore, AuditLog, EvidenceStore {
    /// Where the store is, safe to show (never a password).
    var location: String { get }
    /// Releases connections; the store is not used afterwards.
    func close() async
}
