import Foundation
import PKRIWorkspace

/// Where and how to connect, read from a `postgresql://` URL the way libpq
/// reads it: what the URL leaves out comes from `PGHOST`, `PGPORT`,
/// `PGUSER`, `PGDATABASE`, `PGPASSWORD`, `PGSSLMODE`, then `~/.pgpass`
/// (or `PGPASSFILE`), then libpq's defaults.
///
/// ```swift
/// let s = try PostgresSettings("postgresql://hub@db.example/pkri?sslmode=verify-full")
/// s.displayURL   // "postgresql://hub@db.example:5432/pkri"
/// ```
public struct PostgresSettings: Sendable, Hashable {
    public enum Endpoint: Sendable, Hashable {
        case tcp(host: String, port: Int)
        /// The folder of a server's Unix-domain socket (libpq's `host=/path`).
        case socket(directory: String, port: Int)
    }

    /// libpq's `sslmode`, as far as pkri supports it.
    public enum SSLMode: String, Sendable, Hashable, CaseIterable {
        case disable, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var endpoint: Endpoint
    public var user: String
    public var password: String?
    public var database: String
    public var sslMode: SSLMode
    /// `sslrootcert`: a PEM file, or `system` for the system's trust store.
    public var sslRootCert: String?
    public var connectTimeout: Int?
    public var applicationName: String?

    /// libpq's default socket folder on Debian.
    public static let defaultSocketDirectory = "/var/run/postgresql"

    public init(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                home: String? = nil) throws(ServiceError) {
        let parts = try PostgresURL(url)
        func invalid(_ p: ServiceError.LocationProblem) -> ServiceError { .invalidLocation(PostgresURL.redacted(url), reason: p) }
        var query = parts.query
        let host = parts.host ?? query.removeValue(forKey: "host") ?? environment["PGHOST"]
        let portText = parts.port ?? query.removeValue(forKey: "port") ?? environment["PGPORT"]
        let port: Int
        if let portText, !portText.isEmpty {
            guard let p = Int(portText), (1...65535).contains(p) else { throw invalid(.badPort) }
            port = p
        } else {
            port = 5432
        }
        if let host, !host.isEmpty, !host.hasPrefix("/") {
            endpoint = .tcp(host: host, port: port)
        } else {
            endpoint = .socket(directory: (host?.isEmpty == false ? host! : Self.defaultSocketDirectory), port: port)
        }
        user = parts.user ?? query.removeValue(forKey: "user") ?? environment["PGUSER"] ?? Principal.localUser(environment: environment).name
        database = parts.database ?? query.removeValue(forKey: "dbname") ?? environment["PGDATABASE"] ?? user
        guard !database.isEmpty else { throw invalid(.missingDatabase) }
        let modeText = query.removeValue(forKey: "sslmode") ?? environment["PGSSLMODE"] ?? "prefer"
        guard let mode = SSLMode(rawValue: modeText) else { throw invalid(.unsupportedSSLMode) }
        sslMode = mode
        sslRootCert = query.removeValue(forKey: "sslrootcert") ?? environment["PGSSLROOTCERT"]
        if let t = query.removeValue(forKey: "connect_timeout") ?? environment["PGCONNECT_TIMEOUT"], !t.isEmpty {
            guard let seconds = Int(t) else { throw invalid(.unsupportedParameter) }
            connectTimeout = seconds
        }
        applicationName = query.removeValue(forKey: "application_name") ?? environment["PGAPPNAME"]
        let explicitPassword = parts.password ?? query.removeValue(forKey: "password")
        guard query.isEmpty else { throw invalid(.unsupportedParameter) }
        if let explicitPassword {
            password = explicitPassword
        } else if let env = environment["PGPASSWORD"] {
            password = env
        } else {
            let file = environment["PGPASSFILE"] ?? "\(home ?? environment["HOME"] ?? NSHomeDirectory())/.pgpass"
            password = PGPassFile(path: file)?.password(host: endpoint.pgpassHost, port: port, database: database, user: user)
        }
    }

    /// The URL without its password, for messages and logs.
    public var displayURL: String {
        switch endpoint {
        case .tcp(let host, let port):
            let shown = host.contains(":") ? "[\(host)]" : host
            return "postgresql://\(user)@\(shown):\(port)/\(database)"
        case .socket(let directory, let port):
            return "postgresql://\(user)@/\(database)?host=\(directory)&port=\(port)"
        }
    }
}

extension PostgresSettings.Endpoint {
    /// The host as `~/.pgpass` matches it: a socket in the default folder is `localhost`.
    var pgpassHost: String {
        switch self {
        case .tcp(let host, _): host
        case .socket(let directory, _): directory == PostgresSettings.defaultSocketDirectory ? "localhost" : directory
        }
    }
}
