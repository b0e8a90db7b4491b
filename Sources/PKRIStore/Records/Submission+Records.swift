import Foundation
import GRDB
import PKRICore

extension Submission: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "submission"

    public enum Columns {
        public static let id = Column("id")
        public static let template = Column("template")
        public static let templateVersion = Column("templateVersion")
        public static let subject = Column("subject")
        public static let status = Column("status")
        public static let updated = Column("updated")
    }
}

extension AuditEntry: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "audit"

    public mutating func didInsert(_ inserted: InsertionSuccess) { seq = inserted.rowID }
}

/// A template as the workspace keeps it: the exact XML, its hash and version.
public struct StoredTemplate: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "template"

    public var id: String
    public var version: String
    public var sha256: String
    /// The exact bytes added (a BLOB).
    public var xml: Data
    /// When it was added (ISO 8601 UTC); the latest is the default version.
    public var addedAt: String
}

/// An evidence file kept in the workspace's evidence folder under its hash.
struct EvidenceFile: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "evidenceFile"

    var sha256: String
    var name: String
    var size: Int
    var storedAt: String
}
