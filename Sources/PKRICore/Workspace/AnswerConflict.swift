/// Two sessions changed the same answer: what the refused change was made
/// against, what it proposed, and what another session stored meanwhile.
/// Nil stands for no answer.
public struct AnswerConflict: Sendable, Equatable {
    public var question: String
    /// The answer as the session last read it.
    public var read: Answer?
    /// The answer the session wanted to store.
    public var proposed: Answer?
    /// The answer stored now, by the other session.
    public var stored: Answer?

    public init(question: String, read: Answer?, proposed: Answer?, stored: Answer?) {
        self.question = question
        self.read = read
        self.proposed = proposed
        self.stored = stored
    }
}
