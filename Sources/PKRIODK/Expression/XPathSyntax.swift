/// A pkri expression (`relevant`, `constraint`, gate `when`) as a tree: the
/// part of XPath 1.0 that an ODK form can carry. Location paths other than
/// `${name}` and `.` have no place in it; the parser refuses them.
indirect enum XPathSyntax: Equatable {
    /// `'text'` or `"text"`, without the quotes.
    case literal(String)
    /// A number as written, such as `12.5`.
    case number(String)
    /// `${name}`: the answer to a question.
    case reference(String)
    /// `.`: in a `constraint`, the proposed answer.
    case contextItem
    case call(String, [XPathSyntax])
    /// Unary minus.
    case negation(XPathSyntax)
    case binary(XPathOperator, XPathSyntax, XPathSyntax)
}

/// XPath 1.0's binary operators.
enum XPathOperator: String, Equatable {
    case or, and
    case equal = "=", notEqual = "!="
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case plus = "+", minus = "-", times = "*", div, mod
    case union = "|"

    var isEquality: Bool { self == .equal || self == .notEqual }
    var isRelational: Bool { [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(self) }
    var isArithmetic: Bool { [.plus, .minus, .times, .div, .mod].contains(self) }
}
