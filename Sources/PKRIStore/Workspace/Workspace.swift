import Foundation
import GRDB
import PKRICore

/// A workspace: one SQLite file (WAL mode) that an assessor's laptop, a
/// regional hub or the ministry keeps, with an evidence folder beside it.
///
/// ```swift
/// let ws = try Workspace.create(at: "pkri.sqlite")
/// try ws.addTemplate(contentsOf: "templates/pkri-keberlanjutan.xml")
/// ```
///
/// Several processes may open one workspace at once: writes wait for each
/// other (busy timeout) instead of failing. A workspace that cannot be
/// written (an archived copy on a read-only medium, an immutable file) is
/// opened read-only: everything reads, every write says
/// ``WorkspaceError/readOnly(_:)``.
public final class Workspace: Sendable {
    public let path: String
    /// Where evidence files are kept, named by their SHA-256.
    public let evidenceDirectory: String
    /// The evidence files (``EvidenceFolder``).
    public let evidence: EvidenceFolder
    /// Whether this workspace was opened read-only (it cannot be written).
    public let isReadOnly: Bool
    let pool: DatabasePool
    let templates = TemplateCache()

    /// The default file name in the current folder.
    public static let defaultPath = "pkri.sqlite"

    /// `--db`, then `PKRI_DB`, then `./pkri.sqlite`.
    public static func resolvePath(_ explicit: String?,
                                   environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        explicit ?? environment["PKRI_DB"] ?? defaultPath
    }

    /// Creates a new workspace; refuses to touch an existing file. The only
    /// way a file becomes a workspace.
    public static func create(at path: String) throws(WorkspaceError) -> Workspace {
        var info = stat()
        guard lstat(path, &info) != 0 else { throw .alreadyExists(path) }
        return try Workspace(path: path, readOnly: false)
    }

    /// Opens an existing workspace, read-only when it cannot be written.
    /// A file that is not a workspace is refused and left untouched.
    /// `writing`: the caller means to store something, so a read-only
    /// workspace is refused at once.
    public static func open(at path: String, writing: Bool = false) throws(WorkspaceError) -> Workspace {
        try WorkspaceFile.check(path)
        let writable = WorkspaceFile.isWritable(path)
        guard writable || !writing else { throw .readOnly(path) }
        let workspace = try Workspace(path: path, readOnly: !writable)
        // SQLite may find it cannot write after all.
        guard !(writing && workspace.isReadOnly) else { throw .readOnly(path) }
        return workspace
    }

    /// The evidence folder beside a workspace file: `NAME-bukti`.
    static func evidenceDirectory(for path: String) -> String {
        (path as NSString).deletingPathExtension + "-bukti"
    }

    private init(path: String, readOnly: Bool) throws(WorkspaceError) {
        self.path = path
        self.evidenceDirectory = Self.evidenceDirectory(for: path)
        self.evidence = EvidenceFolder(root: evidenceDirectory)
        var opened: (DatabasePool, Bool)
        do {
            opened = readOnly ? (try Self.openReadOnly(path), true) : try Self.openWritable(path)
        } catch let e as WorkspaceError {
            throw e
        } catch {
            throw .database(path, "\(error)")
        }
        (pool, isReadOnly) = opened
    }

    /// Opens for writing and brings the schema up to date; falls back to
    /// read-only when SQLite finds it cannot write after all.
    private static func openWritable(_ path: String) throws -> (DatabasePool, Bool) {
        var config = Configuration()
        // Another assessor or an import may hold the write lock for a while.
        config.busyMode = .timeout(60)
        config.foreignKeysEnabled = true
        let pool: DatabasePool
        let stamped: Bool
        do {
            pool = try DatabasePool(path: path, configuration: config)
            stamped = try pool.read { db in try Int64.fetchOne(db, sql: "PRAGMA application_id") } == Int64(WorkspaceFile.applicationID)
            do {
                try Migrations.migrator.migrate(pool)
            } catch {
                // Several processes opening a workspace that a newer pkri
                // must migrate race to apply the same migration; the losers
                // fail, and on a second look find nothing left to do.
                try Migrations.migrator.migrate(pool)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY {
            return (try openReadOnly(path), true)
        }
        // Temporary evidence files whose writer is gone; the first time this
        // pkri writes a workspace made before it, also those that earlier
        // versions left beside the kept files.
        EvidenceFolder(root: evidenceDirectory(for: path)).sweepTemporaries(legacyLayout: !stamped)
        return (pool, false)
    }

    /// Opens without ever writing. SQLite reads a WAL database read-only
    /// only where it can make the `-shm` file beside it; on a read-only
    /// medium, with no log beside it, the file is opened immutable.
    private static func openReadOnly(_ path: String) throws -> DatabasePool {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(60)
        var pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try pool.read { db in _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) {
            // No -shm file and no way to make one (CANTOPEN, or READONLY_CANTINIT
            // where the file is readable but its folder is not writable).
            var info = stat()
            if stat(path + "-wal", &info) == 0, info.st_size > 0 { throw WorkspaceError.readOnlyUnmergedLog(path) }
            pool = try DatabasePool(path: WorkspaceFile.immutableURI(path), configuration: config)
        }
        // Reading needs every table; only the id stamp may be missing.
        let missing = try pool.read { db in
            Set(Migrations.migrator.migrations).subtracting(try Migrations.migrator.appliedIdentifiers(db))
        }
        guard missing.isSubset(of: [Migrations.applicationIDMigration]) else { throw WorkspaceError.readOnlyOutdated(path) }
        return pool
    }

    /// Closes the connections, readers first, so that the writer closes
    /// last and folds the log (`-wal`) into the file: a workspace file
    /// copied once its process is done holds everything. (Closed in any
    /// other order, or not at all before the process exits, the log may
    /// stay beside it holding the latest changes.) Nothing may use the
    /// workspace afterwards.
    public func close() {
        pool.releaseMemory()
        try? pool.close()
    }

    /// Runs a read; maps database failures to ``WorkspaceError``.
    func read<T>(_ body: (Database) throws -> T) throws(WorkspaceError) -> T {
        do { return try pool.read(body) } catch let e as WorkspaceError { throw e } catch {
            throw .database(path, "\(error)")
        }
    }

    /// Runs one write transaction: all of it is stored, or none.
    func write<T>(_ body: (Database) throws -> T) throws(WorkspaceError) -> T {
        guard !isReadOnly else { throw .readOnly(path) }
        do { return try pool.write(body) } catch let e as WorkspaceError { throw e } catch let e as DatabaseError
            where e.resultCode == .SQLITE_READONLY {
            throw .readOnly(path)
        } catch {
            throw .database(path, "\(error)")
        }
    }
}
