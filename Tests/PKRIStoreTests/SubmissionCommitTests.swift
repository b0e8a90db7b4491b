import Foundation
import GRDB
@testable import PKRIStore
import PKRICore
import Testing

/// The compare-and-set rule of ``SubmissionChange`` as the workspace runs
/// it: one answer at a time, against what the session last read.
@Suite struct SubmissionCommitTests {
    /// A new session's submission for INOV-1 (not stored).
    func session(_ f: StoreFixture, answers: [Answer] = []) throws -> Submission {
        let t = try f.template
        return Submission(id: UUID().uuidString.lowercased(), template: t.id, templateVersion: t.version, subject: "INOV-1",
                          assessor: "a", role: .verifier, stage: "desk", status: .draft,
                          created: "2026-06-01T08:00:00Z", updated: "2026-06-01T08:00:00Z", answers: answers)
    }

    static func answer(_ q: String, _ v: String...) -> Answer { Answer(question: q, values: v) }

    func stored(_ f: StoreFixture) throws -> [Submission] { try f.workspace.submissions(subject: "INOV-1") }

    @Test func theFirstChangeCreatesTheSubmissionAndLogsTheAnswer() throws {
        let f = try StoreFixture()
        let s = try session(f)
        let commit = try f.workspace.commit(.answer(question: "status", from: nil, to: Self.answer("status", "berjalan")),
                                            to: s, actor: "a", at: "2026-06-02T08:00:00Z")
        #expect(commit.outcome == .applied)
        #expect(commit.isStored)
        #expect(commit.submission.created == "2026-06-02T08:00:00Z")
        #expect(try stored(f).map(\.id) == [s.id])
        let log = try f.workspace.history(subject: "INOV-1")
        #expect(log.map(\.field) == [.created, .answer])
        #expect(log.last?.question == "status")
        #expect(log.last?.new == "berjalan")
        // Its index values are cached with it.
        #expect(try f.count("score") == 1)
    }

