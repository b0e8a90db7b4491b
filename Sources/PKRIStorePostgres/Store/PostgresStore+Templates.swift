import NIOCore
import PKRICore
import PKRIWorkspace
import PostgresNIO

extension PostgresStore {
    public func addTemplate(_ record: TemplateRecord) async throws(ServiceError) -> TemplateAddOutcome {
        try await transaction { c in
            let inserted = try await c.query("""
                INSERT INTO template (id, version, sha256, xml, added_at)
                VALUES (\(record.id), \(record.version), \(record.sha256), \(ByteBuffer(bytes: record.xml)), \(record.addedAt))
                ON CONFLICT (id, version) DO NOTHING RETURNING 1
                """, logger: logger).all().count == 1
            if inserted { return .added }
            let stored = try await c.query("SELECT sha256 FROM template WHERE id = \(record.id) AND version = \(record.version)",
                                           logger: logger).decode(String.self).all().first ?? ""
            guard stored == record.sha256 else {
                throw ServiceError.templateVersionTaken(id: record.id, version: record.version, storedSHA256: stored)
            }
            return .unchanged
        }
    }

    public func templates() async throws(ServiceError) -> [TemplateRecord] {
        try await connection { c in
            try await c.query("SELECT id, version, sha256, added_at FROM template ORDER BY id, added_at DESC, seq DESC",
                              logger: logger)
                .decode((String, String, String, String).self).all()
                .map { TemplateRecord(id: $0, version: $1, sha256: $2, addedAt: $3, xml: []) }
        }
    }

    public func template(_ reference: TemplateReference) async throws(ServiceError) -> TemplateRecord? {
        try await connection { c in
            let rows: PostgresRowSequence
            if let version = reference.version {
                rows = try await c.query("""
                    SELECT id, version, sha256, added_at, xml FROM template WHERE id = \(reference.id) AND version = \(version)
                    """, logger: logger)
            } else {
                rows = try await c.query("""
                    SELECT id, version, sha256, added_at, xml FROM template WHERE id = \(reference.id)
                    ORDER BY added_at DESC, seq DESC LIMIT 1
                    """, logger: logger)
            }
            return try await rows.decode((String, String, String, String, ByteBuffer).self).all().first.map {
                TemplateRecord(id: $0, version: $1, sha256: $2, addedAt: $3, xml: Array($4.readableBytesView))
            }
        }
    }
}
