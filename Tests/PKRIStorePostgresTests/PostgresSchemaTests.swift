import Foundation
@testable import PKRIStorePostgres
import PKRITestSupport
import PKRIWorkspace
import Testing

/// `init` and opening a PostgreSQL workspace: what is refused, what two
/// processes starting at once do, and what a server's locale cannot change.
@Suite struct PostgresSchemaTests {
    @Test func initCreatesTheSchemaInAnEmptyDatabaseAndOpenFindsIt() async throws {
        let url = try TestPostgres.freshDatabase()
        let store = try await PostgresStore.create(url)
        await store.close()
        let again = try await PostgresStore.open(url)
        #expect(try await again.templates().isEmpty)
        await again.close()
    }

    @Test func initRefusesADatabaseWithOtherTablesAndNamesThem() async throws {
        let url = try TestPostgres.freshDatabase()
        let database = TestPostgres.database(of: url)
        try TestPostgres.psql("CREATE TABLE payroll (x int); CREATE SCHEMA hr; CREATE TABLE hr.staff (y int)", database: database)
        await #expect {
            _ = try await PostgresStore.create(url)
        } throws: { error in
            (error as? ServiceError) == .databaseNotEmpty(location: try! PostgresSettings(url).displayURL, tables: ["hr.staff", "payroll"])
        }
        // Nothing of pkri's was left behind.
        await #expect(throws: ServiceError.notAWorkspace(location: try PostgresSettings(url).displayURL)) {
            _ = try await PostgresStore.open(url)
        }
    }

    @Test func initRefusesAnExistingWorkspaceAndOpenRefusesAnEmptyDatabase() async throws {
        let url = try TestPostgres.freshDatabase()
        let shown = try PostgresSettings(url).displayURL
        await #expect(throws: ServiceError.workspaceMissing(location: shown)) { _ = try await PostgresStore.open(url) }
        try await PostgresStore.create(url).close()
        await #expect(throws: ServiceError.workspaceExists(location: shown)) { _ = try await PostgresStore.create(url) }
    }

    @Test func aWorkspaceFromANewerPkriIsRefused() async throws {
        let url = try TestPostgres.freshDatabase()
        try await PostgresStore.create(url).close()
        let database = TestPostgres.database(of: url)
        try TestPostgres.psql("INSERT INTO pkri_migrations (name) VALUES ('9999-from-the-future')", database: database)
        await #expect(throws: ServiceError.workspaceTooNew(location: try PostgresSettings(url).displayURL,
                                                          unknownMigrations: ["9999-from-the-future"])) {
            _ = try await PostgresStore.open(url)
        }
    }

    /// Several pkri processes starting at once on a workspace an older pkri
    /// left (two migrations missing): every one opens it, and each
    /// migration is applied once. Each store here has its own connections,
    /// as separate processes would.
    @Test func concurrentOpensApplyEachMigrationOnce() async throws {
        let url = try TestPostgres.freshDatabase()
        try await PostgresStore.create(url).close()
        let database = TestPostgres.database(of: url)
        try TestPostgres.psql("""
            DROP TABLE evidence_chunk; DROP TABLE evidence_file;
            DROP TABLE result_complete; DROP TABLE result CASCADE;
            DROP FUNCTION pkri_result_stale_submission CASCADE; DROP FUNCTION pkri_result_stale_score CASCADE;
            DROP FUNCTION pkri_result_incomplete CASCADE;
            DELETE FROM pkri_migrations WHERE name IN ('0005-result-cache', '0006-evidence');
            """, database: database)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<6 { group.addTask { try await PostgresStore.open(url).close() } }
            try await group.waitForAll()
        }
        let store = try await PostgresStore.open(url)
        defer { Task { await store.close() } }
        let applied = try await store.connection { c in
            try await c.query("SELECT name FROM pkri_migrations ORDER BY name", logger: store.logger).decode(String.self).all()
        }
        #expect(applied == PostgresMigrations.all.map(\.name))
    }

    /// Two `init`s at once: one creates the workspace, the other is told it exists.
    @Test func concurrentInitsCreateOnce() async throws {
        let url = try TestPostgres.freshDatabase()
        let outcomes = await withTaskGroup(of: String.self) { group in
            for _ in 0..<2 {
                group.addTask {
                    do { try await PostgresStore.create(url).close(); return "created" } catch { return "\(error)" }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.sorted() == ["created", "\(ServiceError.workspaceExists(location: try PostgresSettings(url).displayURL))"])
    }

    @Test func aServerThatIsNotThereIsUnreachable() async throws {
        await #expect {
            _ = try await PostgresStore.open("postgresql://postgres@127.0.0.1:1/pkri?sslmode=disable&connect_timeout=2")
        } throws: { error in
            (error as? ServiceError)?.code == .unreachable
        }
    }
}
