import CLibXML2

/// A borrowed view of an element node. Valid while its ``ParsedDocument``
/// lives.
struct XMLElement {
    let node: xmlNodePtr

    var localName: String { String(cString: node.pointee.name) }

    var namespace: String? { node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } }

    var line: Int { Int(xmlGetLineNo(node)) }

    /// Child elements in document order.
    var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: c)) }
            child = c.pointee.next
        }
        return result
    }

    /// Whether the local name is `name`. Compares bytes: readers ask this of
    /// every element, and building a `String` each time was a visible cost.
    func hasName(_ name: String) -> Bool {
        xmlStrEqual(node.pointee.name, name) != 0
    }

    /// Child elements in `namespace`; others are extensions and ignored.
    func children(in namespace: String) -> [XMLElement] {
        namespace.withCString { text in
            let uri = UnsafeRawPointer(text).assumingMemoryBound(to: xmlChar.self)
            return children.filter { c in c.node.pointee.ns.map { xmlStrEqual($0.pointee.href, uri) != 0 } ?? false }
        }
    }

    /// Calls `body` with each child element in `namespace`, in document
    /// order, without building arrays: readers call it for every answer,
    /// and the arrays of ``children(in:)`` were a visible cost there.
    func forEachChild(in namespace: String, _ body: (XMLElement) -> Void) {
        namespace.withCString { text in
            let uri = UnsafeRawPointer(text).assumingMemoryBound(to: xmlChar.self)
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE, let ns = c.pointee.ns, xmlStrEqual(ns.pointee.href, uri) != 0 {
                    body(XMLElement(node: c))
                }
                child = c.pointee.next
            }
        }
    }

    /// Value of an attribute with no namespace.
    func attribute(_ name: String) -> String? {
        name.withCString { text in
            let wanted = UnsafeRawPointer(text).assumingMemoryBound(to: xmlChar.self)
            var attr = node.pointee.properties
            while let a = attr {
                if a.pointee.ns == nil, xmlStrEqual(a.pointee.name, wanted) != 0 { return Self.text(of: a) }
                attr = a.pointee.next
            }
            return nil
        }
    }

    /// `xml:lang` on this element.
    var xmlLang: String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let ns = a.pointee.ns, let href = ns.pointee.href,
               String(cString: href) == "http://www.w3.org/XML/1998/namespace",
               String(cString: a.pointee.name) == "lang" {
                return Self.text(of: a)
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// The concatenated text content.
    var text: String {
        Self.onlyText(node.pointee.children) ?? contentText
    }

    /// ``text`` as libxml2 concatenates it, into a copy it allocates.
    var contentText: String {
        guard let raw = xmlNodeGetContent(node) else { return "" }
        defer { pkri_xmlFree(raw) }
        return String(cString: raw)
    }

    private static func text(of attr: xmlAttrPtr) -> String {
        onlyText(attr.pointee.children) ?? listText(of: attr)
    }

    /// An attribute's value as libxml2 concatenates it, into a copy it allocates.
    static func listText(of attr: xmlAttrPtr) -> String {
        guard let raw = xmlNodeListGetString(attr.pointee.doc, attr.pointee.children, 1) else { return "" }
        defer { pkri_xmlFree(raw) }
        return String(cString: raw)
    }

    /// The content of `children` when it is one text node (almost every
    /// value and attribute), read in place: libxml2's concatenating copy
    /// cost a malloc and a free for each of about a hundred per submission.
    /// Nil for anything else, which takes libxml2's way.
    private static func onlyText(_ children: xmlNodePtr?) -> String? {
        guard let only = children, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE,
              let content = only.pointee.content else { return nil }
        return String(cString: content)
    }
}
