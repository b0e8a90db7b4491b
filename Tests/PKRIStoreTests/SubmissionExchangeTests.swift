import Foundation
import GRDB
@testable import PKRIStore
import PKRICore
import Testing

/// The merge rules of `pkri submission import`, on a real on-disk workspace.
@Suite struct SubmissionExchangeTests {
    @Test func reimportingTheSameDocumentChangesNothing() throws {
        let f = try StoreFixture()
        let path = try f.write(try f.submission())
        #expect(f.workspace.importSubmission(contentsOf: path, language: .en).outcome == .new)
        #expect(f.workspace.importSubmission(contentsOf: path, language: .en).outcome == .unchanged)
        #expect(try f.count("submission") == 1)
        #expect(try f.count("audit") == 1)   // one "created" entry, nothing more
    }

    /// `pkri submission import` merges 64 files to a transaction, each in
    /// a savepoint: a file whose merge fails leaves no trace, and the files
    /// around it are stored as if each had a transaction of its own.
    @Test func aFileThatFailsInABatchLeavesTheOthersStored() throws {
        let f = try StoreFixture()
        let paths = try [("INOV-1", 1), ("INOV-2", 2), ("INOV-1", 3)].map { try f.write(try f.submission(subject: $0.0, seed: UInt64($0.1))) }
        // A database-level refusal of INOV-2's scores, after its submission row went in.
        try f.workspace.write { db in
            try db.execute(sql: """
                CREATE TEMP TRIGGER refuse AFTER INSERT ON score
                WHEN (SELECT subject FROM submission WHERE id = NEW.submission) = 'INOV-2'
                BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
                """)
        }
        let prepared = paths.map { f.workspace.prepareSubmission(contentsOf: $0, language: .en) }
        let results = f.workspace.commit(prepared, language: .en)
        #expect(results.map(\.file) == paths)
        #expect(results[0].outcome == .new)
        guard case .rejected(let d) = results[1].outcome else { Issue.record("not rejected: \(results[1].outcome)"); return }
        #expect(d.first?.message.contains("refused for the test") == true, "\(d)")
        #expect(results[2].outcome == .new)
        let subjects = try f.workspace.read { db in try String.fetchAll(db, sql: "SELECT subject FROM submission ORDER BY subject") }
        #expect(subjects == ["INOV-1", "INOV-1"])
        // Nothing of the refused file: no score rows and no audit entry without a submission.
        #expect(try f.count("audit") == 2)
    }

    @Test func laterVersionReplacesAndRecordsEachChange() throws {
        let f = try StoreFixture()
        var s = try f.submission()
        _ = f.workspace.importSubmission(contentsOf: try f.write(s, name: "v1"), language: .en)
        let old = s.answer("status")!.values
        let options = try f.template.question("status")!.options.map(\.value)
        let replacement = options.first { [$0] != old }!
        s.answers[s.answers.firstIndex { $0.question == "status" }!].values = [replacement]
        s.status = .draft
        s.updated = "2026-06-02T10:00:00Z"
        let outcome = f.workspace.importSubmission(contentsOf: try f.write(s, name: "v2"), language: .en).outcome
        guard case .updated(let n) = outcome else { Issue.record("expected updated, got \(outcome)"); return }
        #expect(n >= 1)
        let history = try f.workspace.history(subject: "INOV-1")
        let change = try #require(history.first { $0.field == .answer && $0.question == "status" })
        #expect(change.old == old.joined(separator: " "))
        #expect(change.new == replacement)
        #expect(change.actor == s.assessor)
        #expect(change.at == "2026-06-02T10:00:00Z")
        #expect(try f.workspace.submission(id: s.id)?.answer("status")?.values == [replacement])
    }

    @Test func differentContentThatIsNotLaterIsAConflict() throws {
        let f = try StoreFixture()
        var s = try f.submission()
        _ = f.workspace.importSubmission(contentsOf: try f.write(s, name: "v1"), language: .en)
        let stored = try f.workspace.submission(id: s.id)
        s.stage = "interview"   // other content, same `updated`
        let outcome = f.workspace.importSubmission(contentsOf: try f.write(s, name: "v2"), language: .en).outcome
        guard case .conflict(let message) = outcome else { Issue.record("expected conflict, got \(outcome)"); return }
        #expect(message.contains("2026-06-01T10:00:00Z"))
        #expect(message.contains(s.assessor))
        #expect(try f.workspace.submission(id: s.id) == stored)   // nothing overwritten
        s.updated = "2026-06-01T09:00:00Z"                      // earlier: still a conflict
        guard case .conflict = f.workspace.importSubmission(contentsOf: try f.write(s, name: "v3"), language: .en).outcome
        else { Issue.record("earlier version must conflict"); return }
    }

