/// Why a pkri expression has no faithful counterpart in an ODK form.
public enum TranslationFailure: Error, Sendable, Equatable {
    /// Not XPath 1.0 as pkri reads it; `offset` counts characters.
    case syntax(offset: Int)
    /// A location path or filter (`/answers/x`, `..`, `@a`, `x[1]`).
    case path(offset: Int)
    case variable(String)
    /// `${name}` names no question of the template.
    case unknownQuestion(String)
    /// `.` outside a `constraint` (there it is the whole answer document).
    case contextOutsideConstraint
    /// A function about the document's structure (`position()`, `name()`…),
    /// or one XPath 1.0 does not have.
    case unsupportedFunction(String)
    case arguments(function: String)
    /// `count()` or `sum()` of something that is not a question's answer.
    case notAnswers(function: String)
    /// A number computed by arithmetic and then used as text: libxml2 and
    /// JavaRosa write such numbers differently.
    case computedNumberAsText
}
