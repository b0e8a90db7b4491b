/// One token of an XPath 1.0 expression written with pkri's `${name}`.
enum XPathToken: Equatable {
    case literal(String)
    case number(String)
    case reference(String)
    /// A `$name` variable (pkri has none; refused).
    case variable(String)
    /// A name: a function, an operator name (`and`, `div`…) or a name test.
    case name(String)
    /// Punctuation and operators: `(`, `)`, `[`, `]`, `,`, `.`, `..`, `@`,
    /// `::`, `/`, `//`, `|`, `+`, `-`, `=`, `!=`, `<`, `<=`, `>`, `>=`, `*`.
    case symbol(String)
}

/// Splits an expression into tokens, each with its offset in characters.
struct XPathTokenizer {
    struct Failure: Error, Equatable { var offset: Int }

    static func tokens(_ source: String) throws(Failure) -> [(token: XPathToken, offset: Int)] {
        let chars = Array(source.unicodeScalars)
        var out: [(XPathToken, Int)] = []
        var i = 0
        func isNameStart(_ c: Unicode.Scalar) -> Bool {
            c == "_" || c.properties.isAlphabetic
        }
        func isNameChar(_ c: Unicode.Scalar) -> Bool {
            isNameStart(c) || c == "-" || c == "." || c.properties.numericType != nil
        }
        func isDigit(_ j: Int) -> Bool { j < chars.count && ("0"..."9").contains(chars[j]) }
        while i < chars.count {
            let c = chars[i]
            let start = i
            switch c {
            case " ", "\t", "\n", "\r":
                i += 1
            case "'", "\"":
                var j = i + 1
                while j < chars.count, chars[j] != c { j += 1 }
                guard j < chars.count else { throw Failure(offset: start) }
                out.append((.literal(String(String.UnicodeScalarView(chars[(i + 1)..<j]))), start))
                i = j + 1
            case "$":
                if i + 1 < chars.count, chars[i + 1] == "{" {
                    var j = i + 2
                    while j < chars.count, chars[j] != "}" { j += 1 }
                    guard j < chars.count else { throw Failure(offset: start) }
                    out.append((.reference(String(String.UnicodeScalarView(chars[(i + 2)..<j]))), start))
                    i = j + 1
                } else {
                    var j = i + 1
                    while j < chars.count, isNameChar(chars[j]) || chars[j] == ":" { j += 1 }
                    out.append((.variable(String(String.UnicodeScalarView(chars[(i + 1)..<j]))), start))
                    i = j
                }
            case _ where ("0"..."9").contains(c) || (c == "." && isDigit(i + 1)):
                var j = i
                while isDigit(j) { j += 1 }
                if j < chars.count, chars[j] == "." {
                    j += 1
                    while isDigit(j) { j += 1 }
                }
                out.append((.number(String(String.UnicodeScalarView(chars[i..<j]))), start))
                i = j
            case _ where isNameStart(c):
                var j = i
                // A QName (`prefix:local`) but not an axis (`child::`).
                while j < chars.count, isNameChar(chars[j])
                        || (chars[j] == ":" && j + 1 < chars.count && chars[j + 1] != ":" && chars[j - 1] != ":"
                            && isNameStart(chars[j + 1])) { j += 1 }
                out.append((.name(String(String.UnicodeScalarView(chars[i..<j]))), start))
                i = j
            default:
                let two = i + 1 < chars.count ? String(String.UnicodeScalarView([c, chars[i + 1]])) : ""
                if ["..", "::", "//", "!=", "<=", ">="].contains(two) {
                    out.append((.symbol(two), start))
                    i += 2
                } else if "()[],.@/|+-=<>*".unicodeScalars.contains(c) {
                    out.append((.symbol(String(c)), start))
                    i += 1
                } else {
                    throw Failure(offset: start)
                }
            }
        }
        return out
    }
}
