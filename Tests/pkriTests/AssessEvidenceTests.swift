import Foundation
import PKRICore
import Testing

/// `:evidence` and `:note` act on the question being asked, before its
/// answer or without one, and are committed at once like answers; `:submit`
/// and `:review` say which answers earn nothing for want of evidence.
@Suite("pkri assess: evidence and notes")
struct AssessEvidenceTests {
    static let subject = "INOV-2019-0042"
    static let saved = "✓ saved"

    /// The piped script: evidence typed before the answer it proves.
    @Test func evidenceTypedBeforeTheAnswerIsStoredOnTheQuestionBeingAsked() throws {
        let ws = try AssessWorkspace()
        _ = try ws.write("perda.pdf", "%PDF-1.4 perda\n")
        _ = try ws.write("dpa.pdf", "%PDF-1.4 dpa\n")
        let r = try ws.assess(subject: Self.subject, assessor: "a", [
            "berjalan",
            ":evidence perda.pdf", ":note Perda 7/2021 checked", "perda",
            "Perda 7/2021",
            ":goto tahun_anggaran", ":bukti dpa.pdf", ":catatan DPA 2023-2025", "3",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let t = AssessTranscript(r.stdout)
        let attached = try #require(t.turn(":evidence perda.pdf"))
        #expect(attached.reply.first == Self.saved, "\(attached.reply)")
        // Still at the question it belongs to, now showing the evidence.
        #expect(attached.screen?.id == "dasar_hukum")
        #expect(attached.screen?.contains("  Evidence: bukti/perda.pdf [pending]") == true, "\(attached.reply)")
        #expect(t.turn("perda")?.reply.first == Self.saved)

        let s = try #require(try ws.submission(subject: Self.subject, assessor: "a"))
        #expect(s.answer("status")?.evidence.isEmpty == true, "evidence went to the previous question")
        #expect(s.answer("dasar_hukum")?.values == ["perda"])
        #expect(s.answer("dasar_hukum")?.evidence.map(\.href) == ["bukti/perda.pdf"])
        #expect(s.answer("dasar_hukum")?.note == "Perda 7/2021 checked")
        #expect(s.answer("nomor_dasar_hukum")?.evidence.isEmpty == true)
        #expect(s.answer("tahun_anggaran")?.values == ["3"])
        #expect(s.answer("tahun_anggaran")?.evidence.map(\.href) == ["bukti/dpa.pdf"])
        #expect(s.answer("tahun_anggaran")?.note == "DPA 2023-2025")
    }

    /// Evidence for a question never answered is kept with it (and shown
    /// when the assessor comes back), and survives a SIGKILL once "saved".
    @Test func evidenceWithoutAnAnswerIsKeptAndSurvivesAKill() throws {
        let ws = try AssessWorkspace()
        _ = try ws.write("monev.pdf", "%PDF-1.4 monev\n")
        let session = try LiveAssess(ws.assessArguments(subject: Self.subject, assessor: "a"), in: ws.directory)
        #expect(try session.type("berjalan").reply.first == Self.saved)
        try session.type(":goto laporan_monev")
        #expect(try session.type(":evidence monev.pdf").reply.first == Self.saved)
        #expect(try session.type(":note report due in July").reply.first == Self.saved)
        _ = session.kill()

        let s = try #require(try ws.submission(subject: Self.subject, assessor: "a"))
        let pending = try #require(s.answer("laporan_monev"))
        #expect(pending.values.isEmpty)
        #expect(pending.evidence.map(\.href) == ["bukti/monev.pdf"])
        #expect(pending.note == "report due in July")

        // An exported document stays valid (an answer needs a value): the
        // evidence without an answer stays in the workspace, and export says so.
        let out = ws.directory.appendingPathComponent("export")
        let export = try ws.pkri(["submission", "export", "--subject", Self.subject, "--out", out.path])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("laporan_monev has evidence or a note but no answer; not in the exported document"),
                "\(export.stderr)")
        let documents = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".xml") }
        let document = out.appendingPathComponent(try #require(documents.first)).path
        let template = PKRIProcess.packageRoot.appendingPathComponent("templates/pkri-keberlanjutan.xml").path
        let scored = try PKRIProcess.run(["score", "--template", template, document, "--lang", "en"])
        #expect(scored.status == 0, "\(scored.stderr)")

        let again = try ws.assess(subject: Self.subject, assessor: "a", [":goto laporan_monev", "insidental"])
        let screen = try #require(AssessTranscript(again.stdout).turn(":goto laporan_monev")?.screen)
        #expect(screen.contains("  Evidence: bukti/monev.pdf [pending]"), "\(screen.lines)")
        #expect(screen.contains("  Note: report due in July"))
        #expect(!screen.contains("Current answer:"), "\(screen.lines)")
        let answered = try ws.submission(subject: Self.subject, assessor: "a")?.answer("laporan_monev")
        #expect(answered?.values == ["insidental"])
        #expect(answered?.evidence.map(\.href) == ["bukti/monev.pdf"])

    }

    @Test func submitWarnsOfAnswersThatEarnNothingWithoutTheirEvidence() throws {
        let ws = try AssessWorkspace()
        _ = try ws.write("sk.pdf", "%PDF-1.4 sk\n")
        let r = try ws.assess(subject: Self.subject, assessor: "a", [
            "berjalan", "perda", "Perda 7/2021",
            ":goto tahun_anggaran", "3",
            ":goto tim_pelaksana", ":evidence sk.pdf", "tanpa_sk",
            ":goto bentuk_pengembangan", "perluasan_wilayah",
            ":goto penerima_manfaat", "1200",
            ":goto laporan_monev", "insidental",
            ":review", ":submit", ":review", ":submit", ":submit",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let t = AssessTranscript(r.stdout)
        let review = try #require(t.turn(":review")?.reply)
        let row = try #require(review.first { $0.contains(" dasar_hukum ") }, "\(review)")
        #expect(row.contains("0/4") && row.hasSuffix("required evidence missing"), "\(row)")
        let withEvidence = try #require(review.first { $0.contains(" tim_pelaksana ") })
        #expect(!withEvidence.contains("evidence"), "\(withEvidence)")

        let warned = try #require(t.turn(":submit", 0)?.reply)
        #expect(warned.first == "These answers earn nothing because their required evidence is missing:", "\(warned)")
        let listed = warned.dropFirst().prefix { $0.hasPrefix("  - ") }.map { String($0.dropFirst(4).prefix { $0 != ":" }) }
        #expect(listed == ["dasar_hukum", "tahun_anggaran", "penerima_manfaat", "laporan_monev"], "\(warned)")
        #expect(warned.contains("Type :submit again to submit as it is, or attach evidence with :evidence."), "\(warned)")
        // Anything else in between asks again.
        #expect(t.turn(":submit", 1)?.reply.first == "These answers earn nothing because their required evidence is missing:")
        #expect(t.turn(":submit", 2)?.reply.first?.hasPrefix("Submitted. ") == true, "\(t.turns.last?.reply ?? [])")
        #expect(try ws.submission(subject: Self.subject, assessor: "a")?.status == .submitted)
    }

    /// With all required evidence, `:submit` submits at once.
    @Test func submitWithItsEvidenceDoesNotAsk() throws {
        let ws = try AssessWorkspace()
        let r = try ws.assess(subject: Self.subject, assessor: "a", ["berhenti", "Anggaran tidak lagi dialokasikan", ":submit"])
        #expect(AssessTranscript(r.stdout).turn(":submit")?.reply.first?.hasPrefix("Submitted. ") == true, "\(r.stdout.suffix(400))")
    }
}
