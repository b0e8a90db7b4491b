import CLibXML2
import PKRICore

/// A document read with pkri's safe parser (no DOCTYPE, no entities, no
/// network, the limits of ``XMLLimits``), as plain values: for readers of
/// formats other than pkri's own, such as ODK instances, which have no
/// schema of pkri's to check them.
///
/// ```swift
/// let root = try XMLTree.read(contentsOf: "instance.xml")
/// root.name          // "data"
/// root.children[0].location.description   // "instance.xml:1:40"
/// ```
public struct XMLTree: Sendable {
    /// The local name.
    public let name: String
    public let namespace: String?
    /// Attributes without a namespace, by name.
    public let attributes: [String: String]
    /// The text directly inside the element (its text children, joined).
    public let text: String
    public let children: [XMLTree]
    public let location: SourceLocation

    /// Reads and parses a file safely.
    public static func read(contentsOf path: String, limits: XMLLimits = .standard,
                            language: Language = .id) throws(DocumentError) -> XMLTree {
        try read(try DocumentFile.read(path, limits: limits, language: language), file: path, limits: limits, language: language)
    }

    /// Parses bytes safely; `file` names them in messages.
    public static func read(_ bytes: [UInt8], file: String, limits: XMLLimits = .standard,
                            language: Language = .id) throws(DocumentError) -> XMLTree {
        EmbeddedResources.installEntityLoader()
        // Blank text is kept: a text answer may be spaces.
        let parsed = try SafeXMLParser(limits: limits, language: language).parse(bytes, file: file)
        guard let root = parsed.root else {
            throw DocumentError(SourceLocation(file: file, line: 1), language.pick("dokumen tanpa elemen", "a document without an element"))
        }
        return XMLTree(root, in: parsed)
    }

    private init(_ e: XMLElement, in parsed: ParsedDocument) {
        name = e.localName
        namespace = e.namespace
        var attributes: [String: String] = [:]
        var attr = e.node.pointee.properties
        while let a = attr {
            if a.pointee.ns == nil { attributes[String(cString: a.pointee.name)] = XMLElement.listText(of: a) }
            attr = a.pointee.next
        }
        self.attributes = attributes
        var text = ""
        var child = e.node.pointee.children
        while let c = child {
            if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE, let content = c.pointee.content {
                text += String(cString: content)
            }
            child = c.pointee.next
        }
        self.text = text
        children = e.children.map { XMLTree($0, in: parsed) }
        location = parsed.location(of: e)
    }
}
