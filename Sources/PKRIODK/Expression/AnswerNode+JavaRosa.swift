/// How JavaRosa reads one answer the way pkri's answer document holds it.
///
/// JavaRosa gives a node's *typed* value (a number for `int`/`decimal`, a
/// date for `date`, the empty string when empty or not relevant), where
/// libxml2 reads the element's text. These put the text back.
extension AnswerNode {
    /// True when pkri's document has the element: the node is not empty
    /// (JavaRosa reads a non-relevant node as empty too).
    var present: String { isProposed ? "true()" : "string-length(\(path)) > 0" }

    /// The element's text. A decimal is a Java `double` in JavaRosa, written
    /// `1.0E7` from ten million on and below 0.001: ``JavaRosaDecimal`` spells
    /// it out as pkri's canonical decimal.
    var text: String {
        kind == .decimal ? JavaRosaDecimal.plainText(of: "string(\(path))") : "string(\(path))"
    }

    /// `number()` of the element's text. JavaRosa turns a date into a day
    /// count and reads `1,5` as 1.5; libxml2 reads both as NaN.
    var number: String {
        switch kind {
        case .integer, .decimal: "number(\(path))"
        case .date: "number(string(\(path)))"
        case .text, .single, .multiple: "number(translate(\(path), ',', '!'))"
        }
    }
}

/// XPath string literals.
enum XPathLiteral {
    /// `text` as an XPath literal: quoted with `'`, or with `"` when it holds
    /// a `'`, or as a `concat()` when it holds both.
    static func quote(_ text: String) -> String {
        if !text.contains("'") { return "'\(text)'" }
        if !text.contains("\"") { return "\"\(text)\"" }
        let parts = text.split(separator: "'", omittingEmptySubsequences: false).map { "'\($0)'" }
        return "concat(" + parts.joined(separator: ", \"'\", ") + ")"
    }

    /// The text of a literal ``quote(_:)`` made (or the parser read), or nil
    /// for any other expression.
    static func unquoted(_ expression: String) -> String? {
        guard let first = expression.first, first == "'" || first == "\"", expression.count >= 2,
              expression.last == first else { return nil }
        let inner = expression.dropFirst().dropLast()
        return inner.contains(first) ? nil : String(inner)
    }
}

/// How libxml2 writes a number literal as text (`string(12.50)` is `12.5`).
enum NumberLiteralText {
    /// The text, for a canonical decimal that libxml2 writes plainly: a
    /// whole number within 32 bits, or up to 15 significant digits between
    /// 10^-5 and 10^9. Nil otherwise (libxml2 switches to an exponent).
    static func xpathString(_ canonical: String) -> String? {
        guard let value = Double(canonical) else { return nil }
        if value == value.rounded(), abs(value) < 2_147_483_647 { return canonical }
        let digits = canonical.filter(\.isNumber).drop { $0 == "0" }
        guard digits.count <= 15, abs(value) >= 1e-5, abs(value) <= 1e9 else { return nil }
        return canonical
    }
}
