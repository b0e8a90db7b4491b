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

    struct CompileError: Error {
        var message: String
        /// libxml2's error code (`XML_XPATH_…`), when it gave one.
        var code: Int32? = nil
        /// The byte offset in `xpath` where libxml2 stopped reading.
        var offset: Int? = nil
    }

    /// Compiles `xpath`; on failure returns libxml2's message and where it stopped.
    static func compile(_ xpath: String, readsOnlyReferences: Bool = false) -> Result<XPathExpression, CompileError> {
        guard let context = xmlXPathNewContext(nil) else { return .failure(CompileError(message: "out of memory")) }
        defer { xmlXPathFreeContext(context) }
        let collector = ErrorCollector()
        context.pointee.userData = collector.pointer
        context.pointee.error = ErrorCollector.handler
        if let compiled = xmlXPathCtxtCompile(context, xpath) { return .success(XPathExpression(compiled, readsOnlyReferences: readsOnlyReferences)) }
        guard let e = collector.entries.last else { return .failure(CompileError(message: "invalid expression")) }
        return .failure(CompileError(message: e.message, code: e.code, offset: e.offset))
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
