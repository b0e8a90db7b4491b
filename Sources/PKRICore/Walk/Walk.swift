/// A walk through a template for one submission: where the assessor is, the
/// answers so far, and what is relevant given them. The terminal front end
/// is a thin layer over it; tests drive it directly.
///
/// ```swift
/// var walk = Walk(template: t, answers: [])
/// walk.position                      // .question(0): the first relevant question
/// walk.answer(["berjalan"])          // .accepted
/// walk.advance()
/// ```
public struct Walk: Sendable {
    /// Where the walk stands.
    public enum Position: Equatable, Sendable {
        case start
        /// Index into `template.questions`.
        case question(Int)
        case end
    }

    public let template: Template
    public private(set) var answers: [Answer]
    public var position: Position = .start
    /// Relevance of every question (template order), recomputed on each change.
    public private(set) var relevance: [Bool] = []

    public init(template: Template, answers: [Answer], at position: Position = .start) {
        self.template = template
        self.answers = answers
        self.position = position
        recompute()
    }

    // MARK: - Reading

    public var currentQuestion: Question? {
        if case .question(let i) = position { return template.questions[i] }
        return nil
    }

    public func answer(for id: String) -> Answer? { answerPosition[id].map { answers[$0] } }

    /// Where each question's answer stands in `answers`.
    private var answerPosition: [String: Int] = [:]

    /// Indices of the relevant questions, in template order.
    public var relevantIndices: [Int] { relevance.indices.filter { relevance[$0] } }

    /// Required relevant questions without a valid answer.
    public var openRequired: [Question] {
        relevantIndices.map { template.questions[$0] }.filter { q in
            q.required && !hasValidAnswer(q)
        }
    }

    /// The question's number among the relevant ones (1-based) and their count.
    public var progress: (number: Int?, of: Int) {
        let relevant = relevantIndices
        guard case .question(let i) = position else { return (nil, relevant.count) }
        return (relevant.firstIndex(of: i).map { $0 + 1 }, relevant.count)
    }

    public func hasValidAnswer(_ q: Question) -> Bool {
        guard let a = answer(for: q.id), case .success = q.check(a.values) else { return false }
        return true
    }

    // MARK: - Moving

    /// To the first relevant question without an answer, else the end.
    public mutating func resume() {
        let open = relevantIndices.first { !hasValidAnswer(template.questions[$0]) }
        position = open.map(Position.question) ?? .end
    }

    /// To the next relevant question after the current one, or the end.
    public mutating func advance() {
        let from: Int
        switch position {
        case .start: from = -1
        case .question(let i): from = i
        case .end: return
        }
        position = relevantIndices.first { $0 > from }.map(Position.question) ?? .end
    }

    /// To the previous relevant question; stays on the first.
    public mutating func back() {
        let to: Int
        switch position {
        case .start: return
        case .question(let i): to = i
        case .end: to = template.questions.count
        }
        if let previous = relevantIndices.last(where: { $0 < to }) { position = .question(previous) }
    }

    /// To a question by id or by its number among the relevant ones.
    /// Returns false (and stays) when there is no such relevant question.
    @discardableResult
    public mutating func go(to target: String) -> Bool {
        if let number = Int(target), number >= 1, number <= relevantIndices.count {
            position = .question(relevantIndices[number - 1])
            return true
        }
        if let i = template.position(of: target), relevance[i] {
            position = .question(i)
            return true
        }
        return false
    }

    // MARK: - Changing

    /// Checks and records an answer to the current question. An empty list
    /// keeps the current answer (or skips an optional question).
    public mutating func answer(_ values: [String]) -> AnswerOutcome {
        guard case .question(let i) = position else { return .notRelevant }
        let q = template.questions[i]
        guard relevance[i] else { return .notRelevant }
        if values.isEmpty {
            if hasValidAnswer(q) { return .kept }
            return q.required ? .requiredButEmpty : .skipped
        }
        let text: String
        switch q.check(values) {
        case .failure(let problem): return .invalid(problem)
        case .success(let t): text = t
        }
        if let c = q.constraint {
            let document = answerDocument(before: i)
            if !document.isTrue(c, proposing: text, for: q.id) {
                return .constraintViolated(q.constraintMessage)
            }
        }
        var answer = self.answer(for: q.id) ?? Answer(question: q.id, values: [])
        answer.values = values
        set(answer)
        return .accepted
    }

    /// Replaces the whole answer record of a question (evidence, note).
    public mutating func set(_ answer: Answer) {
        if let k = answers.firstIndex(where: { $0.question == answer.question }) {
            answers[k] = answer
        } else {
            // Keep template order so documents read naturally.
            let p = template.position(of: answer.question) ?? Int.max
            let k = answers.firstIndex { (template.position(of: $0.question) ?? Int.max) > p } ?? answers.count
            answers.insert(answer, at: k)
        }
        recompute()
    }

    /// Removes the current question's answer.
    public mutating func clear() {
        guard let q = currentQuestion else { return }
        answers.removeAll { $0.question == q.id }
        recompute()
    }

    // MARK: - Relevance

    /// The answer document of the questions before `index`, as the spec builds it.
    func answerDocument(before index: Int) -> any AnswerDocument {
        let document = template.engine.makeAnswerDocument()
        let byID = Dictionary(answers.map { ($0.question, $0) }, uniquingKeysWith: { a, _ in a })
        for k in 0..<index where relevance.indices.contains(k) && relevance[k] {
            let q = template.questions[k]
            if let a = byID[q.id], case .success(let text) = q.check(a.values) {
                document.append(question: q.id, text: text)
            }
        }
        return document
    }

    private mutating func recompute() {
        answerPosition = [:]
        for (i, a) in answers.enumerated() where answerPosition[a.question] == nil { answerPosition[a.question] = i }
        let document = template.engine.makeAnswerDocument()
        var result: [Bool] = []
        result.reserveCapacity(template.questions.count)
        for q in template.questions {
            let relevant = q.relevant.map(document.isTrue) ?? true
            result.append(relevant)
            if relevant, let a = answer(for: q.id), case .success(let text) = q.check(a.values) {
                document.append(question: q.id, text: text)
            }
        }
        relevance = result
    }
}
