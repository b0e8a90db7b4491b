import CLibXML2
import Synchronization

/// The libxml2 part of an answer document: an `<answers>` tree and an XPath
/// context on it. Making a context registers every XPath function (about
/// 35 K instructions, a fifth of a submission's XPath work), so each
/// scratch goes back to a ``Pool`` and is emptied for the next submission
/// instead of freed.
///
/// One ``XPathAnswerDocument`` uses it at a time: the pool hands it out and
/// takes it back; it is never shared between threads.
final class XPathScratch: @unchecked Sendable {
    let doc: xmlDocPtr
    let root: xmlNodePtr
    let context: xmlXPathContextPtr
    /// Runtime errors (such as a wrong argument count) make the expression
    /// false; the collector keeps them for whoever asks.
    let errors = ErrorCollector()
    /// Values of expressions that read only `${name}` elements, and for each
    /// name the expressions to forget when its element is added.
    /// Each entry holds its expression, so that no other expression can be
    /// allocated at the same address (and so under the same key) meanwhile.
    var memo: [ObjectIdentifier: (expression: XPathExpression, value: Bool)] = [:]
    var memoReaders: [String: [ObjectIdentifier]] = [:]

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

    /// Back to what ``init()`` made: an empty `<answers/>`, and the context
    /// fields an evaluation may leave changed as a new context has them.
    func reset() {
        if let children = root.pointee.children {
            root.pointee.children = nil
            root.pointee.last = nil
            xmlFreeNodeList(children)
        }
        context.pointee.node = nil
        context.pointee.contextSize = -1
        context.pointee.proximityPosition = -1
        context.pointee.opCount = 0
        context.pointee.depth = 0
        xmlResetError(&context.pointee.lastError)
        errors.removeAll()
        memo.removeAll(keepingCapacity: true)
        memoReaders.removeAll(keepingCapacity: true)
    }

    /// Scratches that no answer document is using, for the next one to take.
    final class Pool: Sendable {
        private let free = Mutex<[XPathScratch]>([])
        /// More than the threads that score at once would only hold memory.
        private let limit = 64

        init() {}

        func take() -> XPathScratch {
            free.withLock { $0.popLast() } ?? XPathScratch()
        }

        func give(_ scratch: XPathScratch) {
            scratch.reset()
            free.withLock { if $0.count < limit { $0.append(scratch) } }
        }
    }
}
