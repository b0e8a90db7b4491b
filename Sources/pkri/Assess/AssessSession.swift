import Foundation
import PKRICore
import PKRIStore

/// The questionnaire loop of `pkri assess`: shows a question, reads a line,
/// applies it to the ``Walk`` and commits every change to the workspace at
/// once, so a killed process loses at most the line being typed.
///
/// Each change is committed as a change to one answer against the answer
/// as this session last read it (``SubmissionChange``): another session on
/// the same submission keeps its changes to other answers, and a change it
/// made to the same answer is shown here, never overwritten.
final class AssessSession {
    enum Ending { case saved, submitted, endOfInput }

    /// The answers as the assessor changes them, one step ahead of
    /// ``submission`` while a change is being committed.
    var walk: Walk
    /// The submission as this session last read it from the workspace (or
    /// the new one it will create).
    var submission: Submission
    let workspace: Workspace
    let language: Language
    let style = Style.forStdout
    let selfAnswers: [String: Answer]
    private let echoesInput = isatty(STDIN_FILENO) == 1
    /// Whether the workspace holds the submission: a new one is stored with
    /// its first change, so opening the questionnaire and leaving (or
    /// `:save` without an answer) leaves no empty draft behind.
    var stored: Bool
    /// `:submit` warned of answers that earn nothing without their
    /// evidence; a second `:submit` right after submits all the same.
    var submitWarned = false

    init(walk: Walk, submission: Submission, stored: Bool, workspace: Workspace, language: Language,
         selfAnswers: [String: Answer]) {
        self.walk = walk
        self.submission = submission
        self.stored = stored
        self.workspace = workspace
        self.language = language
        self.selfAnswers = selfAnswers
    }

    func run() throws -> Ending {
        let l = language
        while true {
            try refresh()
            if walk.position == .end {
                say(style.bold(l.pick("Akhir kuesioner.", "End of the questionnaire.")) + " "
                    + l.pick("Ketik :submit untuk mengirim, :review untuk meninjau, :back untuk kembali, :save untuk keluar.",
                             "Type :submit to submit, :review to review, :back to go back, :save to quit."))
            } else {
                say(QuestionView(walk: walk, language: l, style: style, selfAnswers: selfAnswers, columns: Terminal.columns).render())
            }
            prompt()
            let input = readLine(strippingNewline: true)
            // Piped answers are echoed so a scripted run reads as a transcript.
            if !echoesInput { say(input ?? "") }
            guard let line = input else {
                say("\n" + (stored ? l.pick("Masukan berakhir; semua jawaban sudah tersimpan.", "End of input; every answer is saved.")
                                    : l.pick("Masukan berakhir; belum ada jawaban, tidak ada yang disimpan.",
                                             "End of input; nothing was answered, nothing stored.")))
                return .endOfInput
            }
            let warned = submitWarned
            submitWarned = false
            switch TypedInput(line) {
            case .answer(let text):
                try typed(text)
            case .command(let command):
                if let ending = try run(command, afterSubmitWarning: warned) { return ending }
            }
        }
    }

    // MARK: - Answers

    private func typed(_ text: String) throws {
        let l = language
        guard let q = walk.currentQuestion else {
            say(style.yellow(l.pick("Tidak ada pertanyaan di sini; ketik :bantuan untuk perintah.", "No question here; type :help for commands.")))
            return
        }
        let values: [String]
        switch q.read(typed: text, language: l) {
        case .failure(let problem):
            say(style.red(problem.message(l, localNumbers: true)) + " — " + l.pick("coba lagi", "try again"))
            return
        case .success(let v):
            values = v
        }
        switch walk.answer(values) {
        case .accepted:
            if try commit(q.id) {
                confirm(l.pick("tersimpan", "saved"))
                walk.advance()
            }
        case .kept, .skipped:
            walk.advance()
        case .requiredButEmpty:
            say(style.red(l.pick("Pertanyaan ini wajib dijawab (atau ketik :skip untuk melewatinya dulu).",
                                 "This question is required (or type :skip to leave it for now).")))
        case .invalid(let problem):
            say(style.red(problem.message(l, localNumbers: true)) + " — " + l.pick("coba lagi", "try again"))
        case .constraintViolated(let message):
            say(style.red(AnswerProblem.constraintViolated(message?.text(l.rawValue)).message(l)) + " — " + l.pick("coba lagi", "try again"))
        case .notRelevant:
            walk.advance()
        }
    }

    /// Commits the walk's answer to `question` against the one last read.
    /// Returns false when another session changed it first: the assessor
    /// is shown both, and the walk holds the stored one again.
    @discardableResult
    func commit(_ question: String) throws -> Bool {
        let change = SubmissionChange.answer(question: question, from: submission.answer(question), to: walk.answer(for: question))
        let result = try commit(change)
        if case .conflict(let conflict) = result.outcome {
            say(style.red(ConflictView(conflict: conflict, walk: walk, language: language).render()))
            return false
        }
        return true
    }

    /// Commits a change and takes the submission as the workspace now holds
    /// it, other sessions' changes included.
    func commit(_ change: SubmissionChange) throws -> SubmissionCommit {
        let before = submission
        let result = try workspace.commit(change, to: submission, actor: submission.assessor)
        let now = result.submission
        if result.isStored {
            submission = now
            stored = true
            walk = Walk(template: walk.template, answers: now.answers, at: walk.position)
        }
        if result.outcome == .applied {
            if before.status == .submitted, now.status == .draft {
                say(style.yellow(language.pick("Pengajuan kembali menjadi draf; kirim ulang dengan :submit.",
                                               "The submission is a draft again; submit it anew with :submit.")))
            }
        }
        var others = Answer.questionsDiffering(before.answers, now.answers)
        if case .answer(let question, _, _) = change { others.removeAll { $0 == question } }
        if result.isStored, before.id == now.id, !others.isEmpty {
            afterConfirmation = style.dim(language.pick("(diubah di sesi lain sementara itu: \(others.joined(separator: ", ")))",
                                                        "(changed in another session meanwhile: \(others.joined(separator: ", ")))"))
        }
        return result
    }

    /// Takes what another session stored since this one last read, so the
    /// assessor sees it before answering: a conflict is then left only to
    /// two changes typed at the same moment.
    private func refresh() throws {
        guard stored, try workspace.updated(ofSubmission: submission.id) != submission.updated,
              let now = try workspace.submission(id: submission.id) else { return }
        let changed = Answer.questionsDiffering(submission.answers, now.answers)
        submission = now
        walk = Walk(template: walk.template, answers: now.answers, at: walk.position)
        if !changed.isEmpty {
            say(style.dim(language.pick("(diubah di sesi lain: \(changed.joined(separator: ", ")))",
                                        "(changed in another session: \(changed.joined(separator: ", ")))")))
        }
    }

    /// Says a change was stored, then what else changed meanwhile.
    func confirm(_ text: String) {
        say(style.green("✓ ") + text)
        if let note = afterConfirmation { say(note) }
        afterConfirmation = nil
    }

    /// What another session changed, said after the confirmation of the commit that found it.
    private var afterConfirmation: String?

    func say(_ text: String) { Terminal.out(text) }

    private func prompt() {
        FileHandle.standardOutput.write(Data("> ".utf8))
    }
}
