import Foundation

extension Submission {
    /// Checks a submission against its template, as the spec's Submission
    /// section says: template id and version, known questions, values valid
    /// for type, options, bounds and `constraint`, and, once submitted,
    /// every required relevant question answered. Returns every problem.
    public func problems(against template: Template, language l: Language) -> [Diagnostic] {
        check(against: template, language: l).problems
    }

    /// ``problems(against:language:)``, and, when none is an error, the
    /// relevance and answer document it computed, for
    /// ``Scorer/score(checked:)``.
    public func check(against template: Template, language l: Language) -> SubmissionCheck {
        var out: [Diagnostic] = []
        // Resolved only for a problem (see SourcePlace).
        var here: SourceLocation { location ?? SourceLocation(file: "?", line: 1) }
        func error(_ at: SourceLocation?, _ id: String, _ en: String) {
            out.append(Diagnostic(.error, at: at ?? here, l.pick(id, en)))
        }
        if self.template != template.id {
            error(here, "pengajuan ini untuk templat '\(self.template)', bukan '\(template.id)'",
                  "this submission is for template '\(self.template)', not '\(template.id)'")
            return SubmissionCheck(problems: out, evaluation: nil)
        }
        if templateVersion != template.version {
            error(here, "pengajuan ini untuk versi templat '\(templateVersion)', bukan '\(template.version)'",
                  "this submission is for template version '\(templateVersion)', not '\(template.version)'")
            return SubmissionCheck(problems: out, evaluation: nil)
        }
        for (name, stamp) in [("created", created), ("updated", updated)] where Timestamp(stamp) == nil {
            error(here, "\(name) '\(stamp)' harus waktu ISO 8601 dengan zona waktu, mis. 2026-06-21T10:15:00Z",
                  "\(name) '\(stamp)' must be an ISO 8601 time with a time zone, e.g. 2026-06-21T10:15:00Z")
        }
        if let c = Timestamp(created), let u = Timestamp(updated), u < c {
            error(here, "updated (\(updated)) lebih awal dari created (\(created))",
                  "updated (\(updated)) is earlier than created (\(created))")
        }
        // Where the first answer to each question of the template stands:
        // one lookup per answer, and none per question below (a dictionary
        // of answers by id cost two). Ids the template lacks are errors;
        // they are kept by id only to report repeats alike.
        // Answers mostly follow the template, so each lookup first tries
        // the question after the previous answer's. Through a buffer
        // pointer: `for answer in answers` copied each Answer.
        let count = template.questions.count
        var seen = [Int](repeating: -1, count: count)
        var unknown: [String: Int] = [:]
        answers.withUnsafeBufferPointer { answers in
            var next = 0
            for j in answers.indices {
                let id = answers[j].question
                let position = template.position(of: id, guess: next)
                let earlier = position.map { seen[$0] } ?? unknown[id] ?? -1
                if let position { next = position + 1 }
                if earlier >= 0 {
                    let line = answers[earlier].location?.line ?? 0
                    error(answers[j].location, "pertanyaan '\(id)' sudah dijawab di baris \(line)",
                          "question '\(id)' is already answered on line \(line)")
                    continue
                }
                if let position {
                    seen[position] = j
                } else {
                    let meant = Suggestion.phrase(template.questionID(near: id).map { "'\($0)'" }, l)
                    error(answers[j].location, "templat \(template.id) tidak punya pertanyaan '\(id)'\(meant)",
                          "template \(template.id) has no question '\(id)'\(meant)")
                    unknown[id] = j
                }
            }
        }
        // Values and constraints in template order, on the answer document
        // as the spec builds it, so `constraint` sees what it would see live.
        let document = template.engine.makeAnswerDocument()
        var missing: [Int] = []
        var relevance: [Bool] = [], texts: [String?] = []
        relevance.reserveCapacity(count)
        texts.reserveCapacity(count)
        // One answered question: its values, then its `constraint`; a valid,
        // relevant answer goes into the document.
        // `j` is the answer's position: an `Answer` passed by value was copied.
        func checkAnswer(_ question: Question, _ values: [String], at j: Int, relevant: Bool) {
            switch question.check(values) {
            case .failure(let problem):
                error(answers[j].location, "\(question.id): \(problem.message(l))", "\(question.id): \(problem.message(l))")
            case .success(let text):
                if let constraint = question.constraint,
                   !document.isTrue(constraint, proposing: text, for: question.id) {
                    let message = AnswerProblem.constraintViolated(question.constraintMessage?.text(l.rawValue)).message(l)
                    error(answers[j].location, "\(question.id): \(message)", "\(question.id): \(message)")
                } else if relevant {
                    document.append(question: question.id, text: text)
                    texts[texts.count - 1] = text
                }
            }
        }
        // Answers by position, through a buffer pointer: `let answer =
        // answers[j]` copied the whole Answer, retaining each field.
        let questions = template.questions
        answers.withUnsafeBufferPointer { answers in
            for position in questions.indices {
                var relevant = true
                if let condition = questions[position].relevant { relevant = document.isTrue(condition) }
                relevance.append(relevant)
                texts.append(nil)
                let j = seen[position]
                guard j >= 0 else {
                    if relevant, questions[position].required { missing.append(position) }
                    continue
                }
                checkAnswer(questions[position], answers[j].values, at: j, relevant: relevant)
            }
        }
        if status == .submitted, !missing.isEmpty {
            let ids = missing.map { template.questions[$0].id }.joined(separator: ", ")
            error(here, "berstatus submitted tetapi pertanyaan wajib yang relevan belum dijawab: \(ids)",
                  "status is submitted but required relevant questions are unanswered: \(ids)")
        }
        guard !out.hasErrors else { return SubmissionCheck(problems: out, evaluation: nil) }
        let evaluation = AnswerEvaluation(templateID: template.id, templateVersion: template.version,
                                          relevant: relevance, answers: self.answers, answerPositions: seen, texts: texts, document: document)
        return SubmissionCheck(problems: out, evaluation: evaluation)
    }
}
