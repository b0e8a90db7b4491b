import CLibXML2
import PKRICore

/// The spec's answer document as a libxml2 tree, with an XPath context that
/// knows `selected()` and `count-selected()`.
final class XPathAnswerDocument: AnswerDocument {
    private let doc: xmlDocPtr
    private let root: xmlNodePtr
    private let context: xmlXPathContextPtr
    /// Runtime errors (such as a wrong argument count) make the expression
    /// false; the collector keeps them for whoever asks.
    let errors = ErrorCollector()
    /// Values of expressions that read only `${name}` elements, and for each
    /// name the expressions to forget when its element is added. An entry
    /// keeps its expression alive: a freed one's identifier could be reused
    /// by a new expression, which would then get the old one's value.
    private var memo: [ObjectIdentifier: (expression: XPathExpression, value: Bool)] = [:]
    private var memoReaders: [String: [ObjectIdentifier]] = [:]

    /// Whether values are reused; the compiler's trial document must see
    /// every evaluation's errors, so it does not.
    private let memoizes: Bool

    init(memoizes: Bool = true) {
        self.memoizes = memoizes
        doc = xmlNewDoc("1.0")
        root = xmlNewDocNode(doc, nil, "answers", nil)
        xmlDocSetRootElement(doc, root)
        context = xmlXPathNewContext(doc)
        context.pointee.userData = errors.pointer
        context.pointee.error = ErrorCollector.handler
        XPathFunctions.register(in: context)
    }

    deinit {
        xmlXPathFreeContext(context)
        xmlFreeDoc(doc)
    }

    func append(question id: String, text: String) {
        xmlNewTextChild(root, nil, id, text)
        if let readers = memoReaders.removeValue(forKey: id) {
            for key in readers { memo[key] = nil }
        }
    }

    func isTrue(_ expression: Condition) -> Bool {
        guard let xpath = expression.compiled as? XPathExpression, xpath.readsOnlyReferences, memoizes else {
            return evaluate(expression, at: root)
        }
        let key = ObjectIdentifier(xpath)
        if let known = memo[key] { return known.value }
        let value = evaluate(expression, at: root)
        memo[key] = (xpath, value)
        for name in expression.references { memoReaders[name, default: []].append(key) }
        return value
    }

    func isTrue(_ constraint: Condition, proposing text: String, for id: String) -> Bool {
        guard let node = xmlNewTextChild(root, nil, id, text) else { return false }
        defer {
            xmlUnlinkNode(node)
            xmlFreeNode(node)
        }
        return evaluate(constraint, at: node)
    }

    private func evaluate(_ expression: Condition, at node: xmlNodePtr) -> Bool {
        guard let xpath = expression.compiled as? XPathExpression else { return false }
        context.pointee.node = node
        guard let result = xmlXPathCompiledEval(xpath.compiled, context) else { return false }
        defer { xmlXPathFreeObject(result) }
        return xmlXPathCastToBoolean(result) != 0
    }
}
