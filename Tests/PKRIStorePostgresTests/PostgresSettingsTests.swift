import Foundation
@testable import PKRIStorePostgres
import PKRIWorkspace
import Testing

/// `postgresql://` URLs and libpq's conventions for what they leave out.
@Suite struct PostgresSettingsTests {
    let noEnvironment: [String: String] = ["HOME": "/nonexistent", "USER": "siti"]

    @Test func aFullURLNamesEverything() throws {
        let s = try PostgresSettings("postgresql://hub:s%40cret@db.example.go.id:6543/pkri?sslmode=require", environment: noEnvironment)
        #expect(s.endpoint == .tcp(host: "db.example.go.id", port: 6543))
        #expect(s.user == "hub")
        #expect(s.password == "s@cret")
        #expect(s.database == "pkri")
        #expect(s.sslMode == .require)
        #expect(s.displayURL == "postgresql://hub@db.example.go.id:6543/pkri")
    }

    @Test func whatTheURLLeavesOutComesFromTheEnvironmentThenLibpqDefaults() throws {
        let env = ["PGHOST": "10.0.0.5", "PGPORT": "5433", "PGUSER": "budi", "PGPASSWORD": "pw", "PGSSLMODE": "verify-full",
                   "HOME": "/nonexistent"]
        let s = try PostgresSettings("postgresql:///pkri", environment: env)
        #expect(s.endpoint == .tcp(host: "10.0.0.5", port: 5433))
        #expect(s.user == "budi" && s.password == "pw" && s.sslMode == .verifyFull && s.database == "pkri")
        let d = try PostgresSettings("postgresql://", environment: noEnvironment)
        #expect(d.endpoint == .socket(directory: PostgresSettings.defaultSocketDirectory, port: 5432))
        #expect(d.sslMode == .prefer)
        #expect(d.password == nil)
        #expect(!d.user.isEmpty && d.database == d.user)
    }

    @Test func theURLWinsOverTheEnvironment() throws {
        let env = ["PGHOST": "elsewhere", "PGUSER": "budi", "PGPASSWORD": "env", "HOME": "/nonexistent"]
        let s = try PostgresSettings("postgresql://siti:url@127.0.0.1/pkri", environment: env)
        #expect(s.endpoint == .tcp(host: "127.0.0.1", port: 5432))
        #expect(s.user == "siti" && s.password == "url")
    }

    @Test func ipv6HostsAndSocketFolders() throws {
        #expect(try PostgresSettings("postgresql://u@[::1]:7/d", environment: noEnvironment).endpoint == .tcp(host: "::1", port: 7))
        #expect(try PostgresSettings("postgresql://u@/d?host=/tmp/pg", environment: noEnvironment).endpoint
                == .socket(directory: "/tmp/pg", port: 5432))
        #expect(try PostgresSettings("postgresql://u@%2Ftmp%2Fpg/d", environment: noEnvironment).endpoint
                == .socket(directory: "/tmp/pg", port: 5432))
    }

    @Test func badValuesAreRefusedWithAReasonAndNoPassword() {
        let cases: [(String, ServiceError.LocationProblem)] = [
            ("postgresql://u:secret@h:99999/d", .badPort),
            ("postgresql://u:secret@h/d?sslmode=allow-maybe", .unsupportedSSLMode),
            ("postgresql://u:secret@h/d?frobnicate=1", .unsupportedParameter),
            ("postgresql://u:secret@h/d%zz", .malformedURL),
            ("mysql://u:secret@h/d", .malformedURL),
        ]
        for (url, problem) in cases {
            #expect {
                _ = try PostgresSettings(url, environment: noEnvironment)
            } throws: { error in
                guard case .invalidLocation(let shown, let reason) = error as? ServiceError else { return false }
                return reason == problem && !shown.contains("secret")
            }
        }
    }

    @Test func aPasswordComesFromPgpassWhenNotGiven() throws {
        let home = NSTemporaryDirectory() + "pkri-home-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let file = home + "/.pgpass"
        try """
            # host:port:database:user:password
            other.example:*:*:*:nope
            db.example:5432:pkri:hub:first\\:part\\\\two
            *:*:*:hub:fallback
            """.write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o600)
        let env = ["HOME": home]
        #expect(try PostgresSettings("postgresql://hub@db.example/pkri", environment: env).password == "first:part\\two")
        #expect(try PostgresSettings("postgresql://hub@db.example/other", environment: env).password == "fallback")
        #expect(try PostgresSettings("postgresql://siti@db.example/pkri", environment: env).password == nil)
        #expect(try PostgresSettings("postgresql://hub:given@db.example/pkri", environment: env).password == "given")
        #expect(try PostgresSettings("postgresql://hub@db.example/pkri", environment: ["HOME": home, "PGPASSWORD": "env"]).password == "env")
        // PGPASSFILE names another file.
        let elsewhere = home + "/pass"
        try "*:*:*:*:from-pgpassfile\n".write(toFile: elsewhere, atomically: true, encoding: .utf8)
        chmod(elsewhere, 0o600)
        #expect(try PostgresSettings("postgresql://siti@h/d", environment: ["HOME": home, "PGPASSFILE": elsewhere]).password
                == "from-pgpassfile")
        // A file others may read is ignored, as libpq ignores it.
        chmod(file, 0o644)
        #expect(try PostgresSettings("postgresql://hub@db.example/pkri", environment: env).password == nil)
    }

    @Test func aSocketInTheDefaultFolderMatchesLocalhostInPgpass() throws {
        let pass = PGPassFile(text: "localhost:5432:pkri:hub:sock\n")
        #expect(pass.password(host: PostgresSettings.Endpoint.socket(directory: PostgresSettings.defaultSocketDirectory, port: 5432).pgpassHost,
                              port: 5432, database: "pkri", user: "hub") == "sock")
    }
}
