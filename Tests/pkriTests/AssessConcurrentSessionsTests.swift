import Foundation
import PKRICore
import Testing

/// Two `pkri assess` processes on one submission at once (the same
/// assessor at two terminals, or a script beside a person): every answer is
/// committed as a change to that one answer, so a change to another answer
/// is kept and a change to the same answer is shown, never overwritten.
@Suite("two pkri assess sessions on one submission", .timeLimit(.minutes(1)))
struct AssessConcurrentSessionsTests {
    static let subject = "INOV-2019-0042"

    @Test func aChangeToAnotherAnswerIsKeptAndOneToTheSameAnswerIsShown() throws {
        let ws = try AssessWorkspace()
        let first = try ws.assess(subject: Self.subject, assessor: "a", ["berjalan", "perda"])
        try #require(first.status == 0, "\(first.stderr)")
        let arguments = ws.assessArguments(subject: Self.subject, assessor: "a")

        // Both open the submission as it is now.
        let one = try LiveAssess(arguments, in: ws.directory)
        let two = try LiveAssess(arguments, in: ws.directory)
        #expect(one.opening.firstScreen?.id == "nomor_dasar_hukum")
        #expect(two.opening.firstScreen?.id == "nomor_dasar_hukum")

        // Each answers a different question.
        #expect(try one.type("Perda 7/2021").reply.first == "✓ saved")
        try two.type(":goto tahun_anggaran")
        #expect(try two.type("3").reply.first == "✓ saved")
        var s = try ws.submission(subject: Self.subject, assessor: "a")
        #expect(s?.answer("nomor_dasar_hukum")?.values == ["Perda 7/2021"], "the other session's answer was lost")
        #expect(s?.answer("tahun_anggaran")?.values == ["3"])
        #expect(s?.answer("status")?.values == ["berjalan"])

        // Both change the same answer: the second is shown the three values and stores nothing.
        try one.type(":goto status")
        try two.type(":goto status")
        #expect(try one.type("berkembang").reply.first == "✓ saved")
        let refused = try two.type("mati_suri")
        #expect(refused.reply.prefix(4) == [
            "Another session changed the answer to status since you read it; nothing was overwritten.",
            "  when you read it: Running [berjalan]",
            "  yours:            Stalled (inactive, not formally discontinued) [mati_suri]",
            "  now stored:       Running and further developed [berkembang]",
        ], "\(refused.reply)")
        #expect(refused.screen?.id == "status")
        #expect(refused.screen?.contains("  Current answer: Running and further developed [berkembang] (Enter keeps it)") == true)
        s = try ws.submission(subject: Self.subject, assessor: "a")
        #expect(s?.answer("status")?.values == ["berkembang"])

        // Having seen it, the assessor may replace it.
        #expect(try two.type("mati_suri").reply.first == "✓ saved")
        s = try ws.submission(subject: Self.subject, assessor: "a")
        #expect(s?.answer("status")?.values == ["mati_suri"])
        #expect(s?.answer("nomor_dasar_hukum")?.values == ["Perda 7/2021"])
        #expect(s?.answer("tahun_anggaran")?.values == ["3"])

        // The first session shows what changed when it next shows a question.
        let shown = try one.type(":goto status")
        #expect(shown.reply.first == "(changed in another session: status)", "\(shown.reply)")
        #expect(shown.screen?.contains("  Current answer: Stalled (inactive, not formally discontinued) [mati_suri] (Enter keeps it)") == true,
                "\(shown.reply)")
        #expect(one.end().status == 0)
        #expect(two.end().status == 0)
        #expect(try ws.submission(subject: Self.subject, assessor: "a")?.answer("status")?.values == ["mati_suri"])

        // Every commit is in the history, each by the change it made.
        let changes = try ws.history(subject: Self.subject).filter { $0["field"] as? String == "answer" }
        #expect(changes.compactMap { $0["question"] as? String }
                    == ["status", "dasar_hukum", "nomor_dasar_hukum", "tahun_anggaran", "status", "status"], "\(changes)")
    }

    /// Evidence, notes and a verifier's judgement are changes to one answer
    /// too: they keep what another session did to the others.
    @Test func evidenceAndNotesKeepTheOtherSessionsAnswers() throws {
        let ws = try AssessWorkspace()
        _ = try ws.write("perda.pdf", "%PDF-1.4 perda\n")
        let first = try ws.assess(subject: Self.subject, assessor: "a", ["berjalan", "perda"])
        try #require(first.status == 0, "\(first.stderr)")
        let arguments = ws.assessArguments(subject: Self.subject, assessor: "a")
        let one = try LiveAssess(arguments, in: ws.directory)
        let two = try LiveAssess(arguments, in: ws.directory)
        #expect(try one.type("Perda 7/2021").reply.first == "✓ saved")
        try two.type(":goto dasar_hukum")
        #expect(try two.type(":evidence perda.pdf").reply.first == "✓ saved")
        #expect(try two.type(":note checked on site").reply.first == "✓ saved")
        one.end()
        two.end()
        let s = try ws.submission(subject: Self.subject, assessor: "a")
        #expect(s?.answer("nomor_dasar_hukum")?.values == ["Perda 7/2021"])
        #expect(s?.answer("dasar_hukum")?.values == ["perda"])
        #expect(s?.answer("dasar_hukum")?.evidence.map(\.href) == ["bukti/perda.pdf"])
        #expect(s?.answer("dasar_hukum")?.note == "checked on site")
    }

    /// Two sessions that both start a new submission for the same assessor
    /// make one submission, not two.
    @Test func twoNewSessionsMakeOneSubmission() throws {
        let ws = try AssessWorkspace()
        let arguments = ws.assessArguments(subject: Self.subject, assessor: "a")
        let one = try LiveAssess(arguments, in: ws.directory)
        let two = try LiveAssess(arguments, in: ws.directory)
        #expect(try one.type("berjalan").reply.first == "✓ saved")
        try two.type(":goto 2")
        #expect(try two.type("perda").reply.first == "✓ saved")
        one.end()
        two.end()
        let s = try ws.submission(subject: Self.subject, assessor: "a")
        #expect(s?.answer("status")?.values == ["berjalan"])
        #expect(s?.answer("dasar_hukum")?.values == ["perda"])
    }
}
