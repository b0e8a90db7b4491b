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
            let answer = byQuestion[question.id]
            questionScores.append(withUnits(score(question, relevant: relevant, text: text,
                                                  values: answer?.values ?? [], evidence: answer?.evidence ?? []),
                                            of: question))
        }
        return result(questionScores, document: document)
    }

    /// ``score(_:)`` of the answers the checker evaluated, reusing its
    /// relevance and answer document instead of evaluating every condition
    /// again. The same result: without errors, the checker's document is
    /// the one ``score(_:)`` builds (see ``AnswerEvaluation``).
    public func score(checked evaluation: AnswerEvaluation) -> ScoreResult {
        precondition(evaluation.templateID == template.id && evaluation.templateVersion == template.version
                     && evaluation.relevant.count == template.questions.count,
                     "an evaluation made against another template")
        var questionScores: [QuestionScore] = []
        questionScores.reserveCapacity(template.questions.count)
        // Values and evidence, not the `Answer`: passing one copied it,
        // retaining and releasing each of its fields.
        let questions = template.questions
        evaluation.answers.withUnsafeBufferPointer { answers in
            for i in questions.indices {
                let j = evaluation.answerPositions[i]
                let score = score(questions[i], relevant: evaluation.relevant[i], text: evaluation.texts[i],
                                  values: j < 0 ? [] : answers[j].values, evidence: j < 0 ? [] : answers[j].evidence)
                questionScores.append(withUnits(score, of: questions[i]))
            }
        }
        return result(questionScores, document: evaluation.document)
    }

    /// Rules 5 to 8, from every question's score.
    private func result(_ questionScores: [QuestionScore], document: any AnswerDocument) -> ScoreResult {
        let indices = template.indices.map { index in
            score(index, questions: questionScores, document: document)
        }
        return ScoreResult(indices: indices, questions: questionScores)
    }

    /// Adds the exact figures that output writes from integers.
    private func withUnits(_ score: QuestionScore, of q: Question) -> QuestionScore {
        guard let exact = q.exact else { return score }
        var score = score
        score.maxUnits = q.isScored ? exact.maxPoints : 0
        score.weightUnits = exact.weight
        if !score.relevant { score.earnedUnits = 0 }
        return score
    }

    /// One question, from its answer's `values` and `evidence` (both empty
    /// when unanswered; `text` is nil then).
    private func score(_ q: Question, relevant: Bool, text: String?, values: [String],
                       evidence items: [Evidence]) -> QuestionScore {
        let evidence: QuestionScore.EvidenceState
        if q.evidence != .required {
            evidence = .notRequired
        } else if Answer.hasUsableEvidence(items) {
            evidence = .ok
        } else {
            evidence = items.isEmpty ? .missing : .rejected
        }
        let max = q.isScored ? q.maxPoints : 0
        guard relevant else {
            return QuestionScore(id: q.id, scored: q.isScored, relevant: false, answer: nil, earned: 0,
                                 max: max, weight: q.weight, evidence: evidence, shortfall: .notRelevant)
        }
        guard let text else {
            // Zero exact units too: without them the section, and so the
            // index, would fall back to `Decimal` (about half of all submissions).
            return QuestionScore(id: q.id, scored: q.isScored, relevant: true, answer: nil, earned: 0,
                                 max: max, weight: q.weight, evidence: evidence, shortfall: .unanswered,
                                 earnedUnits: 0)
        }
        var (earned, units) = q.isScored ? q.award(for: values) : (0, 0)
        let isZero = units.map { $0 == 0 } ?? (earned == 0)
        var shortfall: QuestionScore.Shortfall?
        if q.isScored, isZero {
            shortfall = q.kind.isNumeric ? .noBandContains(text) : .optionScoresZero
            if q.kind.isNumeric, q.bandIndex(containing: text) != nil {
                shortfall = .optionScoresZero
            }
        }
        if q.isScored, evidence == .missing || evidence == .rejected, !isZero, units.map({ $0 > 0 }) ?? (earned > 0) {
            earned = 0
            units = 0
            shortfall = evidence == .missing ? .evidenceMissing : .evidenceRejected
        }
        return QuestionScore(id: q.id, scored: q.isScored, relevant: true, answer: text, earned: earned,
                             max: max, weight: q.weight, evidence: evidence, shortfall: shortfall,
                             earnedUnits: units)
    }

    private func score(_ index: AssessmentIndex, questions: [QuestionScore],
                       document: any AnswerDocument) -> IndexScore {
        // `questions` is in document order, section after section.
        // Sections by position: `for section in` copied each Section.
        // Room for every question at once: growing the array cost more.
        var sections: [SectionScore] = []
        var indexQuestions: [QuestionScore] = []
        indexQuestions.reserveCapacity(questions.count)
        var offset = 0
        let all = template.sections
        for k in all.indices {
            let count = all[k].questions.count
            defer { offset += count }
            guard all[k].index == index.id else { continue }
            let scores = questions[offset..<(offset + count)]
            for s in scores where s.scored { indexQuestions.append(s) }
            let sums = Self.exactSums(all[k].questions, scores) ?? Self.decimalSums(scores)
            sections.append(SectionScore(id: all[k].id, weight: all[k].weight, sums: sums,
                                         weightUnits: all[k].exactWeight))
        }
        let gate = index.gates.firstIndex { document.isTrue($0.when) }
        let rounded: Decimal?
        var units: Int128?
        if let gate {
            rounded = DecimalText.round(index.gates[gate].value)
        } else if let exact = Self.exactIndexUnits(scale: index.exactScale, sections: sections,
                                                     weights: sections.map(\.weightUnits)) {
            units = exact
            rounded = exact.map { ExactUnits.decimal($0, scale: 2) }
        } else {
            rounded = Self.indexValue(scale: index.scale, sections: sections).map { DecimalText.round($0) }
        }
        let band = if let units { index.band(hundredths: units) } else { rounded.flatMap { index.band(for: $0) } }
        return IndexScore(id: index.id, value: rounded, band: band?.id,
                          gate: gate, sections: sections, questions: indexQuestions, valueUnits: units)
    }

    /// Scoring rule 5 in exact units (10^-12); nil when a figure is not exact
    /// or a sum would not fit.
    static func exactSums(_ questions: [Question], _ scores: ArraySlice<QuestionScore>) -> SectionScore.Sums? {
        var earned: Int128 = 0, max: Int128 = 0
        for (q, s) in zip(questions, scores) where s.scored && s.relevant {
            guard let exact = q.exact, let units = s.earnedUnits else { return nil }
            let (e, o1) = exact.weight.multipliedReportingOverflow(by: units)
            let (m, o2) = exact.weight.multipliedReportingOverflow(by: exact.maxPoints)
            let (e2, o3) = earned.addingReportingOverflow(e)
            let (m2, o4) = max.addingReportingOverflow(m)
            guard !o1, !o2, !o3, !o4 else { return nil }
            (earned, max) = (e2, m2)
        }
        return .exact(earned: earned, max: max)
    }

    static func decimalSums(_ scores: ArraySlice<QuestionScore>) -> SectionScore.Sums {
        var earned: Decimal = 0, max: Decimal = 0
        for s in scores where s.scored && s.relevant {
            if s.earned != 0 { earned += s.weight * s.earned }
            max += s.weight * s.max
        }
        return .decimal(earned: earned, max: max)
    }

    /// Rules 6 and 8 as exact fractions: `scale · Σ W(s)·E(s)/M(s) / Σ W(s)`,
    /// rounded half away from zero. `.some(nil)` when no section counts;
    /// nil when a figure is not exact or a step would overflow (the caller
    /// then computes with `Decimal`).
    /// `weights`: each section's weight in millionths, nil when not exact.
    static func exactIndexValue(scale: Int128?, sections: [SectionScore], weights sectionWeights: [Int128?]) -> Decimal?? {
        exactIndexUnits(scale: scale, sections: sections, weights: sectionWeights)
            .map { $0.map { ExactUnits.decimal($0, scale: 2) } }
    }

    /// ``exactIndexValue(scale:sections:weights:)`` in hundredths, as kept
    /// for output (``IndexScore/valueUnits``).
    static func exactIndexUnits(scale: Int128?, sections: [SectionScore], weights sectionWeights: [Int128?]) -> Int128?? {
        guard let scale else { return nil }
        var sum = ExactFraction(0, 1)!
        var weights: Int128 = 0
        var any = false
        for (weight, score) in zip(sectionWeights, sections) {
            guard case .exact(let earned, let max) = score.sums, let w = weight else { return nil }
            guard max > 0 else { continue }
            any = true
            let (we, o1) = w.multipliedReportingOverflow(by: earned)
            let (ws, o2) = weights.addingReportingOverflow(w)
            guard !o1, !o2, let term = ExactFraction(we, max), let next = sum.adding(term) else { return nil }
            (sum, weights) = (next, ws)
        }
        guard any else { return .some(nil) }
        // W in millionths cancels between Σ W·r and Σ W; the scale does not.
        let (below, overflow) = weights.multipliedReportingOverflow(by: ExactUnits.one)
        guard !overflow, let factor = ExactFraction(scale, below), let value = sum.multiplied(by: factor),
              let rounded = value.roundedUnits(places: 2) else { return nil }
        return .some(rounded)
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
