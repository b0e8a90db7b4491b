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
/// other (busy timeout) instead of failing.
public final class Workspace: Sendable {
    public let path: String
    /// Where evidence files are kept, named by their SHA-256.
    public let evidenceDirectory: String
    let pool: DatabasePool
    let templates = TemplateCache()

    /// The default file name in the current folder.
    public static let defaultPath = "pkri.sqlite"

    /// `--db`, then `PKRI_DB`, then `./pkri.sqlite`.
    public static func resolvePath(_ explicit: String?,
                                   environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        explicit ?? environment["PKRI_DB"] ?? defaultPath
    }

    /// Creates a new workspace; refuses to touch an existing file.
    public static func create(at path: String) throws(WorkspaceError) -> Workspace {
        guard !FileManager.default.fileExists(atPath: path) else { throw .alreadyExists(path) }
        return try Workspace(path: path)
    }

    /// Opens an existing workspace.
    public static func open(at path: String) throws(WorkspaceError) -> Workspace {
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path) }
        return try Workspace(path: path)
    }

    private init(path: String) throws(WorkspaceError) {
        self.path = path
        self.evidenceDirectory = (path as NSString).deletingPathExtension + "-bukti"
        var config = Configuration()
        // Another assessor or an import may hold the write lock for a while.
        config.busyMode = .timeout(60)
        config.foreignKeysEnabled = true
        do {
            pool = try DatabasePool(path: path, configuration: config)
            do {
                try Migrations.migrator.migrate(pool)
            } catch {
                // Several processes opening a workspace that a newer pkri
                // must migrate race to apply the same migration; the losers
                // fail, and on a second look find nothing left to do.
                try Migrations.migrator.migrate(pool)
            }
        } catch {
            throw .database(path, "\(error)")
        }
    }

    /// Runs a read; maps database failures to ``WorkspaceError``.
    func read<T>(_ body: (Database) throws -> T) throws(WorkspaceError) -> T {
        do { return try pool.read(body) } catch let e as WorkspaceError { throw e } catch {
            throw .database(path, "\(error)")
        }
    }

    /// Runs one write transaction: all of it is stored, or none.
    func write<T>(_ body: (Database) throws -> T) throws(WorkspaceError) -> T {
        do { return try pool.write(body) } catch let e as WorkspaceError { throw e } catch {
            throw .database(path, "\(error)")
        }
    }
}
