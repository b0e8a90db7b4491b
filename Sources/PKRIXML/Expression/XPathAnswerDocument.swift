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

    init() {
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
    }

    func isTrue(_ expression: Condition) -> Bool {
        evaluate(expression, at: root)
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
