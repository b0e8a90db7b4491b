/// What checking a submission learnt about its answers on the way, handed to
/// the scorer so that one `score` run evaluates each relevance condition
/// once: each question's relevance and answer-document text, in template
/// order, and the finished answer document (gates read it).
///
/// Only ``Submission/check(against:language:)`` makes one, and only for a
/// submission without errors: then every answer passed its checks, and the
/// checker's document is the one ``Scorer/score(_:)`` would build.
///
/// ```swift
/// let checked = submission.check(against: template, language: .id)
/// if let evaluation = checked.evaluation {
///     let result = Scorer(template).score(checked: evaluation)
/// }
/// ```
///
/// It holds the answer document, which is not shared between threads: use
/// it on the thread that checked.
public struct AnswerEvaluation {
    /// The template it was made against (the scorer checks it is its own).
    let templateID: String
    let templateVersion: String
    /// Per question of the template, in template order.
    let relevant: [Bool]
    /// The submission's answers, and per question of the template the
    /// position of its answer among them, or -1 (the first, when a question
    /// was answered twice: that is an error anyway). Positions, not an
    /// array of optional answers: filling one cost about 1,000 instructions
    /// a question.
    let answers: [Answer]
    let answerPositions: [Int]
    /// The text in the answer document; nil when not relevant or unanswered.
    let texts: [String?]
    let document: any AnswerDocument
}

/// The outcome of ``Submission/check(against:language:)``.
public struct SubmissionCheck {
    /// Every problem found, as ``Submission/problems(against:language:)`` returns them.
    public let problems: [Diagnostic]
    /// Present when `problems` holds no error.
    public let evaluation: AnswerEvaluation?
}
