/// What became of a ``SubmissionChange``: whether it was stored, and the
/// submission as it now stands, with every change another session made.
public struct SubmissionCommit: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// Stored.
        case applied
        /// Nothing to store: the stored submission already says this (or
        /// there would be an empty submission).
        case unchanged
        /// The answer changed since the session read it; nothing stored.
        case conflict(AnswerConflict)
        /// `status`: these questions' answers changed since the assessor
        /// reviewed them; nothing stored.
        case changedSinceRead([String])
        /// `status(.submitted)`: these required relevant questions are
        /// unanswered; nothing stored.
        case requiredOpen([String])
    }

    public var outcome: Outcome
    /// The submission after the change (as stored, when applied).
    public var submission: Submission
    /// Whether the store holds ``submission`` (false only for a new
    /// submission this change did not create).
    public var isStored: Bool

    public init(outcome: Outcome, submission: Submission, isStored: Bool) {
        self.outcome = outcome
        self.submission = submission
        self.isStored = isStored
    }
}
