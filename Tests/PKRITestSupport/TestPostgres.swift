import Foundation

/// A fresh, empty PostgreSQL database for each test that needs one.
///
/// With `PKRI_TEST_POSTGRES_URL` set (say `postgresql://postgres@127.0.0.1:5432/postgres`),
/// databases are made on that server; otherwise the first call starts a
/// throwaway cluster for this test process (initdb in a temporary folder,
/// a free port on 127.0.0.1, ICU collation for Indonesian so that byte
/// order is never had by accident) and stops it when the process exits.
/// A test that needs PostgreSQL and cannot get it fails with the reason:
/// it never skips.
///
/// ```swift
/// let url = try TestPostgres.freshDatabase()   // postgresql://postgres@127.0.0.1:PORT/pkri_test_…
/// ```
public enum TestPostgres {
    /// The URL of a new empty database, named uniquely.
    public static func freshDatabase() throws -> String {
        let server = try Server.shared.get()
        let name = "pkri_test_\(getpid())_\(Counter.next())"
        try server.psql("CREATE DATABASE \(name)")
        server.created(name)
        return server.url(database: name)
    }

    /// A new empty database on a cluster this process started, which offers
    /// TLS with a certificate for `localhost` (not 127.0.0.1) signed by
    /// `certificates.authority`. Connect as user `postgres` to `port`.
    public static func freshDatabaseOfferingTLS() throws -> (database: String, port: Int, certificates: TestCertificates) {
        let server = try Server.own.get()
        guard let port = server.port, let certificates = server.certificates else {
            throw TestSupportError("the test cluster has no TLS certificates")
        }
        let name = "pkri_test_\(getpid())_\(Counter.next())"
        try server.psql("CREATE DATABASE \(name)")
        return (name, port, certificates)
    }

    /// The database a URL from ``freshDatabase()`` names.
    public static func database(of url: String) -> String {
        String(url.split(separator: "/").last!.split(separator: "?")[0])
    }

    /// Runs SQL as the server's superuser in `database` (the maintenance one when nil).
    public static func psql(_ sql: String, database: String? = nil) throws {
        let server = try Server.shared.get()
        try server.psql(sql, database: database)
    }
}

private enum Counter {
    nonisolated(unsafe) private static var value = 0
    private static let lock = NSLock()
    static func next() -> Int { lock.withLock { value += 1; return value } }
}
