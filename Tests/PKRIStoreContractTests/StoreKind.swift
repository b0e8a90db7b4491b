import Foundation
import PKRIStore
import PKRIStorePostgres
import PKRITestSupport
import PKRIWorkspace
import Testing

/// The stores the contract runs against. Each case's name appears in the
/// test's arguments, and each store says where it is when made, so a run
/// shows which store every case used.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }

    /// A new, empty workspace of this kind.
    func makeStore() async throws -> ContractStore {
        switch self {
        case .sqlite:
            let folder = NSTemporaryDirectory() + "pkri-contract-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            TemporaryFolders.removeAtExit(folder)
            let path = folder + "/ws.sqlite"
            return try ContractStore(self, SQLiteStore.create(at: path)) { try SQLiteStore.open(at: path) }
        case .postgres:
            let url = try TestPostgres.freshDatabase()
            return try await ContractStore(self, PostgresStore.create(url)) { try await PostgresStore.open(url) }
        }
    }
}

/// A workspace under test, and a way to open it again with connections of
/// its own (as another process would).
struct ContractStore: Sendable {
    let kind: StoreKind
    let store: any WorkspaceStore
    let reopen: @Sendable () async throws -> any WorkspaceStore

    init(_ kind: StoreKind, _ store: any WorkspaceStore, reopen: @escaping @Sendable () async throws -> any WorkspaceStore) {
        self.kind = kind
        self.store = store
        self.reopen = reopen
        print("contract store: \(kind.testDescription) at \(store.location)")
    }
}

/// Folders of SQLite workspaces made by the contract cases, removed when
/// the test process exits (PostgreSQL's go with the throwaway cluster).
enum TemporaryFolders {
    nonisolated(unsafe) private static var folders: [String] = []
    private static let lock = NSLock()
    nonisolated(unsafe) private static var registered = false

    static func removeAtExit(_ folder: String) {
        lock.withLock {
            folders.append(folder)
            if !registered {
                registered = true
                atexit { TemporaryFolders.removeAll() }
            }
        }
    }

    private static func removeAll() {
        for f in lock.withLock({ folders }) { try? FileManager.default.removeItem(atPath: f) }
    }
}
