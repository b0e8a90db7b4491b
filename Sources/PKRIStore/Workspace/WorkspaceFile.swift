import Foundation
import GRDB

/// What stands at a workspace path, found without changing a byte of it.
///
/// Only `pkri init` makes a workspace; every other command opens a file
/// only once it is known to be one: an SQLite database whose header
/// carries pkri's `application_id`, or — made by a pkri from before the id
/// was written — one holding pkri's migrations and tables. Anything else
/// (an empty file, another program's database) is refused untouched: no
/// tables added, no switch to WAL.
enum WorkspaceFile {
    /// pkri's SQLite `application_id`: "PKRI" in ASCII.
    static let applicationID: UInt32 = 0x504B_5249

    /// The migrations every pkri workspace has had since the first release.
    static let firstMigrations = ["v1-registry", "v1-templates", "v1-submissions", "v1-audit"]

    /// Refuses a path that is not a workspace; returns whether its header
    /// already carries pkri's id (false: an earlier pkri's workspace).
    @discardableResult
    static func check(_ path: String) throws(WorkspaceError) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .missing(path) }
            throw .notAWorkspace(path, .unreadable(.init()))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notAWorkspace(path, .notAFile) }
        guard info.st_size > 0 else { throw .notAWorkspace(path, .empty) }
        let header = try readHeader(path)
        // https://www.sqlite.org/fileformat2.html#the_database_header
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw .notAWorkspace(path, .notSQLite)
        }
        let id = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if id == applicationID { return true }
        guard id == 0 else { throw .notAWorkspace(path, .otherApplication(id)) }
        guard hasWorkspaceTables(path) else { throw .notAWorkspace(path, .noWorkspaceTables) }
        return false
    }

    private static func readHeader(_ path: String) throws(WorkspaceError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw .notAWorkspace(path, .unreadable(.init())) }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 100)
        let n = header.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 100, 0) }
        guard n >= 0 else { throw .notAWorkspace(path, .unreadable(.init())) }
        return Array(header.prefix(n))
    }

    /// Whether an SQLite file without pkri's id holds pkri's migrations and
    /// tables. Read through a read-only connection; when no log (`-wal`)
    /// stands beside it, an immutable one, which creates no file beside it.
    private static func hasWorkspaceTables(_ path: String) -> Bool {
        var config = Configuration()
        config.readonly = true
        let hasLog = FileManager.default.fileExists(atPath: path + "-wal")
        do {
            let queue = try DatabaseQueue(path: hasLog ? path : immutableURI(path), configuration: config)
            defer { try? queue.close() }
            return try queue.read { db in
                guard try db.tableExists("grdb_migrations") else { return false }
                let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
                guard firstMigrations.allSatisfy(applied.contains) else { return false }
                return try ["agency", "innovation", "template", "submission", "audit"].allSatisfy { try db.tableExists($0) }
            }
        } catch {
            return false
        }
    }

    /// An SQLite URI that opens the file read-only and immutable: SQLite
    /// takes no lock and makes no `-shm` or `-wal` file.
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var out = "file:"
        for byte in absolute.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "-"),
                 UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out + "?mode=ro&immutable=1"
    }

    /// Whether this process may write the workspace: the file and its
    /// folder (where SQLite keeps the `-wal` and `-shm` files). `access`
    /// answers for root too: a read-only mount (EROFS) and an immutable
    /// file (EPERM) refuse root as well.
    static func isWritable(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
