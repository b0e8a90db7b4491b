import Foundation
import PKRICore
import PKRIStore

/// The questionnaire loop of `pkri assess`: shows a question, reads a line,
/// applies it to the ``Walk`` and commits every change to the workspace at
/// once, so a killed process loses at most the line being typed.
final class AssessSession {
    enum Ending { case saved, submitted, endOfInput }

    private var walk: Walk
    private var submission: Submission
    private let workspace: Workspace
    private let language: Language
    private let style = Style.forStdout
    private let selfAnswers: [String: Answer]
    private let echoesInput = isatty(STDIN_FILENO) == 1
    /// The question answered last: `:evidence` and `:note` typed right after
    /// an answer (the walk has moved on) belong to it.
    private var lastAnswered: String?
    /// Whether the workspace holds the submission: a new one is stored with
    /// its first change (or `:save`), so opening the questionnaire and
    /// leaving leaves no empty draft behind.
    private var stored: Bool

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
            switch TypedInput(line) {
            case .answer(let text):
                try typed(text)
            case .command(let command):
                if let ending = try run(command) { return ending }
            }
        }
    }

    // MARK: - Answers

    private func typed(_ text: String) throws {
        let l = language
        guard let q = walk.currentQuestion else {
            say(style.yellow(l.pick("Tidak ada pertanyaan di sini; ketik :help untuk perintah.", "No question here; type :help for commands.")))
            return
        }
        let outcome = walk.answer(q.values(fromTyped: text))
        switch outcome {
        case .accepted:
            try persist()
            say(style.green("✓ ") + l.pick("tersimpan", "saved"))
            lastAnswered = q.id
            walk.advance()
        case .kept, .skipped:
            walk.advance()
        case .requiredButEmpty:
            say(style.red(l.pick("Pertanyaan ini wajib dijawab (atau ketik :skip untuk melewatinya dulu).",
                                 "This question is required (or type :skip to leave it for now).")))
        case .invalid(let problem):
            say(style.red(problem.message(l)) + " — " + l.pick("coba lagi", "try again"))
        case .constraintViolated(let message):
            say(style.red(AnswerProblem.constraintViolated(message?.text(l.rawValue)).message(l)) + " — " + l.pick("coba lagi", "try again"))
        case .notRelevant:
            walk.advance()
        }
    }

    /// Commits the walk's answers; a change to a submitted submission makes
    /// it a draft again until it is submitted anew.
    private func persist(even unchanged: Bool = false) throws {
        guard walk.answers != submission.answers || (unchanged && !stored) else { return }
        if submission.status == .submitted {
            submission.status = .draft
            say(style.yellow(language.pick("Pengajuan kembali menjadi draf; kirim ulang dengan :submit.",
                                           "The submission is a draft again; submit it anew with :submit.")))
        }
        submission.answers = walk.answers
        submission.updated = Timestamp.nowPrecise()
        try workspace.save(submission, actor: submission.assessor)
        stored = true
    }

    // MARK: - Commands

    private func run(_ command: WalkCommand) throws -> Ending? {
        let l = language
        switch command {
        case .back: walk.back()
        case .skip: walk.advance()
        case .goTo(let target):
            if !walk.go(to: target) {
                say(style.red(l.pick("Tidak ada pertanyaan relevan '\(target)'.", "No relevant question '\(target)'.")))
            }
        case .clear:
            walk.clear()
            try persist()
        case .note(let text):
            try changeAnswer { $0.note = text.isEmpty ? nil : text }
        case .evidence(let reference):
            try attach(reference)
        case .accept, .reject:
            guard submission.role == .verifier else {
                say(style.red(l.pick("Hanya verifikator yang menilai bukti.", "Only a verifier judges evidence.")))
                return nil
            }
            let status: Evidence.Status = command == .accept ? .accepted : .rejected
            try changeAnswer { answer in
                for i in answer.evidence.indices { answer.evidence[i].status = status }
            }
        case .review: say(review())
        case .score: say(scoreLine())
        case .save:
            try persist(even: true)
            say(l.pick("Tersimpan. Jalankan perintah yang sama untuk melanjutkan.", "Saved. Run the same command to resume."))
            return .saved
        case .submit:
            let open = walk.openRequired
            guard open.isEmpty else {
                say(style.red(l.pick("Belum dapat dikirim; pertanyaan wajib yang belum dijawab:",
                                     "Cannot submit yet; required questions still open:")))
                for q in open { say("  - \(q.id): \(q.label.text(l.rawValue))") }
                return nil
            }
            try persist()
            submission.status = .submitted
            submission.updated = Timestamp.nowPrecise()
            try workspace.save(submission, actor: submission.assessor)
            say(style.green(l.pick("Terkirim.", "Submitted.")) + " " + scoreLine())
            return .submitted
        case .help: say(help())
        case .unknown(let text):
            say(style.red(l.pick("Perintah tidak dikenal ':\(text)'; ketik :help.", "Unknown command ':\(text)'; type :help.")))
        }
        return nil
    }

    /// The answer a note or evidence goes to: the current question's, else
    /// the one just answered.
    private func targetAnswer(announce: Bool = true) -> Answer? {
        if let q = walk.currentQuestion, let a = walk.answer(for: q.id), !a.values.isEmpty { return a }
        if let id = lastAnswered, let a = walk.answer(for: id), !a.values.isEmpty {
            if announce { say(style.dim(language.pick("(untuk pertanyaan \(id))", "(for question \(id))"))) }
            return a
        }
        return nil
    }

    /// Changes an answer record (note, evidence); needs an answer first.
    private func changeAnswer(_ change: (inout Answer) -> Void) throws {
        let l = language
        guard var answer = targetAnswer() else {
            say(style.red(l.pick("Jawab pertanyaan ini dulu.", "Answer this question first.")))
            return
        }
        change(&answer)
        walk.set(answer)
        try persist()
        say(style.green("✓ ") + l.pick("tersimpan", "saved"))
    }

    private func attach(_ reference: String) throws {
        let l = language
        if reference.contains("://") {
            try changeAnswer { $0.evidence.append(Evidence(href: reference)) }
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: reference, isDirectory: &isDirectory), !isDirectory.boolValue else {
            say(style.red(l.pick("'\(reference)' bukan berkas yang ada.", "'\(reference)' is not an existing file.")))
            return
        }
        guard targetAnswer(announce: false) != nil else {
            say(style.red(l.pick("Jawab pertanyaan ini dulu.", "Answer this question first.")))
            return
        }
        let sha: String
        do {
            sha = try workspace.storeEvidence(contentsOf: reference)
        } catch {
            say(style.red(error.message(l)))
            return
        }
        let href = "bukti/" + (reference as NSString).lastPathComponent
        if targetAnswer(announce: false)?.evidence.contains(where: { $0.sha256 == sha }) == true {
            say(style.yellow(l.pick("Berkas ini sudah dilampirkan.", "This file is already attached.")))
            return
        }
        try changeAnswer { $0.evidence.append(Evidence(href: href, status: .pending, sha256: sha)) }
    }

    // MARK: - Views

    private func scoreLine() -> String {
        let l = language
        let result = Scorer(walk.template).score(walk.answers)
        return result.indices.map { s in
            let index = walk.template.index(s.id)
            let band = s.band.flatMap { id in index?.bands.first { $0.id == id } }?.label.text(l.rawValue)
            return "\(index?.label.text(l.rawValue) ?? s.id): "
                + (s.value.map { NumberText.display($0, l) } ?? l.pick("tidak dapat dinilai", "cannot be scored"))
                + (band.map { " — \($0)" } ?? "")
        }.joined(separator: "; ")
    }

    private func review() -> String {
        let l = language, lc = l.rawValue
        let result = Scorer(walk.template).score(walk.answers)
        var table = TextTable(header: ["#", "id", l.pick("jawaban", "answer"), l.pick("skor", "score"), ""],
                              rightAligned: [0, 3])
        for (n, i) in walk.relevantIndices.enumerated() {
            let q = walk.template.questions[i]
            let a = walk.answer(for: q.id)
            let s = result.question(q.id)
            let score = (s?.scored ?? false) ? "\(NumberText.display(s?.earned ?? 0, l))/\(NumberText.display(s?.max ?? 0, l))" : ""
            let flag = q.required && !walk.hasValidAnswer(q) ? l.pick("wajib, belum", "required, open") : ""
            let answer = a.map { QuestionView(walk: walk, language: l, style: Style(enabled: false), selfAnswers: [:]).describe($0.values, q) } ?? "–"
            table.add(["\(n + 1)", q.id, Self.shortened(answer, to: 40), score, flag])
        }
        _ = lc
        return (table.render() + ["", scoreLine()]).joined(separator: "\n")
    }

    /// At most `limit` characters; a cut answer ends in "…" so it is not taken for the whole.
    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    private func help() -> String {
        language.pick("""
        Ketik jawaban: nilai atau nomor pilihan (beberapa dipisah koma untuk pilihan ganda), angka (koma desimal boleh),
        tanggal TTTT-BB-HH, atau teks. Enter kosong mempertahankan jawaban atau melewati pertanyaan tidak wajib.
        Perintah (diawali ':'; teks yang harus diawali ':' ditulis '::'):
          :back  :goto ID|NOMOR  :skip  :clear  :review  :score
          :note TEKS  :evidence BERKAS|URL  :accept  :reject (verifikator)
          :save (simpan dan keluar)  :submit (kirim)  :help
        """, """
        Type an answer: an option's value or number (several separated by commas for multiple choice), a number
        (decimal comma accepted), a date YYYY-MM-DD, or text. An empty line keeps the answer or skips an optional question.
        Commands (start with ':'; text that must start with ':' is typed '::'):
          :back  :goto ID|NUMBER  :skip  :clear  :review  :score
          :note TEXT  :evidence FILE|URL  :accept  :reject (verifier)
          :save (save and quit)  :submit  :help
        """)
    }

    private func say(_ text: String) { Terminal.out(text) }

    private func prompt() {
        FileHandle.standardOutput.write(Data("> ".utf8))
    }
}
