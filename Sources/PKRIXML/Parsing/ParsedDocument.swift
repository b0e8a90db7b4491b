import CLibXML2
import PKRICore

/// A document parsed by ``SafeXMLParser``: it passed the hostile-input rules
/// and owns its libxml2 tree.
final class ParsedDocument {
    let doc: xmlDocPtr
    let file: String
    let source: SourceText

    init(doc: xmlDocPtr, file: String, source: SourceText) {
        self.doc = doc
        self.file = file
        self.source = source
    }

    deinit { xmlFreeDoc(doc) }

    var root: XMLElement? { xmlDocGetRootElement(doc).map(XMLElement.init) }

    /// `file:line:column` of an element, or of one of its attributes.
    func location(of element: XMLElement, attribute: String? = nil) -> SourceLocation {
        locator.location(ofElement: ordinal(of: element.node) ?? -1, named: element.localName, line: element.line,
                         attribute: attribute)
    }

    /// ``location(of:attribute:)`` of an element known to be named
    /// `name`, worked out when asked: a valid document never needs its
    /// columns (see `SourcePlace`).
    func deferredLocation(of element: XMLElement, named name: String) -> SourcePlace {
        .deferred(DeferredLocation(locator: locator, ordinal: ordinal(of: element.node) ?? -1, element: name,
                                   line: element.line))
    }

    /// Outlives the tree: submissions keep it for their answers' places.
    private(set) lazy var locator = SourceLocator(file: file, source: source)

    /// The element a libxml2 error names by its node: the node itself, or
    /// the element of an attribute node.
    func element(at node: UnsafeMutableRawPointer) -> XMLElement? {
        // `type` stands at the same offset in xmlNode and xmlAttr.
        let type = node.load(fromByteOffset: MemoryLayout<xmlNode>.offset(of: \.type)!, as: xmlElementType.self)
        switch type {
        case XML_ELEMENT_NODE: return XMLElement(node: node.assumingMemoryBound(to: xmlNode.self))
        case XML_ATTRIBUTE_NODE: return node.assumingMemoryBound(to: xmlAttr.self).pointee.parent.map(XMLElement.init)
        default: return nil
        }
    }

    /// An element's place in document order (from 0), which is the place
    /// of its start tag in ``SourceText/startTags``. ``SafeXMLParser`` sets
    /// it on every element as it checks the tree, in the node's
    /// application field (`_private`, which nothing else here uses): a
    /// dictionary of every node cost more than reading the answers.
    func setOrdinal(_ ordinal: Int, of node: xmlNodePtr) {
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: ordinal + 1)
    }

    private func ordinal(of node: xmlNodePtr) -> Int? {
        node.pointee._private.map { Int(bitPattern: $0) - 1 }
    }

    func location(line: Int, element: String?, attribute: String? = nil) -> SourceLocation {
        locator.location(line: line, element: element, attribute: attribute)
    }
}
