import Foundation
import GRDB
import PKRIWorkspace

/// The SQLite workspace as a ``WorkspaceStore``: the same protocols the
/// PostgreSQL store implements, so services and the contract tests run on
/// either. A view of a ``Workspace`` (its file and evidence folder); GRDB's
/// async reads and writes run on GRDB's own queues, never on the caller's
/// threads.
///
/// ```swift
/// let store = try SQLiteStore.create(at: "hub.sqlite")
/// let outcomes = try await store.merge(batch, as: .localUser())
/// ```
public struct SQLiteStore: WorkspaceStore {
    public let workspace: Workspace

    public init(_ workspace: Workspace) {
        self.workspace = workspace
    }

    /// A new workspace file; an existing file is never touched.
    public static func create(at path: String) throws(ServiceError) -> SQLiteStore {
        do { return SQLiteStore(try Workspace.create(at: path)) } catch { throw error.serviceError }
    }

    /// An existing workspace file.
    public static func open(at path: String) throws(ServiceError) -> SQLiteStore {
        do { return SQLiteStore(try Workspace.open(at: path)) } catch { throw error.serviceError }
    }

    public var location: String { workspace.path }
    var path: String { workspace.path }
    var pool: DatabasePool { workspace.pool }

    /// Nothing to release: the database closes when the last reference goes.
    public func close() async {}

    /// A read on GRDB's reader queue; failures as ``ServiceError``.
    func asyncRead<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(ServiceError) -> T {
        do { return try await pool.read(body) } catch { throw serviceError(error) }
    }

    /// One write transaction on GRDB's writer queue; failures as ``ServiceError``.
    func asyncWrite<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(ServiceError) -> T {
        do { return try await pool.write(body) } catch { throw serviceError(error) }
    }

    func serviceError(_ error: any Error) -> ServiceError {
        if let e = error as? ServiceError { return e }
        if let e = error as? WorkspaceError { return e.serviceError }
        return .storage(location: path, detail: "\(error)")
    }
}

extension WorkspaceError {
    /// The same failure with its stable code.
    var serviceError: ServiceError {
        switch self {
        case .missing(let p): .workspaceMissing(location: p)
        case .alreadyExists(let p): .workspaceExists(location: p)
        case .database(let p, let m): .storage(location: p, detail: m)
        case .invalid(let d): .invalid(d)
        case .notFound(_, let id): .notFound(.subject, id: id)
        case .notAWorkspace(let p, _): .notAWorkspace(location: p)
        case .readOnly(let p), .readOnlyOutdated(let p), .readOnlyUnmergedLog(let p): .workspaceReadOnly(location: p)
        case .evidence(let name, .tooLarge(_, let limit)): .evidenceTooLarge(name: name, limit: Int(limit))
        case .evidence(let name, let problem): .evidenceUnusable(name: name, detail: "\(problem)")
        }
    }
}
