import CLibXML2
import PKRICore

/// An XPath 1.0 expression compiled by libxml2. Read-only once compiled, so
/// one compiled form serves every thread.
final class XPathExpression: CompiledExpression, @unchecked Sendable {
    let compiled: xmlXPathCompExprPtr
    /// The value depends only on the `/answers/name` elements the
    /// expression names (see ``ExpressionScanner/readsOnlyReferences``), so
    /// an answer document may reuse it until one of those is added.
    let readsOnlyReferences: Bool

    private init(_ compiled: xmlXPathCompExprPtr, readsOnlyReferences: Bool) {
        self.compiled = compiled
        self.readsOnlyReferences = readsOnlyReferences
    }

    deinit { xmlXPathFreeCompExpr(compiled) }

    struct CompileError: Error { var message: String }

    /// Compiles `xpath`; on failure returns libxml2's message.
    static func compile(_ xpath: String, readsOnlyReferences: Bool = false) -> Result<XPathExpression, CompileError> {
        guard let context = xmlXPathNewContext(nil) else { return .failure(CompileError(message: "out of memory")) }
        defer { xmlXPathFreeContext(context) }
        let collector = ErrorCollector()
        context.pointee.userData = collector.pointer
        context.pointee.error = ErrorCollector.handler
        if let compiled = xmlXPathCtxtCompile(context, xpath) { return .success(XPathExpression(compiled, readsOnlyReferences: readsOnlyReferences)) }
        return .failure(CompileError(message: collector.entries.last?.message ?? "invalid expression"))
    }
}

/// The libxml2 expression engine: answer documents as real libxml2 trees.
/// Their trees and XPath contexts are reused from one document to the next
/// (``XPathScratch``); copies of an engine share the pool.
public struct LibXMLExpressionEngine: ExpressionEngine {
    private let pool = XPathScratch.Pool()

    public init() {}

    public func makeAnswerDocument() -> any AnswerDocument { XPathAnswerDocument(pool: pool) }
}
