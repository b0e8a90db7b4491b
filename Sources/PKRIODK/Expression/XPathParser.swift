/// Parses a pkri expression into ``XPathSyntax``: XPath 1.0 by its grammar
/// (operators and precedence), keeping only what an ODK form can carry.
///
/// Location paths are refused (`/answers/x`, `..`, `@a`, `x[1]`, axes):
/// pkri's answer document and an ODK instance are shaped differently, and
/// `${name}` says what they mean.
struct XPathParser {
    /// Why an expression cannot be read, and where (offset in characters).
    enum Failure: Error, Equatable {
        /// Not XPath at all (pkri would not have loaded it).
        case syntax(offset: Int)
        /// A location path or a filter: only `${name}` and `.` are carried.
        case path(offset: Int)
        case variable(String, offset: Int)
    }

    private let tokens: [(token: XPathToken, offset: Int)]
    private let end: Int
    private var i = 0

    static func parse(_ source: String) throws(Failure) -> XPathSyntax {
        let tokens: [(token: XPathToken, offset: Int)]
        do { tokens = try XPathTokenizer.tokens(source) } catch { throw .syntax(offset: error.offset) }
        var parser = XPathParser(tokens: tokens, end: source.unicodeScalars.count)
        let tree = try parser.expression()
        if parser.i < tokens.count { throw .syntax(offset: tokens[parser.i].offset) }
        return tree
    }

    private init(tokens: [(token: XPathToken, offset: Int)], end: Int) {
        self.tokens = tokens
        self.end = end
    }

    private var offset: Int { i < tokens.count ? tokens[i].offset : end }
    private var current: XPathToken? { i < tokens.count ? tokens[i].token : nil }

    private mutating func take(symbol s: String) -> Bool {
        if current == .symbol(s) { i += 1; return true }
        return false
    }

    private mutating func take(operatorName n: String) -> Bool {
        if current == .name(n) { i += 1; return true }
        return false
    }

    mutating func expression() throws(Failure) -> XPathSyntax { try or() }

    private mutating func or() throws(Failure) -> XPathSyntax {
        var left = try and()
        while take(operatorName: "or") { left = .binary(.or, left, try and()) }
        return left
    }

    private mutating func and() throws(Failure) -> XPathSyntax {
        var left = try equality()
        while take(operatorName: "and") { left = .binary(.and, left, try equality()) }
        return left
    }

    private mutating func equality() throws(Failure) -> XPathSyntax {
        var left = try relational()
        while true {
            if take(symbol: "=") { left = .binary(.equal, left, try relational()) }
            else if take(symbol: "!=") { left = .binary(.notEqual, left, try relational()) }
            else { return left }
        }
    }

    private mutating func relational() throws(Failure) -> XPathSyntax {
        var left = try additive()
        while true {
            if take(symbol: "<") { left = .binary(.less, left, try additive()) }
            else if take(symbol: "<=") { left = .binary(.lessOrEqual, left, try additive()) }
            else if take(symbol: ">") { left = .binary(.greater, left, try additive()) }
            else if take(symbol: ">=") { left = .binary(.greaterOrEqual, left, try additive()) }
            else { return left }
        }
    }

    private mutating func additive() throws(Failure) -> XPathSyntax {
        var left = try multiplicative()
        while true {
            if take(symbol: "+") { left = .binary(.plus, left, try multiplicative()) }
            else if take(symbol: "-") { left = .binary(.minus, left, try multiplicative()) }
            else { return left }
        }
    }

    private mutating func multiplicative() throws(Failure) -> XPathSyntax {
        var left = try unary()
        while true {
            if take(symbol: "*") { left = .binary(.times, left, try unary()) }
            else if take(operatorName: "div") { left = .binary(.div, left, try unary()) }
            else if take(operatorName: "mod") { left = .binary(.mod, left, try unary()) }
            else { return left }
        }
    }

    private mutating func unary() throws(Failure) -> XPathSyntax {
        if take(symbol: "-") { return .negation(try unary()) }
        return try union()
    }

    private mutating func union() throws(Failure) -> XPathSyntax {
        var left = try primary()
        while take(symbol: "|") { left = .binary(.union, left, try primary()) }
        return left
    }

    /// A primary expression, which no step or predicate may follow.
    private mutating func primary() throws(Failure) -> XPathSyntax {
        let start = offset
        let value: XPathSyntax
        switch current {
        case .literal(let s)?: i += 1; value = .literal(s)
        case .number(let n)?: i += 1; value = .number(n)
        case .reference(let name)?: i += 1; value = .reference(name)
        case .variable(let name)?: throw .variable(name, offset: start)
        case .symbol(".")?: i += 1; value = .contextItem
        case .symbol("(")?:
            i += 1
            let inner = try expression()
            guard take(symbol: ")") else { throw .syntax(offset: offset) }
            value = inner
        case .name(let name)?:
            guard i + 1 < tokens.count, tokens[i + 1].token == .symbol("("),
                  !["node", "text", "comment", "processing-instruction"].contains(name) else {
                throw .path(offset: start)   // a name test
            }
            i += 2
            var arguments: [XPathSyntax] = []
            if !take(symbol: ")") {
                repeat { arguments.append(try expression()) } while take(symbol: ",")
                guard take(symbol: ")") else { throw .syntax(offset: offset) }
            }
            value = .call(name, arguments)
        case .symbol(let s)? where ["/", "//", "..", "@", "*"].contains(s):
            throw .path(offset: start)
        default:
            throw .syntax(offset: start)
        }
        if case .symbol(let s)? = current, ["/", "//", "["].contains(s) { throw .path(offset: offset) }
        return value
    }
}
