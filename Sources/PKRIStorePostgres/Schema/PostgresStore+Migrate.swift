import PKRIWorkspace
import PostgresNIO

extension PostgresStore {
    /// The advisory lock every pkri process takes to migrate: two starting
    /// at once apply each migration once, one after the other.
    static let migrationLock: Int64 = 0x706b_7269_6d69_6772   // "pkrimigr"

    /// Applies the migrations this pkri knows and the database lacks, under
    /// the advisory lock, in one transaction. `creating`: the database must
    /// hold no table at all (`init`); otherwise it must be a pkri workspace.
    func migrate(creating: Bool) async throws(ServiceError) {
        let location = self.location
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: settings.connectionConfiguration(), id: 0, logger: logger)
        } catch {
            throw mapped(error)
        }
        do {
            try await connection.query("BEGIN", logger: logger)
            try await migrate(creating: creating, location: location, connection)
            try await connection.query("COMMIT", logger: logger)
            try? await connection.close()
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            try? await connection.close()
            throw mapped(error)
        }
    }

    private func migrate(creating: Bool, location: String, _ connection: PostgresConnection) async throws {
        try await connection.query("SELECT pg_advisory_xact_lock(\(Self.migrationLock))", logger: logger)
        let tables = try await Self.userTables(connection, logger: logger)
        let isWorkspace = tables.contains(PostgresMigrations.ledger)
        let foreign = tables.filter { !PostgresMigrations.tables.contains($0) }
        if creating {
            guard foreign.isEmpty else { throw ServiceError.databaseNotEmpty(location: location, tables: foreign) }
            guard !isWorkspace else { throw ServiceError.workspaceExists(location: location) }
            try await connection.query("""
                CREATE TABLE pkri_migrations (name text COLLATE "C" PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
        } else if !isWorkspace {
            throw tables.isEmpty ? ServiceError.workspaceMissing(location: location) : ServiceError.notAWorkspace(location: location)
        }
        var applied = Set<String>()
        for try await name in try await connection.query("SELECT name FROM pkri_migrations", logger: logger).decode(String.self) {
            applied.insert(name)
        }
        let known = Set(PostgresMigrations.all.map(\.name))
        let unknown = applied.subtracting(known).sorted()
        guard unknown.isEmpty else { throw ServiceError.workspaceTooNew(location: location, unknownMigrations: unknown) }
        for migration in PostgresMigrations.all where !applied.contains(migration.name) {
            for statement in SQLStatements.split(migration.sql) {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            try await connection.query("INSERT INTO pkri_migrations (name) VALUES (\(migration.name))", logger: logger)
        }
    }

    /// Ordinary tables of every schema but the system's, schema-qualified
    /// unless in `public`, in byte order.
    static func userTables(_ connection: PostgresConnection, logger: Logger) async throws -> [String] {
        let rows = try await connection.query("""
            SELECT CASE WHEN table_schema = 'public' THEN table_name ELSE table_schema || '.' || table_name END COLLATE "C" AS t
            FROM information_schema.tables
            WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg\\_%'
            ORDER BY t
            """, logger: logger)
        var out: [String] = []
        for try await t in rows.decode(String.self) { out.append(t) }
        return out
    }
}
