import CLibXML2
import PKRICore

/// The spec's answer document as a libxml2 tree, with an XPath context that
/// knows `selected()` and `count-selected()`.
///
/// The tree and context come from its engine's pool (``XPathScratch``) and
/// go back to it, emptied, when the document is released.
final class XPathAnswerDocument: AnswerDocument {
    private let scratch: XPathScratch
    private let pool: XPathScratch.Pool?
    /// Runtime errors (such as a wrong argument count) make the expression
    /// false; the collector keeps them for whoever asks.
    var errors: ErrorCollector { scratch.errors }

    /// Whether values are reused; the compiler's trial document must see
    /// every evaluation's errors, so it does not.
    private let memoizes: Bool

    /// A document on a scratch from `pool`, or on its own without one.
    init(memoizes: Bool = true, pool: XPathScratch.Pool? = nil) {
        self.memoizes = memoizes
        self.pool = pool
        scratch = pool?.take() ?? XPathScratch()
    }

    deinit { pool?.give(scratch) }

    func append(question id: String, text: String) {
        xmlNewTextChild(scratch.root, nil, id, text)
        if let readers = scratch.memoReaders.removeValue(forKey: id) {
            for key in readers { scratch.memo[key] = nil }
        }
    }

    func isTrue(_ expression: Condition) -> Bool {
        guard let xpath = expression.compiled as? XPathExpression, xpath.readsOnlyReferences, memoizes else {
            return evaluate(expression, at: scratch.root)
        }
        let key = ObjectIdentifier(xpath)
        if let known = scratch.memo[key] { return known.value }
        let value = evaluate(expression, at: scratch.root)
        scratch.memo[key] = (xpath, value)
        for name in expression.references { scratch.memoReaders[name, default: []].append(key) }
        return value
    }

    func isTrue(_ constraint: Condition, proposing text: String, for id: String) -> Bool {
        guard let node = xmlNewTextChild(scratch.root, nil, id, text) else { return false }
        defer {
            xmlUnlinkNode(node)
            xmlFreeNode(node)
        }
        return evaluate(constraint, at: node)
    }

    private func evaluate(_ expression: Condition, at node: xmlNodePtr) -> Bool {
        guard let xpath = expression.compiled as? XPathExpression else { return false }
        scratch.context.pointee.node = node
        guard let result = xmlXPathCompiledEval(xpath.compiled, scratch.context) else { return false }
        defer { xmlXPathFreeObject(result) }
        return xmlXPathCastToBoolean(result) != 0
    }
}
