import ArgumentParser
import Foundation
import PKRICore
import PKRIStore

struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: helpText("Mengisi kuesioner penilaian di terminal; setiap jawaban langsung tersimpan.", "Fills in an assessment questionnaire in the terminal; every answer is saved at once."),
        discussion: helpText("""
        Membuka (atau melanjutkan) pengajuan penilai untuk subjek itu dan menanyakannya satu per satu.
        Jawaban dapat diketik atau dialirkan dari berkas (satu per baris), misalnya:
          printf 'berjalan\\n:save\\n' | pkri assess --template pkri-keberlanjutan --subject INOV-2019-0042 --assessor tpi-07 --role verifier
        Ketik :help di dalam kuesioner untuk semua perintah. Ctrl-C atau akhir masukan menyimpan dan keluar.
        """, """
        Opens (or resumes) the assessor's submission for that subject and asks its questions one by one.
        Answers can be typed or piped from a file (one per line), for example:
          printf 'berjalan\\n:save\\n' | pkri assess --template pkri-keberlanjutan --subject INOV-2019-0042 --assessor tpi-07 --role verifier
        Type :help inside the questionnaire for all commands. Ctrl-C or the end of input saves and exits.
        """)
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: .text("Id templat di workspace, atau ID@VERSI.", "Template id in the workspace, or ID@VERSION.")) var template: String
    @Option(help: .text("Id inovasi (atau instansi untuk templat instansi).", "Innovation id (or agency id for an agency template).")) var subject: String
    @Option(help: .text("Nama atau kode penilai.", "Assessor's name or code.")) var assessor: String
    @Option(help: .text("self (penilaian mandiri) atau verifier.", "self (self-assessment) or verifier.")) var role: Submission.Role = .self
    @Option(help: .text("Tahap penilaian, mis. desk atau interview (bawaan: desk untuk verifikator).", "Assessment stage, e.g. desk or interview (default: desk for verifiers).")) var stage: String?
    @Flag(name: .customLong("from-self"), help: .text("Verifikator: mulai dari jawaban penilaian mandiri instansi.", "Verifiers: start from the agency's self-assessment answers."))
    var fromSelf = false

    func validate() throws {
        if fromSelf, role != .verifier { throw ValidationError("--from-self hanya untuk --role verifier") }
    }

    func run() throws {
        let l = workspace.lang
        let ws = try workspace.open(writing: true)
        let parts = template.split(separator: "@", maxSplits: 1).map(String.init)
        let templateID = parts[0], version = parts.count > 1 ? parts[1] : nil
        let stage = self.stage ?? (role == .verifier ? "desk" : nil)
        do {
            let ofSubject = try ws.submissions(subject: subject, template: templateID)
            let existing = ofSubject
                .filter { $0.assessor == assessor && $0.role == role && $0.stage == stage
                    && (version == nil || $0.templateVersion == version) }
                .max { (Timestamp($0.updated)?.seconds ?? 0) < (Timestamp($1.updated)?.seconds ?? 0) }
            let t = try ws.template(id: templateID, version: existing?.templateVersion ?? version, language: l)
            if let mismatch = try ws.subjectMismatch(subject, template: t) {
                Terminal.err("pkri: " + mismatch.message(l))
                throw ExitCode(1)
            }
            let own = fromSelf ? try latestSelfAssessment(ws, template: t) : nil
            var submission: Submission
            if let existing {
                submission = existing
                Terminal.out(l.pick("Melanjutkan pengajuan \(existing.id) (\(existing.status.label(l)), diperbarui \(existing.updated)).",
                                    "Resuming submission \(existing.id) (\(existing.status.label(l)), updated \(existing.updated))."))
            } else {
                let now = Timestamp.nowPrecise()
                submission = Submission(id: UUID().uuidString.lowercased(), template: t.id, templateVersion: t.version,
                                        subject: subject, assessor: assessor, role: role, stage: stage, status: .draft,
                                        created: now, updated: now, answers: own?.answers ?? [])
                let opening = NewSubmissionOpening(submission: submission,
                                                   start: !fromSelf ? .empty : own.map { .selfAssessment($0) } ?? .noSelfAssessment,
                                                   others: ofSubject.filter { $0.templateVersion == t.version })
                Terminal.out(opening.lines(l).joined(separator: "\n"))
            }
            var walk = Walk(template: t, answers: submission.answers)
            walk.resume()
            if walk.position == .end, !walk.relevantIndices.isEmpty, existing == nil { walk.position = .question(walk.relevantIndices[0]) }
            InterruptHandler.install()
            let session = AssessSession(walk: walk, submission: submission, stored: existing != nil, workspace: ws, language: l,
                                        selfAnswers: own?.answersByQuestion ?? [:])
            _ = try session.run()
        } catch let error as WorkspaceError {
            throw workspace.fail(error)
        }
    }

    /// The agency's latest self-assessment of this subject with this template.
    private func latestSelfAssessment(_ ws: Workspace, template t: Template) throws -> Submission? {
        try ws.submissions(subject: subject, template: t.id)
            .filter { $0.role == .self && $0.templateVersion == t.version }
            .max { a, b in
                (a.status == .submitted ? 1 : 0, Timestamp(a.updated)?.seconds ?? 0)
                    < (b.status == .submitted ? 1 : 0, Timestamp(b.updated)?.seconds ?? 0)
            }
    }
}

extension Submission.Role: ExpressibleByArgument {}

/// Ctrl-C ends the questionnaire cleanly: every answer is already committed,
/// so there is nothing left to save.
enum InterruptHandler {
    static func install() {
        signal(SIGINT) { _ in
            // Only async-signal-safe calls here: no allocation, no locks.
            let message: StaticString = "\n(Ctrl-C) semua jawaban tersimpan / every answer is saved\n"
            _ = write(STDOUT_FILENO, message.utf8Start, message.utf8CodeUnitCount)
            _exit(130)
        }
    }
}
