import Foundation
import PKRICore
import Testing

/// What `pkri assess` says when it opens: which submission, for whom, from
/// what; and what it leaves behind when nothing is answered.
@Suite("pkri assess: opening and leaving")
struct AssessOpeningTests {
    static let subject = "INOV-2019-0042"

    /// The first answer of a new submission is in the history like every later one.
    @Test func theFirstAnswerOfANewSubmissionIsInTheHistory() throws {
        let ws = try AssessWorkspace()
        let r = try ws.assess(subject: Self.subject, assessor: "a", ["berjalan", "perda"])
        #expect(r.status == 0, "\(r.stderr)")
        let entries = try ws.history(subject: Self.subject)
        #expect(entries.map { $0["field"] as? String } == ["created", "answer", "answer"], "\(entries)")
        #expect(entries.dropFirst().map { $0["question"] as? String } == ["status", "dasar_hukum"])
        #expect(entries.dropFirst().map { $0["new"] as? String } == ["berjalan", "perda"])
        #expect(entries.allSatisfy { $0["actor"] as? String == "a" })
    }

    @Test func fromSelfSaysWhenThereIsNoSelfAssessment() throws {
        let ws = try AssessWorkspace()
        let r = try ws.assess(subject: Self.subject, assessor: "tpi-07", [], options: ["--role", "verifier", "--from-self"])
        #expect(r.status == 0, "\(r.stderr)")
        let opening = AssessTranscript(r.stdout).opening
        #expect(opening.contains("There is no self-assessment of \(Self.subject) with pkri-keberlanjutan@2025.1 to start from; the questionnaire starts empty."),
                "\(opening)")
    }

    @Test func fromSelfSaysThatTheSelfAssessmentIsADraft() throws {
        let ws = try AssessWorkspace()
        _ = try ws.assess(subject: Self.subject, assessor: "instansi", ["berkembang"])
        let selfID = try #require(try ws.submission(subject: Self.subject, assessor: "instansi")?.id)
        let draft = try ws.assess(subject: Self.subject, assessor: "tpi-07", [], options: ["--role", "verifier", "--from-self"])
        #expect(draft.stdout.contains("Prefilled from self-assessment \(selfID) by instansi, a draft not yet submitted."),
                "\(AssessTranscript(draft.stdout).opening)")

        _ = try ws.assess(subject: Self.subject, assessor: "instansi", [":goto 1", "berhenti", "Dana habis", ":submit"])
        let submitted = try ws.assess(subject: Self.subject, assessor: "tpi-08", [], options: ["--role", "verifier", "--from-self"])
        #expect(submitted.stdout.contains("Prefilled from self-assessment \(selfID) by instansi, submitted "),
                "\(AssessTranscript(submitted.stdout).opening)")
    }

    /// A mistyped `--assessor` starts a new submission: it says so, for
    /// whom, and names the others of this subject.
    @Test func aNewSubmissionSaysForWhomAndNamesTheOthers() throws {
        let ws = try AssessWorkspace()
        _ = try ws.assess(subject: Self.subject, assessor: "tpi-07", ["berjalan"], options: ["--role", "verifier"])
        let r = try ws.assess(subject: Self.subject, assessor: "tpi-7", [], options: ["--role", "verifier"])
        #expect(r.status == 0, "\(r.stderr)")
        let opening = AssessTranscript(r.stdout).opening
        #expect(opening.first?.hasPrefix("Starting a new submission for \(Self.subject) by assessor tpi-7 (verifier, desk) with pkri-keberlanjutan@2025.1") == true,
                "\(opening)")
        #expect(opening.contains("Other submissions for \(Self.subject): tpi-07 (verifier, desk, draft)."), "\(opening)")
        #expect(opening.contains("Nothing is stored until the first answer; to continue another one, leave (Ctrl-D) and give its --assessor."),
                "\(opening)")
    }

    @Test func aTemplateForAgenciesOnAnInnovationSaysSo() throws {
        let ws = try AssessWorkspace(templates: ["templates/pkri-keberlanjutan.xml", "templates/pkri-instansi.xml"])
        let agency = try ws.assess(subject: Self.subject, assessor: "a", [], template: "pkri-instansi")
        #expect(agency.status == 1)
        #expect(agency.stderr == "pkri: pkri-instansi is a template for agencies, and \(Self.subject) is an innovation\n", "\(agency.stderr)")
        let innovation = try ws.assess(subject: "kemenkes", assessor: "a", [])
        #expect(innovation.status == 1)
        #expect(innovation.stderr == "pkri: pkri-keberlanjutan is a template for innovations, and kemenkes is an agency\n", "\(innovation.stderr)")
        let unknown = try ws.assess(subject: "INOV-0000-TYPO", assessor: "a", [])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "pkri: subject 'INOV-0000-TYPO' is not in the registry (innovations)\n", "\(unknown.stderr)")
    }

    /// `:save` with nothing answered stores no empty draft.
    @Test func saveWithoutAnswersStoresNothing() throws {
        let ws = try AssessWorkspace()
        let r = try ws.assess(subject: Self.subject, assessor: "a", [":save"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(AssessTranscript(r.stdout).turn(":save")?.reply == ["Nothing answered yet; nothing stored."], "\(r.stdout.suffix(300))")
        #expect(try ws.submissions(subject: Self.subject).isEmpty)
        let results = try ws.pkri(["results", "--json", "--subject", Self.subject])
        #expect(results.stdout.contains(#""state":"not-started""#), "\(results.stdout)")
    }

    /// Indonesian output says Indonesian words for statuses, not the ids.
    @Test func indonesianWordsInTheQuestionnaireAndTheResumeLine() throws {
        let ws = try AssessWorkspace()
        _ = try ws.write("perda.pdf", "%PDF-1.4 perda\n")
        _ = try ws.assess(subject: Self.subject, assessor: "a", ["berjalan", ":bukti perda.pdf", "perda"], lang: "id")
        let r = try ws.assess(subject: Self.subject, assessor: "a", [":ke dasar_hukum"], lang: "id")
        let opening = AssessTranscript(r.stdout).opening
        #expect(opening.first?.hasPrefix("Melanjutkan pengajuan ") == true && opening.first?.contains(" (draf, diperbarui ") == true,
                "\(opening)")
        let screen = AssessTranscript(r.stdout).turn(":ke dasar_hukum")?.reply ?? []
        #expect(screen.contains { $0.hasPrefix("  Bukti: bukti/perda.pdf [menunggu]") }, "\(screen)")
        #expect(!r.stdout.contains("draft") && !r.stdout.contains("[pending]"), "\(r.stdout)")
    }
}
