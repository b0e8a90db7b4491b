import Foundation
import PKRIWorkspace
import PostgresNIO

extension PostgresStore {
    /// How often a transaction that lost a race (serialization failure,
    /// deadlock) is tried again before its error is shown.
    static let attempts = 12

    /// Runs `body` in one transaction, all of it or none; tried again from
    /// the start when the server reports a serialization failure or a
    /// deadlock, so callers never see one.
    func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws(ServiceError) -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await client.withConnection { connection in
                    try await connection.query("BEGIN", logger: logger)
                    do {
                        let value = try await body(connection)
                        try await connection.query("COMMIT", logger: logger)
                        return value
                    } catch {
                        _ = try? await connection.query("ROLLBACK", logger: logger)
                        throw error
                    }
                }
            } catch {
                if attempt < Self.attempts, Self.isTransient(error) {
                    // Back off a little, more each time, with jitter, so the racers part.
                    try? await Task.sleep(nanoseconds: UInt64.random(in: 1...5) * UInt64(attempt) * 2_000_000)
                    continue
                }
                throw mapped(error)
            }
        }
    }

    /// Runs `body` on one connection outside any explicit transaction.
    func connection<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws(ServiceError) -> T {
        do {
            return try await client.withConnection { try await body($0) }
        } catch {
            throw mapped(error)
        }
    }

    /// Serialization failure (40001) or deadlock (40P01): nothing was
    /// wrong but the timing; the same work again succeeds.
    static func isTransient(_ error: any Error) -> Bool {
        guard let state = sqlState(error) else { return false }
        return state == "40001" || state == "40P01"
    }

    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// Any failure as a ``ServiceError``: refused logins and unreachable
    /// servers as `.unreachable`, the rest as `.storage` with the server's words.
    func mapped(_ error: any Error) -> ServiceError {
        if let e = error as? ServiceError { return e }
        guard let psql = error as? PSQLError else { return .storage(location: location, detail: "\(error)") }
        if let info = psql.serverInfo {
            let state = info[.sqlState] ?? ""
            let message = info[.message] ?? "\(psql.code)"
            // 28: invalid authorization; 3D000: no such database; 57P03: cannot connect now.
            if state.hasPrefix("28") || state == "3D000" || state == "57P03" {
                return .unreachable(location: location, detail: message)
            }
            return .storage(location: location, detail: "\(message) (SQLSTATE \(state))")
        }
        switch psql.code {
        case .connectionError, .serverClosedConnection, .sslUnsupported, .failedToAddSSLHandler,
             .authMechanismRequiresPassword, .unsupportedAuthMechanism, .saslError, .poolClosed:
            let cause = psql.underlying.map { "\($0)" } ?? "\(psql.code)"
            return .unreachable(location: location, detail: cause)
        default:
            return .storage(location: location, detail: "\(psql.code)")
        }
    }
}
