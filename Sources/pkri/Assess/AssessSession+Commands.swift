import Foundation
import PKRICore
import PKRIStore

/// The `:` commands of the questionnaire. Each acts on the question being
/// asked (the one on screen), never on one answered before.
extension AssessSession {
    func run(_ command: WalkCommand, afterSubmitWarning warned: Bool) throws -> Ending? {
        let l = language
        switch command {
        case .back: walk.back()
        case .skip: walk.advance()
        case .goTo(let target):
            if !walk.go(to: target) {
                // A mistyped id gets the closest question id offered.
                let near = walk.template.question(target) == nil ? walk.template.questionID(near: target) : nil
                say(style.red(l.pick("Tidak ada pertanyaan relevan '\(target)'", "No relevant question '\(target)'")
                              + (near == nil ? "." : Suggestion.phrase(near, l))))
            }
        case .clear:
            try clear()
        case .note(let text):
            try changeCurrentAnswer { $0.note = text.isEmpty ? nil : text }
        case .evidence(let reference):
            try attach(reference)
        case .accept, .reject:
            try judgeEvidence(command == .accept ? .accepted : .rejected)
        case .review: say(review())
        case .score: say(scoreLine())
        case .save:
            return try save()
        case .submit:
            return try submit(confirmed: warned)
        case .help: say(help())
        case .unknown(let text):
            say(style.red(l.pick("Perintah tidak dikenal ':\(text)'; ketik :bantuan.", "Unknown command ':\(text)'; type :help.")))
        }
        return nil
    }

    /// The question on screen, or nil (and says so) at the end.
    private func currentQuestion() -> Question? {
        if let q = walk.currentQuestion { return q }
        say(style.red(language.pick("Tidak ada pertanyaan di sini; pilih satu dengan :kembali atau :ke.",
                                    "No question here; choose one with :back or :goto.")))
        return nil
    }

    private func clear() throws {
        guard let q = currentQuestion() else { return }
        guard walk.answer(for: q.id) != nil else {
            say(style.yellow(language.pick("Pertanyaan ini belum punya jawaban untuk dihapus.", "This question has no answer to clear.")))
            return
        }
        walk.clear()
        if try commit(q.id) { confirm(language.pick("jawaban dihapus", "answer cleared")) }
    }

    /// Changes the answer record of the question on screen (note,
    /// evidence), answered or not yet: what is typed before the answer
    /// belongs to the question being asked.
    private func changeCurrentAnswer(_ change: (inout Answer) -> Void) throws {
        guard let q = currentQuestion() else { return }
        var answer = walk.answer(for: q.id) ?? Answer(question: q.id, values: [])
        change(&answer)
        if answer.isEmpty { walk.clear() } else { walk.set(answer) }
        if try commit(q.id) { confirm(language.pick("tersimpan", "saved")) }
    }

    private func attach(_ reference: String) throws {
        let l = language
        guard let q = currentQuestion() else { return }
        if reference.contains("://") {
            try changeCurrentAnswer { $0.evidence.append(Evidence(href: reference)) }
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: reference, isDirectory: &isDirectory), !isDirectory.boolValue else {
            say(style.red(l.pick("'\(reference)' bukan berkas yang ada.", "'\(reference)' is not an existing file.")))
            return
        }
        let sha: String
        do {
            sha = try workspace.storeEvidence(contentsOf: reference)
        } catch {
            say(style.red(error.message(l)))
            return
        }
        if walk.answer(for: q.id)?.evidence.contains(where: { $0.sha256 == sha }) == true {
            say(style.yellow(l.pick("Berkas ini sudah dilampirkan.", "This file is already attached.")))
            return
        }
        let href = "bukti/" + (reference as NSString).lastPathComponent
        try changeCurrentAnswer { $0.evidence.append(Evidence(href: href, status: .pending, sha256: sha)) }
    }

    private func judgeEvidence(_ status: Evidence.Status) throws {
        let l = language
        guard submission.role == .verifier else {
            say(style.red(l.pick("Hanya verifikator yang menilai bukti.", "Only a verifier judges evidence.")))
            return
        }
        guard let q = currentQuestion() else { return }
        guard walk.answer(for: q.id)?.evidence.isEmpty == false else {
            say(style.yellow(l.pick("Pertanyaan ini belum punya bukti untuk dinilai.", "This question has no evidence to judge.")))
            return
        }
        try changeCurrentAnswer { answer in
            for i in answer.evidence.indices { answer.evidence[i].status = status }
        }
    }

    private func save() throws -> Ending {
        let l = language
        if !stored, try commit(.keep).outcome != .applied, !stored {
            say(l.pick("Belum ada jawaban; tidak ada yang disimpan.", "Nothing answered yet; nothing stored."))
            return .saved
        }
        say(l.pick("Tersimpan. Jalankan perintah yang sama untuk melanjutkan.", "Saved. Run the same command to resume."))
        return .saved
    }

    /// Submits the answers on screen. Required questions must be answered;
    /// answers that earn nothing for want of their required evidence are
    /// listed first, and a second `:submit` submits them as they are.
    private func submit(confirmed: Bool) throws -> Ending? {
        let l = language
        let open = walk.openRequired
        guard open.isEmpty else {
            listOpen(open.map(\.id))
            return nil
        }
        let unproven = Scorer(walk.template).score(walk.answers).questions.filter {
            $0.relevant && ($0.shortfall == .evidenceMissing || $0.shortfall == .evidenceRejected)
        }
        if !unproven.isEmpty, !confirmed {
            say(style.yellow(l.pick("Jawaban berikut tidak mendapat poin karena bukti wajibnya tidak ada:",
                                    "These answers earn nothing because their required evidence is missing:")))
            for s in unproven {
                let label = walk.template.question(s.id)?.label.text(l.rawValue) ?? ""
                let rejected = s.shortfall == .evidenceRejected ? l.pick(" (bukti ditolak)", " (evidence rejected)") : ""
                say("  - \(s.id): \(label)\(rejected)")
            }
            say(l.pick("Ketik :kirim sekali lagi untuk mengirim apa adanya, atau lampirkan bukti dengan :bukti.",
                       "Type :submit again to submit as it is, or attach evidence with :evidence."))
            submitWarned = true
            return nil
        }
        let result = try commit(.status(.submitted, reviewed: walk.answers))
        switch result.outcome {
        case .applied, .unchanged:
            say(style.green(l.pick("Terkirim.", "Submitted.")) + " " + scoreLine())
            return .submitted
        case .changedSinceRead(let questions):
            say(style.red(l.pick(
                "Sesi lain mengubah jawaban sejak Anda membacanya: \(questions.joined(separator: ", ")). Tinjau (:review) lalu :submit lagi.",
                "Another session changed answers since you read them: \(questions.joined(separator: ", ")). Review them (:review), then :submit again.")))
        case .requiredOpen(let questions):
            listOpen(questions)
        case .conflict:
            break
        }
        return nil
    }

    private func listOpen(_ questions: [String]) {
        let l = language
        say(style.red(l.pick("Belum dapat dikirim; pertanyaan wajib yang belum dijawab:",
                             "Cannot submit yet; required questions still open:")))
        for id in questions { say("  - \(id): \(walk.template.question(id)?.label.text(l.rawValue) ?? "")") }
    }
}
