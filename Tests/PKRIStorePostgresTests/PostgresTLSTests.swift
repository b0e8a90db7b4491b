import Foundation
@testable import PKRIStorePostgres
import PKRITestSupport
import PKRIWorkspace
import Testing

/// `sslmode` as libpq means it, against a server offering TLS with a
/// certificate from a test authority.
@Suite struct PostgresTLSTests {
    /// Whether the store's own connection to the server is encrypted.
    func encrypted(_ store: PostgresStore) async throws -> Bool {
        try await store.connection { c in
            try await c.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", logger: store.logger)
                .decode(Bool.self).all().first ?? false
        }
    }

    @Test func requireEncryptsAndDisableDoesNot() async throws {
        let (database, port, _) = try TestPostgres.freshDatabaseOfferingTLS()
        let store = try await PostgresStore.create("postgresql://postgres@127.0.0.1:\(port)/\(database)?sslmode=require")
        #expect(try await encrypted(store))
        await store.close()
        let plain = try await PostgresStore.open("postgresql://postgres@127.0.0.1:\(port)/\(database)?sslmode=disable")
        #expect(try await !encrypted(plain))
        await plain.close()
    }

    @Test func verifyFullAcceptsTheRightAuthorityAndRefusesAnother() async throws {
        let (database, port, certificates) = try TestPostgres.freshDatabaseOfferingTLS()
        let trusted = "postgresql://postgres@localhost:\(port)/\(database)?sslmode=verify-full&sslrootcert=\(certificates.authority)"
        let store = try await PostgresStore.create(trusted)
        #expect(try await encrypted(store))
        await store.close()
        let stranger = "postgresql://postgres@localhost:\(port)/\(database)?sslmode=verify-full&sslrootcert=\(certificates.otherAuthority)"
        await #expect {
            _ = try await PostgresStore.open(stranger)
        } throws: { error in
            (error as? ServiceError)?.code == .unreachable
        }
    }

    /// verify-full checks the name: the certificate is for `localhost`,
    /// not for 127.0.0.1, the same server by its address; verify-ca checks
    /// the chain only and accepts it.
    @Test func verifyFullChecksTheNameAndVerifyCAOnlyTheChain() async throws {
        let (database, port, certificates) = try TestPostgres.freshDatabaseOfferingTLS()
        let env = ["PGSSLROOTCERT": certificates.authority, "HOME": "/nonexistent"]
        await #expect {
            _ = try await PostgresStore.create("postgresql://postgres@127.0.0.1:\(port)/\(database)?sslmode=verify-full",
                                               environment: env)
        } throws: { error in
            (error as? ServiceError)?.code == .unreachable
        }
        let store = try await PostgresStore.create("postgresql://postgres@127.0.0.1:\(port)/\(database)?sslmode=verify-ca",
                                                   environment: env)
        #expect(try await encrypted(store))
        await store.close()
    }
}
