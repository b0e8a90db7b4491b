/// What happened to an answer typed at a question.
public enum AnswerOutcome: Sendable, Equatable {
    /// Checked and recorded.
    case accepted
    /// Nothing typed; the current answer stays.
    case kept
    /// Nothing typed for an optional question without an answer.
    case skipped
    /// Nothing typed, and the question is required.
    case requiredButEmpty
    /// Wrong type, unknown option, out of bounds, bad date.
    case invalid(AnswerProblem)
    /// The question's `constraint` is false; carries its message.
    case constraintViolated(LocalizedText?)
    /// The question is not relevant (or the walk is not at a question).
    case notRelevant

    public var isAccepted: Bool { self == .accepted || self == .kept || self == .skipped }
}
