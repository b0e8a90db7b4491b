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

    /// The columns, written by hand: GRDB's Codable path encodes `answers`
    /// with Foundation's JSONEncoder, which was a third of an import's time.
    /// The JSON is the same shape, so the Codable decoder reads it back.
    public func encode(to container: inout PersistenceContainer) throws {
        for (column, value) in columns { container[column] = value }
    }

    private var columns: KeyValuePairs<String, (any DatabaseValueConvertible)?> {
        ["id": id, "template": template, "templateVersion": templateVersion, "subject": subject,
         "assessor": assessor, "role": role.rawValue, "stage": stage, "status": status.rawValue,
         "created": created, "updated": updated, "answers": Answer.storedJSON(answers)]
    }

    /// `insert(db)` through one cached statement: GRDB's record methods
    /// build their SQL anew each call.
    func insertCached(_ db: Database) throws {
        let columns = self.columns
        let names = columns.map(\.key).joined(separator: ", ")
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        try db.cachedStatement(sql: "INSERT INTO submission (\(names)) VALUES (\(marks))")
            .execute(arguments: StatementArguments(columns.map { $0.value?.databaseValue ?? .null }))
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
