import Foundation
import Logging
import PKRICore
import PKRIWorkspace
import PostgresNIO

/// A workspace in a PostgreSQL database: the national store that many hubs,
/// a server and a dashboard share. Everything SQL stays in this module.
///
/// ```swift
/// let store = try await PostgresStore.create("postgresql://pkri@127.0.0.1/pkri")
/// defer { Task { await store.close() } }
/// ```
///
/// Concurrency: every call leases a connection from a small pool; writes
/// run in transactions that are retried on serialization failures and
/// deadlocks, which a caller never sees.
public final class PostgresStore: WorkspaceStore {
    public let location: String
    let settings: PostgresSettings
    let client: PostgresClient
    private let runner: Task<Void, Never>
    let logger = Logger(label: "pkri.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Creates pkri's schema in an empty database. Refuses a database that
    /// holds other tables (naming them) or is a pkri workspace already.
    public static func create(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        async throws(ServiceError) -> PostgresStore {
        let store = try PostgresStore(settings: PostgresSettings(url, environment: environment))
        do {
            try await store.migrate(creating: true)
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    /// Opens a pkri workspace, bringing its schema up to date. Refuses a
    /// database that is not one.
    public static func open(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        async throws(ServiceError) -> PostgresStore {
        let store = try PostgresStore(settings: PostgresSettings(url, environment: environment))
        do {
            try await store.migrate(creating: false)
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    init(settings: PostgresSettings) {
        self.settings = settings
        self.location = settings.displayURL
        let client = PostgresClient(configuration: settings.clientConfiguration())
        self.client = client
        runner = Task { await client.run() }
    }

    public func close() async {
        runner.cancel()
        await runner.value
    }

    deinit { runner.cancel() }
}
