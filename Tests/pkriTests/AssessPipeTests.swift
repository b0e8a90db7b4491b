import Foundation
import PKRICore
import Testing

/// End-to-end: `pkri assess` on `templates/pkri-keberlanjutan.xml`, the real
/// binary fed through a pipe in a fresh workspace. Checks what it prints
/// (`--lang en`, `NO_COLOR=1`) and what the workspace then holds.
@Suite("pkri assess through a pipe")
struct AssessPipeTests {
    static let subject = "INOV-2019-0042"
    static let saved = "✓ saved"
    static let endOfInput = "End of input; every answer is saved."

    static func values(_ s: Submission?, _ question: String) -> [String]? { s?.answer(question)?.values }

    // MARK: - Answering and moving

    @Test func invalidAnswersAreExplainedAndTheQuestionAskedAgain() throws {
        let ws = try AssessWorkspace()
        let r = try ws.assess(subject: Self.subject, assessor: "a", ["9", "", "2", "13"])
        #expect(r.status == 0, "\(r.stderr)")
        let t = AssessTranscript(r.stdout)
        #expect(t.opening.first == "Starting a new submission for \(Self.subject) by assessor a (self) with pkri-keberlanjutan@2025.1.",
                "\(t.opening)")
        #expect(t.firstScreen?.at == "status 1/22")
        #expect(t.firstScreen?.open == 7)
        #expect(t.firstScreen?.contains("  4) Stopped  [berhenti]") == true)

        #expect(t.turns[0].reply.first == "'9' is not an option of this question — try again")
        #expect(t.turns[0].screen?.id == "status")
        #expect(t.turns[1].reply.first == "This question is required (or type :skip to leave it for now).")
        #expect(t.turns[1].screen?.id == "status")
        // An option's number is its value.
        #expect(t.turns[2].reply.first == Self.saved)
        #expect(t.turns[2].screen?.at == "dasar_hukum 2/22")
        #expect(t.turns[2].screen?.open == 6)
        #expect(t.turns[3].reply.first == "'13' is not an option of this question — try again")
        #expect(t.turns[3].screen?.id == "dasar_hukum")
        #expect(t.turns.last?.reply.contains(Self.endOfInput) == true)

