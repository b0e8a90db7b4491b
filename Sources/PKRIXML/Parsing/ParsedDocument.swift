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
        location(line: element.line, element: element.localName, attribute: attribute)
    }

    func location(line: Int, element: String?, attribute: String? = nil) -> SourceLocation {
        if let element, let found = source.locate(element: element, line: line, attribute: attribute) {
            return SourceLocation(file: file, line: found.line, column: found.column)
        }
        return SourceLocation(file: file, line: line)
    }
}