    @Test func anEmptySubmissionIsNeverCreated() throws {
        let f = try StoreFixture()
        let s = try session(f)
        #expect(try f.workspace.commit(.keep, to: s, actor: "a").outcome == .unchanged)
        #expect(try f.workspace.commit(.answer(question: "status", from: nil, to: nil), to: s, actor: "a").outcome == .unchanged)
        #expect(try f.workspace.commit(.answer(question: "status", from: nil, to: Answer(question: "status", values: [])),
                                       to: s, actor: "a").outcome == .unchanged)
        #expect(try stored(f).isEmpty)
        // A prefilled one is kept when asked.
        let prefilled = try session(f, answers: [Self.answer("status", "berjalan")])
        #expect(try f.workspace.commit(.keep, to: prefilled, actor: "a").outcome == .applied)
        #expect(try stored(f).first?.answer("status")?.values == ["berjalan"])
    }

    @Test func aChangeToAnotherAnswerKeepsTheOneMadeMeanwhile() throws {
        let f = try StoreFixture()
        let s = try session(f)
        let first = try f.workspace.commit(.answer(question: "status", from: nil, to: Self.answer("status", "berjalan")), to: s, actor: "a")
        let read = first.submission
        // Two sessions read `read`; one answers dasar_hukum, the other tahun_anggaran.
        _ = try f.workspace.commit(.answer(question: "dasar_hukum", from: nil, to: Self.answer("dasar_hukum", "perda")), to: read, actor: "a")
        let second = try f.workspace.commit(.answer(question: "tahun_anggaran", from: nil, to: Self.answer("tahun_anggaran", "3")),
                                            to: read, actor: "a")
        #expect(second.outcome == .applied)
        #expect(second.submission.answers.map(\.question) == ["status", "dasar_hukum", "tahun_anggaran"])
        #expect(try stored(f).first?.answers.map(\.question) == ["status", "dasar_hukum", "tahun_anggaran"])
    }

    @Test func aChangeToTheSameAnswerIsAConflictAndStoresNothing() throws {
        let f = try StoreFixture()
        let read = try f.workspace.commit(.answer(question: "status", from: nil, to: Self.answer("status", "berjalan")),
                                          to: try session(f), actor: "a").submission
        _ = try f.workspace.commit(.answer(question: "status", from: read.answer("status"), to: Self.answer("status", "berkembang")),
                                   to: read, actor: "a")
        let entries = try f.workspace.history(subject: "INOV-1").count
        let late = try f.workspace.commit(.answer(question: "status", from: read.answer("status"), to: Self.answer("status", "mati_suri")),
                                          to: read, actor: "a")
        #expect(late.outcome == .conflict(AnswerConflict(question: "status", read: Self.answer("status", "berjalan"),
                                                         proposed: Self.answer("status", "mati_suri"),
                                                         stored: Self.answer("status", "berkembang"))))
        #expect(late.submission.answer("status")?.values == ["berkembang"])
        #expect(try stored(f).first?.answer("status")?.values == ["berkembang"])
        #expect(try f.workspace.history(subject: "INOV-1").count == entries)
        // The same change made twice is no conflict.
        let same = try f.workspace.commit(.answer(question: "status", from: read.answer("status"), to: Self.answer("status", "berkembang")),
                                          to: read, actor: "a")
        #expect(same.outcome == .unchanged)
    }

    @Test func changingASubmittedAnswerMakesADraft() throws {
        let f = try StoreFixture()
        let answers = [Self.answer("status", "berhenti"), Self.answer("alasan_terhenti", "Dana habis")]
        let s = try session(f, answers: answers)
        let submitted = try f.workspace.commit(.status(.submitted, reviewed: answers), to: s, actor: "a")
        #expect(submitted.outcome == .applied)
        #expect(submitted.submission.status == .submitted)
        let changed = try f.workspace.commit(.answer(question: "alasan_terhenti", from: answers[1], to: Self.answer("alasan_terhenti", "Dialihkan")),
                                             to: submitted.submission, actor: "a")
        #expect(changed.submission.status == .draft)
        #expect(try f.workspace.history(subject: "INOV-1").map(\.field).contains(.status))
    }

    /// Submitting is a change too: of the answers the assessor reviewed.
    @Test func submitIsRefusedWhenTheAnswersChangedOrARequiredOneIsOpen() throws {
        let f = try StoreFixture()
        let reviewed = [Self.answer("status", "berhenti"), Self.answer("alasan_terhenti", "Dana habis")]
        let read = try f.workspace.commit(.keep, to: try session(f, answers: reviewed), actor: "a").submission
        _ = try f.workspace.commit(.answer(question: "alasan_terhenti", from: reviewed[1], to: nil), to: read, actor: "a")
        let late = try f.workspace.commit(.status(.submitted, reviewed: reviewed), to: read, actor: "a")
        #expect(late.outcome == .changedSinceRead(["alasan_terhenti"]))
        let open = try f.workspace.commit(.status(.submitted, reviewed: late.submission.answers), to: late.submission, actor: "a")
        #expect(open.outcome == .requiredOpen(["alasan_terhenti"]))
        #expect(try stored(f).first?.status == .draft)
    }

    /// Two sessions that both start the same assessment make one submission.
    @Test func aSecondNewSessionJoinsTheSubmissionTheFirstCreated() throws {
        let f = try StoreFixture()
        let one = try session(f), two = try session(f)
        _ = try f.workspace.commit(.answer(question: "status", from: nil, to: Self.answer("status", "berjalan")), to: one, actor: "a")
        let joined = try f.workspace.commit(.answer(question: "dasar_hukum", from: nil, to: Self.answer("dasar_hukum", "perda")),
                                            to: two, actor: "a")
        #expect(joined.submission.id == one.id)
        #expect(try stored(f).map(\.id) == [one.id])
        #expect(try stored(f).first?.answers.map(\.question) == ["status", "dasar_hukum"])
    }

    /// Evidence typed before the answer is an answer record without a value:
    /// kept, logged as evidence (not as an empty answer), left out of documents.
    @Test func evidenceWithoutAValueIsStoredButNotWritten() throws {
        let f = try StoreFixture()
        let pending = Answer(question: "dasar_hukum", values: [], evidence: [Evidence(href: "https://bukti.example/perda.pdf")])
        let s = try f.workspace.commit(.answer(question: "status", from: nil, to: Self.answer("status", "berjalan")),
                                       to: try session(f), actor: "a").submission
        #expect(try f.workspace.commit(.answer(question: "dasar_hukum", from: nil, to: pending), to: s, actor: "a").outcome == .applied)
        #expect(try stored(f).first?.answer("dasar_hukum") == pending)
        let last = try f.workspace.history(subject: "INOV-1").last
        #expect(last?.field == .evidence)
        let folder = f.folder + "/export"
        let summary = try f.workspace.exportSubmissions(try stored(f), to: folder)
        #expect(summary.withoutValue.map(\.question) == ["dasar_hukum"])
        let xml = try String(contentsOfFile: try #require(summary.documents.first), encoding: .utf8)
        #expect(!xml.contains("dasar_hukum"), "\(xml)")
    }
}