    @Test func unknownSubjectTemplateOrBadValueIsRejectedAndNothingStored() throws {
        let f = try StoreFixture()
        let unknownSubject = try f.submission(subject: "INOV-404")
        guard case .rejected(let d1) = f.workspace.importSubmission(contentsOf: try f.write(unknownSubject), language: .en).outcome
        else { Issue.record("unknown subject must be rejected"); return }
        #expect(d1.first?.message == "subject 'INOV-404' is not in the registry (innovations)")

        var otherVersion = try f.submission(seed: 2)
        otherVersion.templateVersion = "1999.1"
        guard case .rejected(let d2) = f.workspace.importSubmission(contentsOf: try f.write(otherVersion), language: .en).outcome
        else { Issue.record("unknown template version must be rejected"); return }
        #expect(d2.first?.message.contains("pkri-keberlanjutan version 1999.1 is not in the workspace") == true)

        var badValue = try f.submission(seed: 3)
        badValue.answers[0].values = ["bukan-pilihan"]
        let path = try f.write(badValue)
        guard case .rejected(let d3) = f.workspace.importSubmission(contentsOf: path, language: .en).outcome
        else { Issue.record("bad value must be rejected"); return }
        #expect(d3.first?.location.file == path)
        #expect(d3.first?.message.contains("'bukan-pilihan' is not an option") == true)
        #expect(try f.count("submission") == 0)
        #expect(try f.count("audit") == 0)
    }

    @Test func evidenceBesideTheDocumentIsCopiedAndAMissingOneIsAWarning() throws {
        let f = try StoreFixture()
        var s = try f.submission()
        for i in s.answers.indices { s.answers[i].evidence = [] }
        try FileManager.default.createDirectory(atPath: f.folder + "/bukti", withIntermediateDirectories: true)
        try "SK Bupati No. 1".write(toFile: f.folder + "/bukti/sk.pdf", atomically: true, encoding: .utf8)
        s.answers[0].evidence = [Evidence(href: "bukti/sk.pdf", status: .accepted),
                                 Evidence(href: "bukti/hilang.pdf", status: .pending, sha256: String(repeating: "a", count: 64))]
        let result = f.workspace.importSubmission(contentsOf: try f.write(s), language: .en)
        #expect(result.outcome == .new)
        #expect(result.warnings.map(\.message) == ["evidence file 'bukti/hilang.pdf' is not beside the document; the reference is kept"])
        let stored = try #require(try f.workspace.submission(id: s.id))
        let sha = SHA256.hex(Array("SK Bupati No. 1".utf8))
        #expect(stored.answers[0].evidence[0].sha256 == sha)
        #expect(stored.answers[0].evidence[1].sha256 == String(repeating: "a", count: 64))
        #expect(FileManager.default.contents(atPath: f.workspace.evidencePath(sha256: sha)) == Data("SK Bupati No. 1".utf8))
    }

    @Test func evidenceOutsideTheDocumentFolderIsNeverRead() throws {
        let f = try StoreFixture()
        var s = try f.submission()
        s.answers[0].evidence = [Evidence(href: "../../etc/passwd", status: .accepted)]
        let result = f.workspace.importSubmission(contentsOf: try f.write(s), language: .en)
        #expect(result.outcome == .new)
        #expect(result.warnings.first?.message.contains("its path leads outside the document's folder") == true)
        #expect(try f.count("evidenceFile") == 0)
    }

    @Test func exportThenImportElsewhereGivesTheSameSubmissions() throws {
        let a = try StoreFixture(), b = try StoreFixture()
        for seed: UInt64 in 1...3 { _ = a.workspace.importSubmission(contentsOf: try a.write(try a.submission(seed: seed)), language: .en) }
        let out = a.folder + "/out"
        let summary = try a.workspace.exportSubmissions(try a.workspace.submissions(), to: out)
        #expect(summary.documents.count == 3)
        for doc in summary.documents { #expect(b.workspace.importSubmission(contentsOf: doc, language: .en).outcome == .new) }
        #expect(try b.workspace.submissions() == (try a.workspace.submissions()))
    }

    @Test func theAuditLogCannotBeRewritten() throws {
        let f = try StoreFixture()
        _ = f.workspace.importSubmission(contentsOf: try f.write(try f.submission()), language: .en)
        #expect(throws: WorkspaceError.self) {
            try f.workspace.write { db in try db.execute(sql: "UPDATE audit SET actor = 'someone else'") }
        }
        #expect(throws: WorkspaceError.self) {
            try f.workspace.write { db in try db.execute(sql: "DELETE FROM audit") }
        }
        #expect(try f.count("audit") == 1)
    }

    @Test func aChangedTemplateNeedsANewVersion() throws {
        let f = try StoreFixture()
        let original = try String(contentsOfFile: StoreFixture.root + "/templates/pkri-keberlanjutan.xml", encoding: .utf8)
        let changed = f.folder + "/changed.xml"
        try original.replacingOccurrences(of: "</template>", with: "<!-- edited --></template>")
            .write(toFile: changed, atomically: true, encoding: .utf8)
        #expect(throws: WorkspaceError.self) { try f.workspace.addTemplate(contentsOf: changed, language: .en) }
        let bumped = f.folder + "/bumped.xml"
        try original.replacingOccurrences(of: "version=\"2025.1\"", with: "version=\"2025.2\"")
            .write(toFile: bumped, atomically: true, encoding: .utf8)
        #expect(try f.workspace.addTemplate(contentsOf: bumped, language: .en).1 == .added)
        #expect(try f.workspace.template(id: "pkri-keberlanjutan", version: nil, language: .en).version == "2025.2")
        #expect(try f.workspace.template(id: "pkri-keberlanjutan", version: "2025.1", language: .en).version == "2025.1")
    }
}