        let s = try ws.submission(subject: Self.subject, assessor: "a")
        #expect(s?.answers.map(\.question) == ["status"])
        #expect(Self.values(s, "status") == ["berjalan"])
    }

    @Test func backGotoAndCommands() throws {
        let ws = try AssessWorkspace()
        let r = try ws.assess(subject: Self.subject, assessor: "a", [
            "berjalan", ":back", "", "perda",
            ":goto tahun_anggaran", "13", "3",
            ":goto 1", ":goto nowhere", ":goto lama_terhenti", ":nonsense", ":skip",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let t = AssessTranscript(r.stdout)
        #expect(t.turns.map(\.input) == ["berjalan", ":back", "", "perda", ":goto tahun_anggaran", "13", "3",
                                         ":goto 1", ":goto nowhere", ":goto lama_terhenti", ":nonsense", ":skip", ""])
        // :back shows the answer given; Enter keeps it and moves on.
        #expect(t.turns[1].screen?.id == "status")
        #expect(t.turns[1].screen?.contains("  Current answer: Running [berjalan] (Enter keeps it)") == true)
        #expect(t.turns[2].reply.first?.hasPrefix("[") == true, "no 'saved' for a kept answer: \(t.turns[2].reply)")
        #expect(t.turns[2].screen?.id == "dasar_hukum")
        // A legal basis other than 'tidak_ada' makes its number relevant: 22 → 23 questions.
        #expect(t.turns[3].screen?.at == "nomor_dasar_hukum 3/23")
        #expect(t.turns[4].screen?.at == "tahun_anggaran 6/23")
        #expect(t.turns[5].reply.first == "13 is above the maximum 12 — try again")
        #expect(t.turns[5].screen?.id == "tahun_anggaran")
        // Three budget years bring in source, trend and amount: 23 → 26.
        #expect(t.turns[6].screen?.at == "sumber_anggaran 7/26")
        #expect(t.turns[7].screen?.id == "status")
        #expect(t.turns[8].reply.first == "No relevant question 'nowhere'.")
        #expect(t.turns[9].reply.first == "No relevant question 'lama_terhenti'.")
        #expect(t.turns[9].screen?.id == "status")
        #expect(t.turns[10].reply.first == "Unknown command ':nonsense'; type :help.")
        #expect(t.turns[11].screen?.id == "dasar_hukum")

        let s = try ws.submission(subject: Self.subject, assessor: "a")
        #expect(s?.answers.map(\.question) == ["status", "dasar_hukum", "tahun_anggaran"])
        #expect(Self.values(s, "dasar_hukum") == ["perda"])
        #expect(Self.values(s, "tahun_anggaran") == ["3"])
    }

    @Test func constraintMessageIsShownAndTheQuestionAskedAgain() throws {
        let ws = try AssessWorkspace()
        let r = try ws.assess(subject: Self.subject, assessor: "a", [
            "berjalan", ":goto penerima_manfaat", "400000000", "1200",
            ":goto tahun_anggaran", "2", ":goto nilai_anggaran", "350.555", "350,5",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let t = AssessTranscript(r.stdout)
        let beneficiaries = try #require(t.turn("400000000"))
        #expect(beneficiaries.reply.first == "The number of beneficiaries cannot exceed the population of Indonesia (about 280 million). — try again")
        #expect(beneficiaries.screen?.id == "penerima_manfaat")
        #expect(t.turn("1200")?.reply.first == Self.saved)
        #expect(t.turn("1200")?.screen?.id == "tren_penerima")
        let amount = try #require(t.turn("350.555"))
        #expect(amount.reply.first == "Write the amount in million rupiah with at most two decimals, for example 350.5. — try again")
        #expect(amount.screen?.id == "nilai_anggaran")
        #expect(t.turn("350,5")?.reply.first == Self.saved)

        let s = try ws.submission(subject: Self.subject, assessor: "a")
        #expect(Self.values(s, "penerima_manfaat") == ["1200"])
        // The decimal comma is read as a decimal point.
        #expect(Self.values(s, "nilai_anggaran") == ["350.5"])
    }

    /// `status = berhenti` hides every later question but the reason, the
    /// date and the notes; `mati_suri` brings in how long it stalled.
    @Test func relevanceFollowsTheStatus() throws {
        let ws = try AssessWorkspace()
        let r = try ws.assess(subject: Self.subject, assessor: "a", [
            "berjalan", ":back", "berhenti", ":goto dasar_hukum", ":review", ":goto status", "3",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let t = AssessTranscript(r.stdout)
        #expect(t.turns[0].screen?.at == "dasar_hukum 2/22")
        #expect(t.turns[2].screen?.at == "alasan_terhenti 2/4")
        #expect(t.turns[2].screen?.open == 1)
        #expect(t.turns[3].reply.first == "No relevant question 'dasar_hukum'.")
        let review = t.turns[4].reply
        let rows = review.filter { $0.range(of: #"^ ?[0-9]+  "#, options: .regularExpression) != nil }
        #expect(rows.map { $0.split(separator: " ")[1] } == ["status", "alasan_terhenti", "tanggal_berhenti", "catatan_penilai"], "\(review)")
        #expect(review.contains("Innovation Sustainability Index: 0 — Poorly Sustained"), "\(review)")
        #expect(t.turns[6].screen?.at == "lama_terhenti 2/24")
        let s = try ws.submission(subject: Self.subject, assessor: "a")
        #expect(Self.values(s, "status") == ["mati_suri"])
    }

    // MARK: - Submitting

    @Test func submitIsRefusedWithTheOpenQuestionsThenAccepted() throws {
        let ws = try AssessWorkspace()
        let r = try ws.assess(subject: Self.subject, assessor: "a", [
            "berjalan", ":submit", ":goto 1", "berhenti", ":submit", "Anggaran tidak lagi dialokasikan", ":submit",
            "after the end",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let t = AssessTranscript(r.stdout)
        func open(_ turn: AssessTranscript.Turn?) -> [String] {
            guard let reply = turn?.reply, reply.first == "Cannot submit yet; required questions still open:" else { return [] }
            return reply.dropFirst().prefix { $0.hasPrefix("  - ") }.map { String($0.dropFirst(4).prefix { $0 != ":" }) }
        }
        #expect(open(t.turn(":submit", 0)) == ["dasar_hukum", "tahun_anggaran", "tim_pelaksana", "bentuk_pengembangan",
                                                "penerima_manfaat", "laporan_monev"], "\(r.stdout)")
        #expect(t.turn(":submit", 0)?.reply.contains("  - laporan_monev: Internal monitoring and evaluation reports") == true)
        #expect(open(t.turn(":submit", 1)) == ["alasan_terhenti"])
        #expect(t.turn(":submit", 2)?.reply == ["Submitted. Innovation Sustainability Index: 0 — Poorly Sustained"])
        // Submitting ends the session: the last line was never read.
        #expect(t.turns.last?.input == ":submit")

        let listed = try ws.listedSubmissions()
        #expect(listed.count == 1)
        #expect(listed.first?["status"] as? String == "submitted")
        #expect(listed.first?["answers"] as? Int == 2)
        let results = try ws.pkri(["results", "--json", "--subject", Self.subject])
        #expect(results.status == 0, "\(results.stderr)")
        let row = try JSONSerialization.jsonObject(with: Data(results.stdout.utf8)) as? [String: Any]
        #expect(row?["state"] as? String == "self-only", "\(results.stdout)")
        #expect(row?["value"] as? Int == 0)
        #expect(row?["band"] as? String == "kurang-berkelanjutan")

        // A change after submitting makes it a draft again.
        let again = try ws.assess(subject: Self.subject, assessor: "a", [":goto alasan_terhenti", "Dana dialihkan"])
        let changed = AssessTranscript(again.stdout).turn("Dana dialihkan")
        #expect(changed.map { Array($0.reply.prefix(2)) } == ["The submission is a draft again; submit it anew with :submit.", Self.saved])
        let draft = try ws.listedSubmissions()
        #expect(draft.first?["status"] as? String == "draft")
    }

    // MARK: - Saving and resuming

    @Test func endOfInputSavesAndTheSameCommandResumes() throws {
        let ws = try AssessWorkspace()
        let first = try ws.assess(subject: Self.subject, assessor: "a", ["berjalan", "perda"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasSuffix("> \n\n\(Self.endOfInput)\n"), "\(first.stdout)")
        let id = try #require(try ws.submission(subject: Self.subject, assessor: "a")?.id)

        let second = try ws.assess(subject: Self.subject, assessor: "a", ["Perda Nomor 7 Tahun 2021", ":save"])
        #expect(second.status == 0, "\(second.stderr)")
        let t = AssessTranscript(second.stdout)
        #expect(t.opening.first?.hasPrefix("Resuming submission \(id) (draft, updated ") == true, "\(t.opening)")
        // The first unanswered relevant question, not the first question.
        #expect(t.firstScreen?.at == "nomor_dasar_hukum 3/23")
        #expect(t.turn(":save")?.reply == ["Saved. Run the same command to resume."])

        let s = try ws.submission(subject: Self.subject, assessor: "a")
        #expect(s?.id == id)
        #expect(s?.answers.map(\.question) == ["status", "dasar_hukum", "nomor_dasar_hukum"])

        // Another assessor of the same subject gets a submission of their own.
        let other = try ws.assess(subject: Self.subject, assessor: "b", ["berjalan"])
        #expect(AssessTranscript(other.stdout).firstScreen?.id == "status")
        let both = try ws.submissions(subject: Self.subject)
        #expect(both.count == 2)
    }

    @Test func doubleColonTypesTextStartingWithAColon() throws {
        let ws = try AssessWorkspace()
        let r = try ws.assess(subject: Self.subject, assessor: "a", [
            "berjalan", "perda", ":Perwal 12/2021", "::Perwal 12/2021: layanan",
            ":goto catatan_penilai", "::",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let t = AssessTranscript(r.stdout)
        #expect(t.turn(":Perwal 12/2021")?.reply.first == "Unknown command ':Perwal 12/2021'; type :help.")
        #expect(t.turn("::Perwal 12/2021: layanan")?.reply.first == Self.saved)
        let s = try ws.submission(subject: Self.subject, assessor: "a")
        #expect(Self.values(s, "nomor_dasar_hukum") == [":Perwal 12/2021: layanan"])
        #expect(Self.values(s, "catatan_penilai") == [":"])
    }

    // MARK: - Verifier and evidence

    @Test func verifierStartsFromTheAgencysAnswers() throws {
        let ws = try AssessWorkspace()
        let own = try ws.assess(subject: Self.subject, assessor: "instansi", ["berkembang", "perda", "Perda 7/2021"])
        #expect(own.status == 0, "\(own.stderr)")
        let selfID = try #require(try ws.submission(subject: Self.subject, assessor: "instansi")?.id)

        let r = try ws.assess(subject: Self.subject, assessor: "tpi-07", [":goto status", "berjalan"],
                              options: ["--role", "verifier", "--from-self"])
        #expect(r.status == 0, "\(r.stderr)")
        let t = AssessTranscript(r.stdout)
        #expect(t.opening.contains("Prefilled from self-assessment \(selfID) by instansi, a draft not yet submitted."), "\(t.opening)")
        #expect(t.firstScreen?.id == "dokumen_perencanaan")
        let status = try #require(t.turn(":goto status")?.screen)
        #expect(status.contains("  Current answer: Running and further developed [berkembang] (Enter keeps it)"), "\(status.lines)")
        #expect(status.contains("  Agency's own answer: Running and further developed [berkembang]"), "\(status.lines)")

        let verifier = try #require(try ws.submission(subject: Self.subject, assessor: "tpi-07"))
        #expect(verifier.role == .verifier)
        #expect(verifier.stage == "desk")
        #expect(verifier.id != selfID)
        #expect(Self.values(verifier, "status") == ["berjalan"])
        #expect(Self.values(verifier, "nomor_dasar_hukum") == ["Perda 7/2021"])
        // The agency's own submission is untouched.
        let agency = try ws.submission(subject: Self.subject, assessor: "instansi")
        #expect(Self.values(agency, "status") == ["berkembang"])

        let refused = try ws.assess(subject: Self.subject, assessor: "x", [], options: ["--from-self"])
        #expect(refused.status == 64, "\(refused.stderr)")
        #expect(refused.stderr.contains("--from-self"))
    }

    @Test func evidenceFileIsCopiedIntoTheWorkspaceWithItsHash() throws {
        let ws = try AssessWorkspace()
        let contents = "%PDF-1.4 Peraturan Daerah Nomor 7 Tahun 2021\n"
        _ = try ws.write("perda-7-2021.pdf", contents)
        let sha = SHA256.hex(Array(contents.utf8))
        let r = try ws.assess(subject: Self.subject, assessor: "a", [
            "berjalan", ":evidence perda-7-2021.pdf", "perda", ":evidence no-such.pdf", ":back", ":evidence perda-7-2021.pdf",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let t = AssessTranscript(r.stdout)
        // Evidence typed at a question, before its answer, belongs to it.
        let attached = try #require(t.turn(":evidence perda-7-2021.pdf", 0))
        #expect(attached.reply.first == Self.saved)
        #expect(attached.screen?.id == "dasar_hukum")
        #expect(t.turn(":evidence no-such.pdf")?.reply.first == "'no-such.pdf' is not an existing file.")
        // Back at the question, the same file again is not attached twice.
        let again = try #require(t.turn(":evidence perda-7-2021.pdf", 1))
        #expect(again.reply.first == "This file is already attached.")
        #expect(again.screen?.contains("  Evidence: bukti/perda-7-2021.pdf [pending] sha256 \(sha.prefix(12))…") == true,
                "\(again.reply)")

        let answer = try ws.submission(subject: Self.subject, assessor: "a")?.answer("dasar_hukum")
        #expect(answer?.evidence.map(\.href) == ["bukti/perda-7-2021.pdf"])
        #expect(answer?.evidence.first?.sha256 == sha)
        let stored = ws.directory.appendingPathComponent("ws-bukti/\(sha.prefix(2))/\(sha)")
        #expect(FileManager.default.contents(atPath: stored.path) == Data(contents.utf8))

        let out = ws.directory.appendingPathComponent("export")
        let export = try ws.pkri(["submission", "export", "--subject", Self.subject, "--out", out.path])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == "1 submissions and 1 evidence files written to \(out.path)\n")
        let documents = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".xml") }
        #expect(documents.count == 1)
        let xml = try String(contentsOf: out.appendingPathComponent(documents[0]), encoding: .utf8)
        #expect(xml.contains(#"<evidence href="bukti/perda-7-2021.pdf" status="pending" sha256="\#(sha)"/>"#), "\(xml)")
        #expect(FileManager.default.contents(atPath: out.appendingPathComponent("bukti/perda-7-2021.pdf").path) == Data(contents.utf8))
    }

    /// `:review` shortens a long answer to 40 characters and says so with "…".
    @Test func reviewMarksAShortenedAnswer() throws {
        let ws = try AssessWorkspace()
        let long = "Peraturan Daerah Nomor 7 Tahun 2021 tentang Pelayanan Publik Terpadu"
        let r = try ws.assess(subject: Self.subject, assessor: "a", ["berjalan", "perda", long, ":review"])
        #expect(r.status == 0, "\(r.stderr)")
        let row = try #require(AssessTranscript(r.stdout).turn(":review")?.reply.first { $0.contains("nomor_dasar_hukum") })
        #expect(row.contains(String(long.prefix(39)) + "…"), "\(row)")
        #expect(!row.contains(long))
    }

    /// Opening the questionnaire and leaving without an answer stores
    /// nothing, and so does `:save` (AssessOpeningTests).
    @Test func leavingWithoutAnAnswerLeavesNoDraft() throws {
        let ws = try AssessWorkspace()
        let r = try ws.assess(subject: Self.subject, assessor: "a", [])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("End of input; nothing was answered, nothing stored."), "\(r.stdout.suffix(300))")
        #expect(try ws.submission(subject: Self.subject, assessor: "a") == nil)
    }

    /// A mistyped subject is said to be unknown, not answered with an empty
    /// history or an empty export.
    @Test func historyAndExportOfAnUnknownSubjectFail() throws {
        let ws = try AssessWorkspace()
        let history = try ws.pkri(["history", "--subject", "INOV-0000-TYPO"])
        #expect(history.status == 1)
        #expect(history.stderr == "pkri: subject INOV-0000-TYPO is not in the workspace's registry\n")
        let out = ws.directory.appendingPathComponent("export")
        let export = try ws.pkri(["submission", "export", "--subject", "INOV-0000-TYPO", "--out", out.path])
        #expect(export.status == 1)
        #expect(export.stderr == "pkri: subject INOV-0000-TYPO is not in the workspace's registry\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // A registered subject without submissions is no error.
        #expect(try ws.pkri(["history", "--subject", Self.subject]).status == 0)
    }

    /// A mistyped evidence path must be explained like a missing file, and
    /// the questionnaire go on.
    @Test func evidenceThatIsAFolderDoesNotEndTheSession() throws {
        let ws = try AssessWorkspace()
        try FileManager.default.createDirectory(at: ws.directory.appendingPathComponent("scans"), withIntermediateDirectories: true)
        let r = try ws.assess(subject: Self.subject, assessor: "a", ["berjalan", "perda", ":back", ":evidence scans", ""])
        let t = AssessTranscript(r.stdout)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(t.turn(":evidence scans")?.reply.first?.contains("'scans'") == true, "\(r.stdout.suffix(500))")
        #expect(t.turn("") != nil, "the session did not go on")
        // Whatever happens to the session, the answers given stay.
        let s = try ws.submission(subject: Self.subject, assessor: "a")
        #expect(Self.values(s, "dasar_hukum") == ["perda"])
        #expect(s?.answer("dasar_hukum")?.evidence.isEmpty == true)
    }
}
