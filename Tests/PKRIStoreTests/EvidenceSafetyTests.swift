import Foundation
import GRDB
@testable import PKRIStore
import PKRICore
import PKRIXML
import Testing

/// Evidence files a document names are read only inside the document's
/// folder, only when they are regular files, and stored without leaving
/// temporary files behind.
@Suite struct EvidenceSafetyTests {
    /// A submission document in `kiriman/` of a fresh fixture, its first
    /// answer citing `hrefs`.
    final class Delivery {
        let f: StoreFixture
        let folder: String
        var submission: Submission

        init(_ hrefs: [String]) throws {
            f = try StoreFixture()
            folder = f.folder + "/kiriman"
            try FileManager.default.createDirectory(atPath: folder + "/bukti", withIntermediateDirectories: true)
            submission = try f.submission()
            for i in submission.answers.indices { submission.answers[i].evidence = [] }
            submission.answers[0].evidence = hrefs.map { Evidence(href: $0) }
        }

        /// Writes `text` to a file (relative to the fixture folder).
        func file(_ relative: String, _ text: String) throws {
            try text.write(toFile: f.folder + "/" + relative, atomically: false, encoding: .utf8)
        }

        func link(_ relative: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: f.folder + "/" + relative, withDestinationPath: target)
        }

        func importIt() throws -> (SubmissionImport, Submission) {
            let path = folder + "/dokumen.xml"
            try SubmissionWriter.xml(submission).write(toFile: path, atomically: true, encoding: .utf8)
            let result = f.workspace.importSubmission(contentsOf: path, language: .en)
            return (result, try #require(try f.workspace.submission(id: submission.id)))
        }

        /// Every file under the evidence folder (relative paths).
        func storedFiles() -> [String] {
            let root = f.workspace.evidenceDirectory
            return (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { rel in
                var isDir: ObjCBool = false
                return FileManager.default.fileExists(atPath: root + "/" + rel, isDirectory: &isDir) && !isDir.boolValue
            }.sorted()
        }
    }

    static let outside = "not read: its path leads outside the document's folder (an absolute path, '..' or a symbolic link to elsewhere); the reference is kept"

    /// Nothing of the refused file is in the workspace; the reference stays as written.
    func expectRefused(_ d: Delivery, _ result: SubmissionImport, _ stored: Submission, href: String, secret: String? = nil) throws {
        #expect(result.outcome == .new)
        #expect(stored.answers[0].evidence.map(\.href) == [href])
        #expect(stored.answers[0].evidence.map(\.sha256) == [nil])
        #expect(try d.f.count("evidenceFile") == 0)
        #expect(d.storedFiles().isEmpty, "\(d.storedFiles())")
        if let secret { #expect(!d.f.workspace.evidence.contains(sha256: SHA256.hex(Array(secret.utf8)))) }
    }

    @Test(arguments: ["secret", "/etc/passwd"])
    func aLinkToAFileOutsideTheFolderIsNotRead(_ target: String) throws {
        let d = try Delivery(["bukti/link.pdf"])
        try d.file("secret.txt", "RAHASIA")
        try d.link("kiriman/bukti/link.pdf", to: target == "secret" ? d.f.folder + "/secret.txt" : target)
        let (result, stored) = try d.importIt()
        #expect(result.warnings.map(\.message) == ["evidence 'bukti/link.pdf' " + Self.outside])
        try expectRefused(d, result, stored, href: "bukti/link.pdf", secret: "RAHASIA")
    }

    @Test func aLinkedFolderLeadingOutsideIsNotRead() throws {
        let d = try Delivery(["bukti/sk.pdf"])
        try FileManager.default.removeItem(atPath: d.folder + "/bukti")
        try FileManager.default.createDirectory(atPath: d.f.folder + "/lain", withIntermediateDirectories: true)
        try d.file("lain/sk.pdf", "RAHASIA")
        try d.link("kiriman/bukti", to: d.f.folder + "/lain")
        let (result, stored) = try d.importIt()
        #expect(result.warnings.map(\.message) == ["evidence 'bukti/sk.pdf' " + Self.outside])
        try expectRefused(d, result, stored, href: "bukti/sk.pdf", secret: "RAHASIA")
    }

    /// No `..` in the reference, but one in a link on the way.
    @Test func dotDotInsideALinkIsNotRead() throws {
        let d = try Delivery(["bukti/naik/secret.txt"])
        try d.file("secret.txt", "RAHASIA")
        try d.link("kiriman/bukti/naik", to: "../..")
        let (result, stored) = try d.importIt()
        #expect(result.warnings.map(\.message) == ["evidence 'bukti/naik/secret.txt' " + Self.outside])
        try expectRefused(d, result, stored, href: "bukti/naik/secret.txt", secret: "RAHASIA")
    }

    @Test func aRelativePathLeavingTheFolderIsNotRead() throws {
        let d = try Delivery(["../secret.txt", "/etc/passwd"])
        try d.file("secret.txt", "RAHASIA")
        let (result, stored) = try d.importIt()
        #expect(result.warnings.map(\.message) == ["evidence '../secret.txt' " + Self.outside, "evidence '/etc/passwd' " + Self.outside])
        #expect(stored.answers[0].evidence.map(\.href) == ["../secret.txt", "/etc/passwd"])
        #expect(try d.f.count("evidenceFile") == 0)
    }

    /// A link that stays inside the folder is followed: the file it names is stored.
    @Test func aLinkThatStaysInsideIsFollowed() throws {
        let d = try Delivery(["bukti/terbaru.pdf"])
        try d.file("kiriman/bukti/v2.pdf", "versi dua")
        try d.link("kiriman/bukti/terbaru.pdf", to: "v2.pdf")
        let (result, stored) = try d.importIt()
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let sha = SHA256.hex(Array("versi dua".utf8))
        #expect(stored.answers[0].evidence.map(\.sha256) == [sha])
        #expect(d.storedFiles() == ["\(sha.prefix(2))/\(sha)"])
    }

    /// A socket exists but is no file: said so, not "not found".
    @Test func aSocketIsRefusedAsNotARegularFile() throws {
        let d = try Delivery(["bukti/soket.pdf"])
        let socketPath = d.folder + "/bukti/soket.pdf"
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        _ = withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            socketPath.utf8CString.withUnsafeBytes { buffer.copyMemory(from: $0) }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0, "bind: \(errno)")
        let (result, stored) = try d.importIt()
        #expect(result.warnings.map(\.message) == ["evidence 'bukti/soket.pdf' not read: it is a socket, not a regular file; the reference is kept"])
        try expectRefused(d, result, stored, href: "bukti/soket.pdf")
        #expect(throws: WorkspaceError.self) { try d.f.workspace.storeEvidence(contentsOf: socketPath) }
        do {
            _ = try d.f.workspace.storeEvidence(contentsOf: socketPath)
        } catch {
            #expect(error.message(.en) == "evidence '\(socketPath)' not read: it is a socket, not a regular file")
        }
    }

    /// Eight writers store the same new content at once, five times over:
    /// one file under its hash, no temporary file left.
    @Test func concurrentWritersOfTheSameContentLeaveOneFile() throws {
        let f = try StoreFixture()
        let workspace = f.workspace
        for round in 0..<5 {
            let source = f.folder + "/bukti-\(round).bin"
            let content = Data((0..<(2 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ round) })
            try content.write(to: URL(fileURLWithPath: source))
            let failures = Locked<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                do { _ = try workspace.storeEvidence(contentsOf: source) } catch { failures.mutate { $0.append("\(error)") } }
            }
            #expect(failures.value.isEmpty, "\(failures.value)")
            let sha = SHA256.hex(content)
            #expect(FileManager.default.contents(atPath: f.workspace.evidencePath(sha256: sha)) == content)
        }
        let root = f.workspace.evidenceDirectory
        let all = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
        let leftovers = all.filter { $0.contains(".tmp-") || $0.hasPrefix(".tmp/") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// A copy whose rename fails (here: a file stands where the hash's
    /// folder belongs) removes its temporary file.
    @Test func aFailedCopyRemovesItsTemporaryFile() throws {
        let f = try StoreFixture()
        let text = "bukti yang gagal disimpan"
        let sha = SHA256.hex(Array(text.utf8))
        try FileManager.default.createDirectory(atPath: f.workspace.evidenceDirectory, withIntermediateDirectories: true)
        try "not a folder".write(toFile: f.workspace.evidenceDirectory + "/" + sha.prefix(2), atomically: false, encoding: .utf8)
        try text.write(toFile: f.folder + "/bukti.txt", atomically: false, encoding: .utf8)
        #expect(throws: WorkspaceError.self) { try f.workspace.storeEvidence(contentsOf: f.folder + "/bukti.txt") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.workspace.evidence.temporaries) == [])
    }

    /// The next command that opens a workspace for writing removes
    /// temporary files whose writer is gone — in `.tmp/`, and, the first
    /// time this pkri writes a workspace made before it, those earlier
    /// versions left beside the kept files — but not one a live writer holds.
    @Test func orphanedTemporaryFilesAreRemovedButALiveWritersIsKept() throws {
        let f = try StoreFixture()
        let path = f.workspace.path
        let ev = f.workspace.evidence
        try FileManager.default.createDirectory(atPath: ev.temporaries, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: ev.root + "/ab", withIntermediateDirectories: true)
        let sha = "ab" + String(repeating: "0", count: 62)
        let orphans = [ev.temporaries + "/123-DEAD", ev.root + "/ab/\(sha).tmp-4242-0C0FFEE0-0000-0000-0000-000000000000"]
        for o in orphans { try "partial".write(toFile: o, atomically: false, encoding: .utf8) }
        try "kept".write(toFile: ev.root + "/ab/" + sha, atomically: false, encoding: .utf8)
        // A writer in progress holds its file locked.
        let live = ev.temporaries + "/\(getpid())-LIVE"
        let fd = open(live, O_WRONLY | O_CREAT, 0o644)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        // As an earlier pkri left the workspace: no application id yet.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "PRAGMA application_id = 0")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v7-application-id'")
        }
        _ = try Workspace.open(at: path)
        for o in orphans { #expect(!FileManager.default.fileExists(atPath: o), "\(o)") }
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(FileManager.default.contents(atPath: ev.root + "/ab/" + sha) == Data("kept".utf8))
        // Later orphans in .tmp/ go at the next open too.
        try "partial".write(toFile: orphans[0], atomically: false, encoding: .utf8)
        _ = try Workspace.open(at: path)
        #expect(!FileManager.default.fileExists(atPath: orphans[0]))
        #expect(FileManager.default.fileExists(atPath: live))
    }

    @Test func aMissingFileTypedByTheAssessorIsMissing() throws {
        let f = try StoreFixture()
        do {
            _ = try f.workspace.storeEvidence(contentsOf: f.folder + "/tidak-ada.pdf")
            Issue.record("stored a file that does not exist")
        } catch {
            #expect(error.message(.en) == "evidence file '\(f.folder)/tidak-ada.pdf' does not exist")
        }
    }
}

/// A value shared between threads.
final class Locked<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    init(_ value: T) { stored = value }
    var value: T { lock.withLock { stored } }
    func mutate(_ body: (inout T) -> Void) { lock.withLock { body(&stored) } }
}
