/// Reads an expression as written in a template before libxml2 compiles it:
/// rewrites `${name}` to `/answers/name`, and finds the names it uses, the
/// functions it calls and any `$variable`, each with its offset, so that
/// mistakes are reported at load rather than when an answer arrives.
struct ExpressionScanner {
    struct Reference { var name: String; var offset: Int }

    /// The expression with `${name}` rewritten, for libxml2.
    var xpath: String { String(decoding: rewritten, as: UTF8.self) }
    /// UTF-8: appending scalars to a `String` one by one cost more than
    /// compiling the expression.
    private var rewritten: [UInt8] = []
    /// For each byte of `xpath`, the offset (in Unicode scalars) of what it
    /// came from in the source, so that libxml2's position in the XPath
    /// can be told as a position in the expression the author wrote.
    private var origins: [Int] = []
    private(set) var references: [Reference] = []
    private(set) var functions: [Reference] = []
    private(set) var variables: [Reference] = []
    private(set) var malformedReference: Int?
    /// Operators of other languages written outside string literals
    /// (`==`, `&&`, `||`), in the order first seen: what an author coming
    /// from them types, and what libxml2 reports only as "Invalid expression".
    private(set) var foreignOperators: [String] = []
    /// Whether the value depends on nothing but the `${name}` elements: no
    /// other location path, no context-dependent function. Such a value
    /// holds until one of those elements is added, so it can be reused.
    private(set) var readsOnlyReferences = true

    /// Functions whose value depends on the context node or position.
    private static let contextFunctions: Set<String> = [
        "last", "position", "id", "lang", "local-name", "namespace-uri", "name",
    ]

    /// XPath 1.0's core functions plus the two of the spec.
    static let knownFunctions: Set<String> = [
        "last", "position", "count", "id", "local-name", "namespace-uri", "name",
        "string", "concat", "starts-with", "contains", "substring-before", "substring-after",
        "substring", "string-length", "normalize-space", "translate",
        "boolean", "not", "true", "false", "lang",
        "number", "sum", "floor", "ceiling", "round",
        "selected", "count-selected",
    ]
    private static let nodeTypes: Set<String> = ["node", "text", "comment", "processing-instruction"]
    private static let operatorNames: Set<String> = ["and", "or", "div", "mod"]

    init(_ source: String) {
        let chars = Array(source.unicodeScalars)
        var i = 0
        // Whether the previous token ends an operand; decides if a name is an
        // operator (`a and b`) and if `(` after a name makes a function call.
        var afterOperand = false
        while i < chars.count {
            let c = chars[i]
            if c == "'" || c == "\"" {
                var j = i + 1
                while j < chars.count, chars[j] != c { j += 1 }
                append(chars[i..<min(j + 1, chars.count)], from: i)
                i = j + 1
                afterOperand = true
            } else if c == "$", i + 1 < chars.count, chars[i + 1] == "{" {
                var j = i + 2
                while j < chars.count, chars[j] != "}" { j += 1 }
                guard j < chars.count else { malformedReference = i; append(chars[i...], from: i); break }
                let name = String(String.UnicodeScalarView(chars[(i + 2)..<j]))
                references.append(Reference(name: name, offset: i))
                rewritten += "/answers/".utf8
                rewritten += name.utf8
                // `${name}` stands as one piece: the `$`, then the name after `${`.
                origins += repeatElement(i, count: "/answers/".utf8.count)
                origins += name.unicodeScalars.enumerated().flatMap { k, scalar in
                    repeatElement(i + 2 + k, count: UTF8.width(scalar))
                }
                i = j + 1
                afterOperand = true
            } else if c == "$" {
                var j = i + 1
                while j < chars.count, Self.isNameChar(chars[j]) { j += 1 }
                variables.append(Reference(name: String(String.UnicodeScalarView(chars[(i + 1)..<j])), offset: i))
                readsOnlyReferences = false
                append(chars[i..<j], from: i)
                i = j
                afterOperand = true
            } else if Self.isNameStart(c) {
                var j = i
                while j < chars.count, Self.isNameChar(chars[j]) || (chars[j] == ":" && j + 1 < chars.count
                        && chars[j + 1] != ":" && (j == 0 || chars[j - 1] != ":")) { j += 1 }
                let name = String(String.UnicodeScalarView(chars[i..<j]))
                append(chars[i..<j], from: i)
                var k = j
                while k < chars.count, chars[k] == " " || chars[k] == "\t" || chars[k] == "\n" { k += 1 }
                if afterOperand && Self.operatorNames.contains(name) {
                    afterOperand = false
                } else if k < chars.count, chars[k] == "(", !Self.nodeTypes.contains(name) {
                    functions.append(Reference(name: name, offset: i))
                    var m = k + 1
                    while m < chars.count, chars[m] == " " || chars[m] == "\t" || chars[m] == "\n" { m += 1 }
                    let noArguments = m < chars.count && chars[m] == ")"
                    if Self.contextFunctions.contains(name) || (noArguments && name != "true" && name != "false") {
                        readsOnlyReferences = false   // `string()` is the context node's text
                    }
                    afterOperand = false
                } else if k + 1 < chars.count, chars[k] == ":", chars[k + 1] == ":" {
                    readsOnlyReferences = false   // an axis name
                    afterOperand = false
                } else {
                    readsOnlyReferences = false   // a name test: a location path
                    afterOperand = true
                }
                i = j
            } else {
                if i + 1 < chars.count, chars[i + 1] == c, c == "=" || c == "&" || c == "|" {
                    let pair = String(repeating: Character(c), count: 2)
                    if !foreignOperators.contains(pair) { foreignOperators.append(pair) }
                }
                append(chars[i...i], from: i)
                if Self.startsPath(chars, at: i) { readsOnlyReferences = false }
                if c == ")" || c == "]" || c == "." || ("0"..."9").contains(c) {
                    afterOperand = true
                } else if c == "*" {
                    afterOperand = !afterOperand   // multiply after an operand, name test otherwise
                } else if c != " " && c != "\t" && c != "\n" && c != "\r" {
                    afterOperand = false
                }
                i += 1
            }
        }
    }

    /// `/`, `@`, `[`, `*`, `:` or a `.` that is not part of a number.
    private static func startsPath(_ chars: [Unicode.Scalar], at i: Int) -> Bool {
        let digit = { (j: Int) in j >= 0 && j < chars.count && ("0"..."9").contains(chars[j]) }
        switch chars[i] {
        case "/", "@", "[", "*", ":": return true
        case ".": return !digit(i - 1) && !digit(i + 1)
        default: return false
        }
    }

    /// Copies source scalars `s`, the first of which is at source offset `start`.
    private mutating func append(_ s: ArraySlice<Unicode.Scalar>, from start: Int) {
        for (k, scalar) in s.enumerated() {
            UTF8.encode(scalar) { rewritten.append($0) }
            origins += repeatElement(start + k, count: UTF8.width(scalar))
        }
    }

    /// The source offset (in Unicode scalars) of XPath byte `offset`; the
    /// end of the source for an offset at or past the end of the XPath.
    func sourceOffset(ofXPathByte offset: Int, sourceLength: Int) -> Int {
        offset >= 0 && offset < origins.count ? origins[offset] : sourceLength
    }

    private static func isNameStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c.value >= 0xC0
    }

    private static func isNameChar(_ c: Unicode.Scalar) -> Bool {
        isNameStart(c) || c == "-" || c == "." || ("0"..."9").contains(c)
    }
}
