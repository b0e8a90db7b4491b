/// One change an assessor makes to a submission, made against what they
/// last read of it: the compare-and-set rule that keeps two sessions on one
/// submission (two terminals, a terminal and a server) from losing each
/// other's work. A change touches one answer (or the status), never the
/// whole answer set, so a change another session made meanwhile to another
/// answer is kept; one it made to the same answer is a conflict, shown to
/// the assessor and never overwritten.
///
/// ```swift
/// let change = SubmissionChange.answer(question: "status", from: read, to: mine)
/// let commit = change.apply(to: stored, session: submission, at: Timestamp.nowPrecise(), template: t)
/// if case .conflict(let c) = commit.outcome { … c.stored … }
/// ```
///
/// A store runs ``apply(to:session:at:template:)`` inside the transaction
/// that reads the stored submission, and stores the result only when it is
/// ``SubmissionCommit/Outcome/applied``.
public enum SubmissionChange: Sendable, Equatable {
    /// The answer record (values, evidence, note) of one question, from
    /// what the session last read (nil: none) to what it proposes (nil:
    /// removed). A record with no value, evidence or note is no record.
    case answer(question: String, from: Answer?, to: Answer?)
    /// Submit (or take back to a draft) the answers the assessor reviewed:
    /// refused when the stored answers are no longer those.
    case status(Submission.Status, reviewed: [Answer])
    /// Store the session's submission as it is, if it is not stored yet
    /// (a verifier keeping the self-assessment's answers as they were).
    case keep

    /// Applies the change to the stored submission, or, when none is
    /// stored, to the session's new one (which it then creates). Never
    /// creates a submission without answers.
    public func apply(to stored: Submission?, session: Submission, at time: String, template: Template) -> SubmissionCommit {
        let base = stored ?? session
        func result(_ outcome: SubmissionCommit.Outcome, _ s: Submission = base) -> SubmissionCommit {
            SubmissionCommit(outcome: outcome, submission: s, isStored: stored != nil || outcome == .applied)
        }
        var next = base
        switch self {
        case .answer(let question, let from, let to):
            let current = base.answer(question).flatMap(Answer.record)
            let expected = from.flatMap(Answer.record), proposed = to.flatMap(Answer.record)
            if Answer.same(current, proposed) { return result(.unchanged) }
            guard Answer.same(current, expected) else {
                return result(.conflict(AnswerConflict(question: question, read: expected, proposed: proposed, stored: current)))
            }
            next.answers.removeAll { $0.question == question }
            if let proposed { next.answers.insert(proposed, at: template.insertionIndex(of: question, in: next.answers)) }
            // A changed answer is no longer the one submitted: submit anew.
            if next.status == .submitted { next.status = .draft }
        case .status(let status, let reviewed):
            let changed = Answer.questionsDiffering(base.answers, reviewed)
            guard changed.isEmpty else { return result(.changedSinceRead(changed)) }
            if status == .submitted {
                let open = Walk(template: template, answers: base.answers).openRequired.map(\.id)
                guard open.isEmpty else { return result(.requiredOpen(open)) }
            }
            if base.status == status, stored != nil { return result(.unchanged) }
            next.status = status
        case .keep:
            if stored != nil { return result(.unchanged) }
        }
        // An empty submission is not worth a row: it would count as a draft.
        if stored == nil, !next.answers.contains(where: { Answer.record($0) != nil }) { return result(.unchanged) }
        next.updated = time
        if stored == nil { next.created = time }
        return result(.applied, next)
    }
}

extension Template {
    /// Where an answer to `question` goes among `answers` kept in template
    /// order, so documents read naturally.
    func insertionIndex(of question: String, in answers: [Answer]) -> Int {
        let p = position(of: question) ?? Int.max
        return answers.firstIndex { (position(of: $0.question) ?? Int.max) > p } ?? answers.count
    }
}
