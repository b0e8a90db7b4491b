import PKRICore

/// Translates pkri expressions into expressions JavaRosa (ODK Collect,
/// Enketo, ODK Central, KoboToolbox) evaluates to the same value for every
/// combination of answered and unanswered questions.
///
/// In pkri's answer document an unanswered or non-relevant question has no
/// element, so a comparison with it is false and `count()` is 0; in an ODK
/// instance its node is there and empty, and JavaRosa reads an empty node
/// set as `''`. So every answer is translated by the XPath 1.0 rule its use
/// calls for (comparison, `count()`, `boolean()`, string, number), with
/// presence spelled out: `${x} != 'a'` becomes
/// `(string-length(/data/s/x) > 0 and string(/data/s/x) != 'a')`.
///
/// ```swift
/// let translator = JavaRosaTranslator(template: t, paths: paths)
/// try translator.condition("not(${status} = 'berhenti')", proposing: nil)
/// ```
struct JavaRosaTranslator {
    /// Each question's node in the form, by question id.
    let paths: [String: String]
    let template: Template

    /// The boolean value of `source`. `proposing` is the question whose
    /// `constraint` this is (`.` is its proposed answer); nil elsewhere.
    func condition(_ source: String, proposing question: Question? = nil) throws(TranslationFailure) -> String {
        let tree: XPathSyntax
        do { tree = try XPathParser.parse(source) } catch {
            switch error {
            case .syntax(let offset): throw .syntax(offset: offset)
            case .path(let offset): throw .path(offset: offset)
            case .variable(let name, _): throw .variable(name)
            }
        }
        let typed = try Translation(translator: self, proposed: question).translate(tree)
        return Self.unwrapped(Translation.boolean(typed))
    }

    /// Without one pair of parentheses around the whole.
    static func unwrapped(_ e: String) -> String {
        guard e.hasPrefix("("), e.hasSuffix(")") else { return e }
        var depth = 0
        var quote: Character?
        for (k, c) in e.enumerated() {
            if let q = quote { if c == q { quote = nil }; continue }
            if c == "'" || c == "\"" { quote = c; continue }
            if c == "(" { depth += 1 }
            if c == ")" { depth -= 1; if depth == 0 && k < e.count - 1 { return e } }
        }
        return String(e.dropFirst().dropLast())
    }
}

/// One expression's translation.
private struct Translation {
    let translator: JavaRosaTranslator
    let proposed: Question?

    func translate(_ tree: XPathSyntax) throws(TranslationFailure) -> TypedExpression {
        switch tree {
        case .literal(let s):
            return .string(XPathLiteral.quote(s))
        case .number(let n):
            let canonical = DecimalText.canonical(n.hasPrefix(".") ? "0" + n : n)
            return .number(canonical, text: .known(canonical))
        case .reference(let name):
            guard let q = translator.template.question(name), let path = translator.paths[name],
                  let position = translator.template.position(of: name) else { throw .unknownQuestion(name) }
            return .nodes([AnswerNode(path: path, kind: q.kind, position: position)])
        case .contextItem:
            guard let proposed else { throw .contextOutsideConstraint }
            return .nodes([AnswerNode(path: ".", kind: proposed.kind, position: Int.max)])
        case .negation(let inner):
            return .number("-(\(try Self.number(translate(inner))))", text: .computed)
        case .binary(let op, let a, let b):
            return try binary(op, translate(a), translate(b))
        case .call(let name, let arguments):
            return try call(name, arguments)
        }
    }

    // MARK: - Operators

    private func binary(_ op: XPathOperator, _ a: TypedExpression, _ b: TypedExpression)
        throws(TranslationFailure) -> TypedExpression {
        switch op {
        case .or, .and:
            return .boolean("(\(Self.boolean(a)) \(op.rawValue) \(Self.boolean(b)))")
        case .union:
            guard case .nodes(let x) = a, case .nodes(let y) = b else { throw .notAnswers(function: "|") }
            var all = x
            for n in y where !all.contains(n) { all.append(n) }
            return .nodes(all.sorted { $0.position < $1.position })
        case _ where op.isArithmetic:
            return .number("(\(try Self.number(a)) \(op.rawValue) \(try Self.number(b)))", text: .computed)
        default:
            return .boolean(try Self.compare(op, a, b))
        }
    }

