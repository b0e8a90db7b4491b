import Foundation

/// Computes a template's indices from answers: the spec's scoring rules as a
/// pure function of (template, answers).
///
/// ```swift
/// let result = Scorer(template).score(submission.answers)
/// result.index("keberlanjutan")?.value   // 77.78
/// ```
public struct Scorer: Sendable {
    public let template: Template

    public init(_ template: Template) { self.template = template }

    /// Scores answers that have been checked against the template. An answer
    /// that does not pass ``Question/check(_:)`` counts as unanswered.
    public func score(_ answers: [Answer]) -> ScoreResult {
        let byQuestion = Dictionary(answers.map { ($0.question, $0) }, uniquingKeysWith: { a, _ in a })
        let document = template.engine.makeAnswerDocument()
        var questionScores: [QuestionScore] = []
        questionScores.reserveCapacity(template.questions.count)
        for question in template.questions {
            // Relevance sees only earlier answers: the document holds no later one yet.
            let relevant = question.relevant.map(document.isTrue) ?? true
            var text: String?
            if relevant, let answer = byQuestion[question.id], case .success(let t) = question.check(answer.values) {
                text = t
                document.append(question: question.id, text: t)
            }
            questionScores.append(score(question, relevant: relevant, text: text, answer: byQuestion[question.id]))
        }
        let indices = template.indices.map { index in
            score(index, questions: questionScores, document: document)
        }
        return ScoreResult(indices: indices, questions: questionScores)
    }

    private func score(_ q: Question, relevant: Bool, text: String?, answer: Answer?) -> QuestionScore {
        let evidence: QuestionScore.EvidenceState
        if q.evidence != .required {
            evidence = .notRequired
        } else if answer?.hasUsableEvidence == true {
            evidence = .ok
        } else {
            evidence = (answer?.evidence.isEmpty ?? true) ? .missing : .rejected
        }
        let max = q.isScored ? q.maxPoints : 0
        guard relevant else {
            return QuestionScore(id: q.id, scored: q.isScored, relevant: false, answer: nil, earned: 0,
                                 max: max, weight: q.weight, evidence: evidence, shortfall: .notRelevant)
        }
        guard let text, let answer else {
            return QuestionScore(id: q.id, scored: q.isScored, relevant: true, answer: nil, earned: 0,
                                 max: max, weight: q.weight, evidence: evidence, shortfall: .unanswered)
        }
        var earned = q.isScored ? q.points(for: answer.values) : 0
        var shortfall: QuestionScore.Shortfall?
        if q.isScored, earned == 0 {
            shortfall = q.kind.isNumeric ? .noBandContains(text) : .optionScoresZero
            if q.kind.isNumeric, let v = DecimalText.parse(text), q.band(containing: v) != nil {
                shortfall = .optionScoresZero
            }
        }
        if q.isScored, evidence == .missing || evidence == .rejected, earned > 0 {
            earned = 0
            shortfall = evidence == .missing ? .evidenceMissing : .evidenceRejected
        }
        return QuestionScore(id: q.id, scored: q.isScored, relevant: true, answer: text, earned: earned,
                             max: max, weight: q.weight, evidence: evidence, shortfall: shortfall)
    }

    private func score(_ index: AssessmentIndex, questions: [QuestionScore],
                       document: any AnswerDocument) -> IndexScore {
        // `questions` is in document order, section after section.
        var sections: [SectionScore] = []
        var indexQuestions: [QuestionScore] = []
        var offset = 0
        for section in template.sections {
            defer { offset += section.questions.count }
            guard section.index == index.id else { continue }
            var earned: Decimal = 0, max: Decimal = 0
            for s in questions[offset..<(offset + section.questions.count)] where s.scored {
                indexQuestions.append(s)
                guard s.relevant else { continue }
                if s.earned != 0 { earned += s.weight * s.earned }
                max += s.weight * s.max
            }
            sections.append(SectionScore(id: section.id, weight: section.weight, earned: earned, max: max))
        }
        var value = Self.indexValue(scale: index.scale, sections: sections)
        let gate = index.gates.firstIndex { document.isTrue($0.when) }
        if let gate { value = index.gates[gate].value }
        let rounded = value.map { DecimalText.round($0) }
        return IndexScore(id: index.id, value: rounded, band: rounded.flatMap { index.band(for: $0)?.id },
                          gate: gate, sections: sections, questions: indexQuestions)
    }

    /// Scoring rule 6: `scale · Σ W(s)·r(s) / Σ W(s)` over counted sections.
    static func indexValue(scale: Decimal, sections: [SectionScore]) -> Decimal? {
        let counted = sections.filter(\.counted)
        guard !counted.isEmpty else { return nil }
        let weights = counted.map(\.weight).reduce(0, +)
        let weighted = counted.map { $0.weight * $0.earned / $0.max }.reduce(0, +)
        return scale * weighted / weights
    }
}
