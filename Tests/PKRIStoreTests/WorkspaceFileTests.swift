import Foundation
import GRDB
@testable import PKRIStore
import Testing

/// Only `Workspace.create` (`pkri init`) makes a workspace. Opening refuses
/// any other file, names it, and leaves it — and its folder — exactly as
/// it was: no tables added, no switch to WAL, no file made beside it.
@Suite struct WorkspaceFileTests {
    final class Folder {
        let path = NSTemporaryDirectory() + "pkri-wsfile-\(UUID().uuidString)"
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        /// Each file's bytes, by name.
        func snapshot() throws -> [String: Data] {
            var out: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: path) {
                out[name] = FileManager.default.contents(atPath: path + "/" + name) ?? Data()
            }
            return out
        }
    }

    /// Opens `file` expecting the refusal `why`; nothing in the folder changes.
    func expectRefused(_ folder: Folder, _ file: String, _ why: WorkspaceError.NotAWorkspace) throws {
        let before = try folder.snapshot()
        do {
            _ = try Workspace.open(at: file)
            Issue.record("\(file) was opened as a workspace")
        } catch {
            guard case .notAWorkspace(let path, let reason) = error else { Issue.record("\(error)"); return }
            #expect(path == file)
            #expect(reason == why)
            #expect(error.message(.en).hasPrefix("\(file) is not a pkri workspace ("))
        }
        #expect(try folder.snapshot() == before)
    }

    @Test func anotherProgramsDatabaseIsRefusedUntouched() throws {
        let folder = try Folder()
        let file = folder.path + "/lain.sqlite"
        let queue = try DatabaseQueue(path: file)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT); INSERT INTO pelanggan VALUES (1, 'Ani')")
        }
        try queue.close()
        try expectRefused(folder, file, .noWorkspaceTables)
    }

    /// A database in WAL mode is read without a `-wal` or `-shm` made beside it.
    @Test func anotherProgramsWALDatabaseIsRefusedUntouched() throws {
        let folder = try Folder()
        let file = folder.path + "/lain.sqlite"
        let pool = try DatabasePool(path: file)
        try pool.write { db in try db.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)") }
        try pool.close()
        try? FileManager.default.removeItem(atPath: file + "-wal")
        try? FileManager.default.removeItem(atPath: file + "-shm")
        try expectRefused(folder, file, .noWorkspaceTables)
    }

    @Test func aDatabaseWithAnotherApplicationIDIsRefused() throws {
        let folder = try Folder()
        let file = folder.path + "/lain.sqlite"
        let queue = try DatabaseQueue(path: file)
        try queue.write { db in try db.execute(sql: "PRAGMA application_id = 42; CREATE TABLE t (x)") }
        try queue.close()
        try expectRefused(folder, file, .otherApplication(42))
    }

    @Test func anEmptyFileIsNotAWorkspace() throws {
        let folder = try Folder()
        let file = folder.path + "/kosong.sqlite"
        FileManager.default.createFile(atPath: file, contents: Data())
        try expectRefused(folder, file, .empty)
        #expect(throws: WorkspaceError.self) { try Workspace.create(at: file) }   // init never overwrites it either
    }

    @Test func aTextFileOrAFolderIsNotAWorkspace() throws {
        let folder = try Folder()
        try "id,nama\n1,Ani\n".write(toFile: folder.path + "/data.csv", atomically: true, encoding: .utf8)
        try expectRefused(folder, folder.path + "/data.csv", .notSQLite)
        try FileManager.default.createDirectory(atPath: folder.path + "/map", withIntermediateDirectories: true)
        try expectRefused(folder, folder.path + "/map", .notAFile)
    }

    @Test func aNewWorkspaceCarriesPkrisApplicationID() throws {
        let folder = try Folder()
        let ws = try Workspace.create(at: folder.path + "/ws.sqlite")
        ws.close()
        let id = try DatabaseQueue(path: folder.path + "/ws.sqlite").read { db in try Int64.fetchOne(db, sql: "PRAGMA application_id") }
        #expect(id == 0x504B_5249)
    }

    /// A workspace made before the id was written (pkri's tables, no id)
    /// still opens, and is stamped the first time it is written.
    @Test func aWorkspaceOfAnEarlierPkriStillOpens() throws {
        let f = try StoreFixture()
        _ = f.workspace.importSubmission(contentsOf: try f.write(try f.submission()), language: .en)
        let path = f.workspace.path
        f.workspace.close()
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "PRAGMA application_id = 0")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v7-application-id'")
        }
        let reopened = try Workspace.open(at: path)
        #expect(try reopened.submissions().count == 1)
        let id = try reopened.read { db in try Int64.fetchOne(db, sql: "PRAGMA application_id") }
        #expect(id == 0x504B_5249)
    }
}
