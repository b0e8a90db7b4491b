/// The answer document of the spec, built in template order: `<answers>` with
/// one element per answered, relevant question. Expressions run against it.
///
/// One document serves one walk through one submission; it is not shared
/// between threads.
public protocol AnswerDocument: AnyObject {
    /// Adds `<id>text</id>` at the end (callers keep template order).
    func append(question id: String, text: String)
    /// Whether `expression` is true on the document as it stands.
    func isTrue(_ expression: Condition) -> Bool
    /// Whether a `constraint` holds with `.` being `<id>text</id>` as it
    /// would stand in the document.
    func isTrue(_ constraint: Condition, proposing text: String, for id: String) -> Bool
}

/// Makes answer documents for the expressions it compiled.
public protocol ExpressionEngine: Sendable {
    func makeAnswerDocument() -> any AnswerDocument
}
