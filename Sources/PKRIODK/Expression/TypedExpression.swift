import PKRICore

/// A translated piece of an expression with its XPath 1.0 type, so that each
/// use converts it the way pkri (libxml2) would.
enum TypedExpression {
    /// Answers: zero or more questions' elements, in document order. In
    /// pkri an unanswered question has no element; in the form its node is
    /// empty, so every use asks whether it is present.
    case nodes([AnswerNode])
    /// A JavaRosa expression whose value is a string.
    case string(String)
    /// A JavaRosa expression whose value is a number, and how libxml2
    /// would write it as text.
    case number(String, text: NumberText)
    case boolean(String)

    /// How a number reads as text.
    enum NumberText {
        /// A literal: its text is known now.
        case known(String)
        /// Always a whole number within 32 bits (a count, a length, a rounding
        /// of such): libxml2 and JavaRosa both write it as plain digits.
        case whole
        /// Anything else: the two engines format it differently.
        case computed
    }
}

/// A question's element in pkri's answer document, and its node in the form.
struct AnswerNode: Equatable {
    /// The node in the form: `/data/SECTION/QUESTION`, or `.` for the answer
    /// a constraint checks.
    let path: String
    let kind: Question.Kind
    /// Template position; the proposed answer of a constraint stands after
    /// every other (pkri appends it to the document).
    let position: Int

    var isProposed: Bool { path == "." }
}