    /// XPath 1.0, 3.4: a node set compares true when some node of it does.
    private static func compare(_ op: XPathOperator, _ a: TypedExpression, _ b: TypedExpression)
        throws(TranslationFailure) -> String {
        let o = op.rawValue
        switch (a, b) {
        case (.nodes(let x), .nodes(let y)):
            var terms: [String] = []
            for m in x {
                for n in y {
                    let guards = [m, n].filter { !$0.isProposed }.map(\.present)
                    let test = op.isEquality ? "\(m.text) \(o) \(n.text)" : "\(m.number) \(o) \(n.number)"
                    terms.append(conjunction(guards + [test]))
                }
            }
            return disjunction(terms)
        case (.nodes, .boolean), (.boolean, .nodes):
            let test = "\(boolean(a)) \(o) \(boolean(b))"
            return op.isEquality ? "(\(test))" : "(number(\(boolean(a))) \(o) number(\(boolean(b))))"
        case (.nodes(let x), _):
            let other = op.isEquality && !isNumber(b) ? try string(b) : try number(b)
            return disjunction(x.map { n in
                let value = op.isEquality && !isNumber(b) ? n.text : n.number
                return conjunction((n.isProposed ? [] : [n.present]) + ["\(value) \(o) \(other)"])
            })
        case (_, .nodes):
            return try compare(op.mirrored, b, a)
        default:
            if op.isEquality {
                if isBoolean(a) || isBoolean(b) { return "(\(boolean(a)) \(o) \(boolean(b)))" }
                if isNumber(a) || isNumber(b) { return "(\(try number(a)) \(o) \(try number(b)))" }
                return "(\(try string(a)) \(o) \(try string(b)))"
            }
            return "(\(try number(a)) \(o) \(try number(b)))"
        }
    }

    // MARK: - Conversions (XPath 1.0, 4.2–4.4)

    static func boolean(_ e: TypedExpression) -> String {
        switch e {
        case .nodes(let ns): return disjunction(ns.map(\.present))
        case .string(let s): return "(string-length(\(s)) > 0)"
        case .number(_, .known(let text)):
            return DecimalText.parse(text).map { $0 != 0 } == true ? "true()" : "false()"
        case .number(let n, _): return "boolean(\(n))"
        case .boolean(let b): return b
        }
    }

    /// The string value; of answers, the first present one's text.
    static func string(_ e: TypedExpression) throws(TranslationFailure) -> String {
        switch e {
        case .nodes(let ns):
            guard let last = ns.last else { return "''" }
            // An absent node's text is '' in JavaRosa, so the last one needs no test.
            return ns.dropLast().reversed().reduce(last.text) { rest, n in "if(\(n.present), \(n.text), \(rest))" }
        case .string(let s): return s
        case .number(_, .known(let text)):
            guard let quoted = NumberLiteralText.xpathString(text) else { throw .computedNumberAsText }
            return XPathLiteral.quote(quoted)
        case .number(let n, .whole): return "string(\(n))"
        case .number(_, .computed): throw .computedNumberAsText
        case .boolean(let b): return "if(\(b), 'true', 'false')"
        }
    }

    static func number(_ e: TypedExpression) throws(TranslationFailure) -> String {
        switch e {
        case .nodes(let ns):
            guard let last = ns.last else { return "number('')" }
            return ns.dropLast().reversed().reduce(last.number) { rest, n in "if(\(n.present), \(n.number), \(rest))" }
        case .string(let s): return "number(translate(\(s), ',', '!'))"
        case .number(let n, _): return n
        case .boolean(let b): return "number(\(b))"
        }
    }

    private static func isNumber(_ e: TypedExpression) -> Bool {
        if case .number = e { return true }
        return false
    }

    private static func isBoolean(_ e: TypedExpression) -> Bool {
        if case .boolean = e { return true }
        return false
    }

