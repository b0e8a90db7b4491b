import Foundation

/// The server tests make databases on: one named by `PKRI_TEST_POSTGRES_URL`,
/// or a cluster this process starts once and stops at exit.
final class Server: @unchecked Sendable {
    /// The URL up to the database name (`postgresql://user@host:port`) and the query after it.
    let base: String
    let query: String
    let maintenanceDatabase: String
    let binaries: String
    /// For a cluster this process started: its port and TLS certificates.
    let port: Int?
    let certificates: TestCertificates?

    /// Where tests make their databases: `PKRI_TEST_POSTGRES_URL`'s server, or ``own``.
    static let shared = Lazy { try Server.make() }
    /// A cluster this process starts, whatever `PKRI_TEST_POSTGRES_URL` says:
    /// for tests of what only a server set up here offers (TLS with a known authority).
    static let own = Lazy { try Cluster.start(binaries: try PostgresBinaries.find()) }

    init(base: String, query: String, maintenanceDatabase: String, binaries: String, port: Int? = nil,
         certificates: TestCertificates? = nil) {
        self.base = base
        self.query = query
        self.maintenanceDatabase = maintenanceDatabase
        self.binaries = binaries
        self.port = port
        self.certificates = certificates
    }

    func url(database: String) -> String { "\(base)/\(database)\(query)" }

    /// Databases this process made on a server it did not start, dropped at exit.
    private var databases: [String] = []
    private let lock = NSLock()
    private var dropsAtExit = false

    func created(_ database: String) {
        lock.withLock { if dropsAtExit { databases.append(database) } }
    }

    func dropCreatedDatabases() {
        for name in lock.withLock({ databases }) {
            _ = try? psql("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }

    func psql(_ sql: String, database: String? = nil) throws {
        try Shell.run(["\(binaries)/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url(database: database ?? maintenanceDatabase),
                       "-c", sql])
    }

    static func make() throws -> Server {
        let binaries = try PostgresBinaries.find()
        if let given = ProcessInfo.processInfo.environment["PKRI_TEST_POSTGRES_URL"], !given.isEmpty {
            let server = try fromURL(given, binaries: binaries)
            server.lock.withLock { server.dropsAtExit = true }
            atexit { try? Server.shared.get().dropCreatedDatabases() }
            return server
        }
        return try own.get()
    }

    /// Splits `scheme://authority/database?query`.
    static func fromURL(_ url: String, binaries: String) throws -> Server {
        guard let scheme = url.range(of: "://") else { throw TestSupportError("PKRI_TEST_POSTGRES_URL is not a URL: \(url)") }
        let afterScheme = url[scheme.upperBound...]
        let queryStart = afterScheme.firstIndex(of: "?") ?? afterScheme.endIndex
        let slash = afterScheme[..<queryStart].firstIndex(of: "/") ?? queryStart
        let database = afterScheme[slash..<queryStart].dropFirst()
        return Server(base: String(url[..<slash]), query: String(afterScheme[queryStart...]),
                      maintenanceDatabase: database.isEmpty ? "postgres" : String(database), binaries: binaries)
    }
}

enum PostgresBinaries {
    /// The newest `/usr/lib/postgresql/N/bin` (Debian's layout), or `PKRI_TEST_POSTGRES_BIN`.
    static func find() throws -> String {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let found = ProcessInfo.processInfo.environment["PKRI_TEST_POSTGRES_BIN"]
            ?? versions.compactMap(Int.init).sorted().last.map { "\(root)/\($0)/bin" }
        guard let found, FileManager.default.isExecutableFile(atPath: "\(found)/initdb") else {
            throw TestSupportError("PostgreSQL is not installed (no \(found ?? "\(root)/N/bin")/initdb): run scripts/setup, or set PKRI_TEST_POSTGRES_URL")
        }
        return found
    }
}

/// A value made once, on first use, by whichever thread asks first; a failure is kept and thrown to every caller.
final class Lazy<T>: @unchecked Sendable {
    private let make: () throws -> T
    private var result: Result<T, any Error>?
    private let lock = NSLock()

    init(_ make: @escaping () throws -> T) { self.make = make }

    func get() throws -> T {
        try lock.withLock {
            if result == nil { result = Result { try make() } }
            return try result!.get()
        }
    }
}

public struct TestSupportError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
