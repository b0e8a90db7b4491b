import Foundation
import NIOSSL
import PostgresNIO

extension PostgresSettings {
    /// The pool's configuration: endpoint, login and TLS as libpq's
    /// `sslmode` means them (`prefer`/`require` encrypt without checking
    /// the certificate; `verify-ca` checks its chain, `verify-full` also its
    /// host name, against `sslrootcert`, `~/.postgresql/root.crt`, or the
    /// system's roots).
    func clientConfiguration(home: String? = nil) -> PostgresClient.Configuration {
        var config: PostgresClient.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            let tls: PostgresClient.Configuration.TLS = switch tlsChoice(home: home) {
            case .disable: .disable
            case .prefer(let c): .prefer(c)
            case .require(let c): .require(c)
            }
            config = .init(host: host, port: port, username: user, password: password, database: database, tls: tls)
        case .socket(let directory, let port):
            config = .init(unixSocketPath: "\(directory)/.s.PGSQL.\(port)", username: user, password: password, database: database)
        }
        if let connectTimeout { config.options.connectTimeout = .seconds(connectTimeout) }
        if let applicationName { config.options.additionalStartupParameters.append(("application_name", applicationName)) }
        // Short-lived processes: a few connections, opened on demand.
        config.options.maximumConnections = 8
        config.options.keepAliveBehavior = nil
        return config
    }

    /// One connection's configuration, the same as the pool's: pkri opens
    /// one first, so that a wrong host or password is reported at once (a
    /// pool keeps retrying for a minute) and migrations run on it.
    func connectionConfiguration(home: String? = nil) throws -> PostgresConnection.Configuration {
        var config: PostgresConnection.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            let tls: PostgresConnection.Configuration.TLS = switch tlsChoice(home: home) {
            case .disable: .disable
            case .prefer(let c): .prefer(try NIOSSLContext(configuration: c))
            case .require(let c): .require(try NIOSSLContext(configuration: c))
            }
            config = .init(host: host, port: port, username: user, password: password, database: database, tls: tls)
        case .socket(let directory, let port):
            config = .init(unixSocketPath: "\(directory)/.s.PGSQL.\(port)", username: user, password: password, database: database)
        }
        if let connectTimeout { config.options.connectTimeout = .seconds(Int64(connectTimeout)) }
        if let applicationName { config.options.additionalStartupParameters.append(("application_name", applicationName)) }
        return config
    }

    private enum TLSChoice {
        case disable
        case prefer(TLSConfiguration)
        case require(TLSConfiguration)
    }

    private func tlsChoice(home: String?) -> TLSChoice {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch sslMode {
        case .disable:
            return .disable
        case .prefer, .require:
            tls.certificateVerification = .none
            return sslMode == .prefer ? .prefer(tls) : .require(tls)
        case .verifyCA, .verifyFull:
            tls.certificateVerification = sslMode == .verifyFull ? .fullVerification : .noHostnameVerification
            let defaultRoot = "\(home ?? NSHomeDirectory())/.postgresql/root.crt"
            if let root = sslRootCert, root != "system" {
                tls.trustRoots = .file(root)
            } else if sslRootCert == nil, FileManager.default.fileExists(atPath: defaultRoot) {
                tls.trustRoots = .file(defaultRoot)
            } else {
                tls.trustRoots = .default
            }
            return .require(tls)
        }
    }
}
