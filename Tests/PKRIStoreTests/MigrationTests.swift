import Foundation
import GRDB
@testable import PKRIStore
import Testing

/// A workspace made by an older pkri, opened by several processes of a
/// newer one at once: each must open it, whichever applies the migration.
@Suite struct MigrationTests {
    @Test func concurrentOpensOfAnOlderWorkspaceAllSucceed() throws {
        let folder = NSTemporaryDirectory() + "pkri-migrate-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/ws.sqlite"
        _ = try Workspace.create(at: path)
        for _ in 0..<5 {
            // As a pkri before migration v4 left it.
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "DROP INDEX submission_results")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v4-results-order-index'")
            }
            try queue.close()
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 6) { _ in
                do { _ = try Workspace.open(at: path) } catch { failures.add("\(error)") }
            }
            #expect(failures.all.isEmpty, "\(failures.all)")
            let indexes = try DatabaseQueue(path: path).read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'submission_results'")
            }
            #expect(indexes == ["submission_results"])
        }
    }

    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ s: String) { lock.withLock { list.append(s) } }
        var all: [String] { lock.withLock { list } }
    }
}