    static func conjunction(_ terms: [String]) -> String {
        terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " and ") + ")"
    }

    static func disjunction(_ terms: [String]) -> String {
        if terms.isEmpty { return "false()" }
        return terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " or ") + ")"
    }

    // MARK: - Functions

    private func call(_ name: String, _ arguments: [XPathSyntax]) throws(TranslationFailure) -> TypedExpression {
        func arity(_ allowed: ClosedRange<Int>) throws(TranslationFailure) {
            guard allowed.contains(arguments.count) else { throw .arguments(function: name) }
        }
        /// Arguments, or `.` when a one-argument function is called without.
        func args(orContext: Bool = false) throws(TranslationFailure) -> [TypedExpression] {
            if orContext, arguments.isEmpty { return [try translate(.contextItem)] }
            var out: [TypedExpression] = []
            for a in arguments { out.append(try translate(a)) }
            return out
        }
        func answers(_ e: TypedExpression) throws(TranslationFailure) -> [AnswerNode] {
            guard case .nodes(let ns) = e else { throw .notAnswers(function: name) }
            return ns
        }
        switch name {
        case "true", "false":
            try arity(0...0)
            return .boolean("\(name)()")
        case "not":
            try arity(1...1)
            return .boolean("not(\(Self.boolean(try args()[0])))")
        case "boolean":
            try arity(1...1)
            return .boolean(Self.boolean(try args()[0]))
        case "count":
            try arity(1...1)
            let ns = try answers(try args()[0])
            let terms = ns.map { $0.isProposed ? "1" : "if(\($0.present), 1, 0)" }
            return .number(terms.isEmpty ? "0" : terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " + ") + ")", text: .whole)
        case "sum":
            try arity(1...1)
            let ns = try answers(try args()[0])
            let terms = ns.map { $0.isProposed ? $0.number : "if(\($0.present), \($0.number), 0)" }
            return .number(terms.isEmpty ? "0" : terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " + ") + ")", text: .computed)
        case "string":
            try arity(0...1)
            return .string(try Self.string(try args(orContext: true)[0]))
        case "number":
            try arity(0...1)
            return .number(try Self.number(try args(orContext: true)[0]), text: .computed)
        case "string-length":
            try arity(0...1)
            return .number("string-length(\(try Self.string(try args(orContext: true)[0])))", text: .whole)
        case "normalize-space":
            try arity(0...1)
            return .string("normalize-space(\(try Self.string(try args(orContext: true)[0])))")
        case "concat":
            guard arguments.count >= 2 else { throw .arguments(function: name) }
            var parts: [String] = []
            for a in try args() { parts.append(try Self.string(a)) }
            return .string("concat(\(parts.joined(separator: ", ")))")
        case "starts-with", "contains":
            try arity(2...2)
            let a = try args()
            return .boolean("\(name)(\(try Self.string(a[0])), \(try Self.string(a[1])))")
        case "substring-before", "substring-after":
            try arity(2...2)
            let a = try args()
            return .string("\(name)(\(try Self.string(a[0])), \(try Self.string(a[1])))")
        case "translate":
            try arity(3...3)
            let a = try args()
            return .string("translate(\(try Self.string(a[0])), \(try Self.string(a[1])), \(try Self.string(a[2])))")
        case "substring":
            try arity(2...3)
            let a = try args()
            return .string(try Self.substring(a))
        case "floor", "ceiling":
            try arity(1...1)
            // JavaRosa has neither; `int()` truncates toward zero.
            let v = try Self.number(try args()[0])
            let step = name == "floor" ? ("<", "-") : (">", "+")
            return .number("if(\(v) \(step.0) 0 and int(\(v)) != \(v), int(\(v)) \(step.1) 1, int(\(v)))", text: .computed)
        case "round":
            try arity(1...1)
            return .number("round(\(try Self.number(try args()[0])))", text: .computed)
        case "selected":
            try arity(2...2)
            let a = try args()
            return .boolean(try Self.selected(a[0], a[1]))
        case "count-selected":
            try arity(1...1)
            let a = try args()[0]
            return .number("count-selected(\(Self.words(a, try Self.string(a))))", text: .whole)
        default:
            throw .unsupportedFunction(name)
        }
    }

    /// XPath 1.0 `substring(s, start, length?)`: the characters at positions
    /// from round(start) to before round(start) + round(length), counting
    /// from 1; nothing when a bound is NaN. JavaRosa has only `substr(s,
    /// from, to)`, counting from 0, where a negative index counts from the end.
    private static func substring(_ a: [TypedExpression]) throws(TranslationFailure) -> String {
        let s = try string(a[0])
        let start = "round(\(try number(a[1])))"
        let from = "if(\(start) < 1, 0, \(start) - 1)"
        guard a.count == 3 else {
            return "if(\(start) = \(start), substr(\(s), \(from)), '')"
        }
        let end = "(\(start) + round(\(try number(a[2]))))"
        return "if(\(end) = \(end), substr(\(s), \(from), if(\(end) < 1, 0, \(end) - 1)), '')"
    }

    /// `selected(answer, value)` as pkri reads it: `value` is one of the
    /// answer's words. JavaRosa trims `value` and splits on spaces only.
    private static func selected(_ answer: TypedExpression, _ value: TypedExpression) throws(TranslationFailure) -> String {
        let words = Self.words(answer, try string(answer))
        if case .string(let literal) = value, let text = XPathLiteral.unquoted(literal) {
            let isWord = !text.isEmpty && !text.unicodeScalars.contains { [" ", "\t", "\n", "\r"].contains($0) }
            return isWord ? "selected(\(words), \(literal))" : "false()"
        }
        let v = try string(value)
        return "(string-length(\(v)) > 0 and translate(\(v), ' \t\n\r', '') = \(v) and selected(\(words), \(v)))"
    }

    /// `s`, the string value of `e`, with tabs and line breaks as spaces:
    /// pkri splits words on all four, JavaRosa on spaces. Only text can
    /// hold them (option values, numbers and dates cannot).
    private static func words(_ e: TypedExpression, _ s: String) -> String {
        if case .nodes(let ns) = e, !ns.contains(where: { $0.kind == .text }) { return s }
        return "translate(\(s), '\t\n\r', '   ')"
    }
}

private extension XPathOperator {
    /// The operator with its operands swapped: `a < b` is `b > a`.
    var mirrored: XPathOperator {
        switch self {
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        default: self
        }
    }
}
