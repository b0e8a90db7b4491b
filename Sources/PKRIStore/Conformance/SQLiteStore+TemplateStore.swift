import Foundation
import GRDB
import PKRIWorkspace

extension SQLiteStore {
    public func addTemplate(_ record: TemplateRecord) async throws(ServiceError) -> TemplateAddOutcome {
        try await asyncWrite { db in
            if let existing = try StoredTemplate.fetchOne(db, key: ["id": record.id, "version": record.version]) {
                guard existing.sha256 == record.sha256 else {
                    throw ServiceError.templateVersionTaken(id: record.id, version: record.version, storedSHA256: existing.sha256)
                }
                return .unchanged
            }
            try StoredTemplate(id: record.id, version: record.version, sha256: record.sha256, xml: Data(record.xml),
                               addedAt: record.addedAt).insert(db)
            return .added
        }
    }

    public func templates() async throws(ServiceError) -> [TemplateRecord] {
        try await asyncRead { db in
            try Row.fetchAll(db, sql: "SELECT id, version, sha256, addedAt FROM template ORDER BY id, addedAt DESC, rowid DESC")
                .map { TemplateRecord(id: $0[0], version: $0[1], sha256: $0[2], addedAt: $0[3], xml: []) }
        }
    }

    public func template(_ reference: TemplateReference) async throws(ServiceError) -> TemplateRecord? {
        try await asyncRead { db in
            var request = StoredTemplate.filter(Column("id") == reference.id)
            if let version = reference.version { request = request.filter(Column("version") == version) }
            return try request.order(Column("addedAt").desc, Column("rowid").desc).fetchOne(db).map {
                TemplateRecord(id: $0.id, version: $0.version, sha256: $0.sha256, addedAt: $0.addedAt, xml: [UInt8]($0.xml))
            }
        }
    }
}
