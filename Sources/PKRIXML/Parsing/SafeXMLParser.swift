import CLibXML2
import PKRICore

/// Parses untrusted XML under the spec's rules: UTF-8 only, no DOCTYPE, no
/// entities, no XInclude, nothing read from disk or network, and the size
/// limits of ``XMLLimits``. Every problem comes back located.
struct SafeXMLParser {
    var limits = XMLLimits.standard
    var language = Language.id
    /// Whether white space between elements is dropped instead of kept as
    /// text nodes (libxml2's `XML_PARSE_NOBLANKS`). Only for a vocabulary
    /// with no mixed content, such as submissions, where `value` and `note`
    /// hold plain text: a blank-only `<value> </value>` stays, and half the
    /// nodes of an indented submission went.
    var dropsBlankText = false

    static let xincludeNamespaces: Set<String> = [
        "http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude",
    ]

    /// Whether a namespace URI is XInclude's, comparing bytes: a `String`
    /// for every element's namespace was a visible cost.
    static func isXInclude(_ href: UnsafePointer<xmlChar>) -> Bool {
        xincludeNamespaces.contains { uri in
            uri.withCString { xmlStrEqual(href, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) != 0 }
        }
    }

    func parse(_ bytes: [UInt8], file: String) throws(DocumentError) -> ParsedDocument {
        let lang = language
        guard bytes.count <= limits.maxBytes else {
            throw DocumentError(SourceLocation(file: file, line: 1), lang.pick(
                "dokumen berukuran \(bytes.count) bita, melebihi batas \(limits.maxBytes) bita (16 MiB)",
                "the document is \(bytes.count) bytes, over the limit of \(limits.maxBytes) bytes (16 MiB)"))
        }
        let source = SourceText(bytes)
        func fail(_ offset: Int, _ message: String) -> DocumentError {
            let p = source.position(of: offset)
            return DocumentError(SourceLocation(file: file, line: p.line, column: p.column), message)
        }
        guard !bytes.isEmpty else { throw fail(0, lang.pick("dokumen kosong", "the document is empty")) }
        if let problem = encodingProblem(bytes) { throw fail(problem.offset, problem.message) }
        if let doctype = doctypeOffset(bytes) {
            throw fail(doctype, lang.pick(
                "DOCTYPE tidak diperbolehkan: pkri tidak menerima DTD, deklarasi entitas, atau rujukan eksternal",
                "DOCTYPE is not allowed: pkri accepts no DTD, entity declaration or external reference"))
        }
        let doc = try parseTree(bytes, file: file, source: source)
        let parsed = ParsedDocument(doc: doc, file: file, source: source)
        try checkTree(parsed)
        return parsed
    }

    // MARK: - Before parsing

    private func encodingProblem(_ b: [UInt8]) -> (offset: Int, message: String)? {
        let utf16 = language.pick(
            "dokumen tidak dalam UTF-8 (tampaknya UTF-16 atau UTF-32); simpan ulang sebagai UTF-8",
            "the document is not UTF-8 (it looks like UTF-16 or UTF-32); save it again as UTF-8")
        if b.count >= 2, (b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE) { return (0, utf16) }
        if b.count >= 2, b[0] == 0 || b[1] == 0 { return (0, utf16) }
        let start = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard b[start...].starts(with: Array("<?xml".utf8)),
              let end = firstIndex(of: "?>", in: b, from: start) else { return nil }
        let decl = String(decoding: b[start..<end], as: UTF8.self)
        guard let range = decl.range(of: "encoding") else { return nil }
        let rest = decl[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let name = rest.dropFirst().prefix { $0 != quote }
        if name.lowercased() != "utf-8" {
            let offset = start + decl.utf8.distance(from: decl.startIndex, to: range.lowerBound)
            return (offset, language.pick(
                "pengodean '\(name)' tidak diterima; pkri hanya membaca UTF-8",
                "encoding '\(name)' is not accepted; pkri reads UTF-8 only"))
        }
        return nil
    }

    /// Offset of a `<!DOCTYPE` in the prolog, if any.
    private func doctypeOffset(_ b: [UInt8]) -> Int? {
        var i = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1; continue }
            guard c == UInt8(ascii: "<"), i + 1 < b.count else { return nil }
            if b[(i + 1)...].starts(with: Array("!--".utf8)) {
                guard let end = firstIndex(of: "-->", in: b, from: i + 4) else { return nil }
                i = end + 3
            } else if b[i + 1] == UInt8(ascii: "?") {
                guard let end = firstIndex(of: "?>", in: b, from: i + 2) else { return nil }
                i = end + 2
            } else if b[(i + 1)...].starts(with: Array("!DOCTYPE".utf8)) {
                return i
            } else {
                return nil
            }
        }
        return nil
    }

    private func firstIndex(of needle: String, in b: [UInt8], from: Int) -> Int? {
        let n = Array(needle.utf8)
        guard b.count >= n.count, from <= b.count - n.count else { return nil }
        var i = from
        while i <= b.count - n.count {
            if b[i] == n[0], b[i..<i + n.count].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }

    // MARK: - Parsing

    private func parseTree(_ bytes: [UInt8], file: String, source: SourceText) throws(DocumentError) -> xmlDocPtr {
        guard let ctxt = xmlNewParserCtxt() else {
            throw DocumentError(SourceLocation(file: file, line: 1), "libxml2: out of memory")
        }
        defer { xmlFreeParserCtxt(ctxt) }
        let collector = ErrorCollector()
        // Errors reach the handler with the parser context as userData.
        ctxt.pointee._private = collector.pointer
        ctxt.pointee.sax.pointee.serror = { userData, error in
            guard let ctxt = userData?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
            ErrorCollector.from(ctxt.pointee._private)?.record(error)
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOWARNING.rawValue
            | (dropsBlankText ? XML_PARSE_NOBLANKS.rawValue : 0))
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(ctxt, $0, Int32(buffer.count), file, nil, options)
            }
        }
        let errors = collector.errors
        if let doc, errors.isEmpty, ctxt.pointee.wellFormed != 0 { return doc }
        if let doc { xmlFreeDoc(doc) }
        let diagnostics = errors.map { e in
            let message = e.message.contains("Excessive depth")
                ? language.pick("elemen bersarang lebih dalam dari \(limits.maxDepth) tingkat",
                                "elements are nested deeper than \(limits.maxDepth) levels")
                : LibXMLMessages.parser(e.message, code: e.code, language)
            return Diagnostic(.error, at: SourceLocation(file: file, line: e.line, column: e.column), message)
        }
        throw DocumentError(diagnostics.isEmpty
            ? [Diagnostic(.error, at: SourceLocation(file: file, line: 1),
                          language.pick("dokumen bukan XML yang sah", "the document is not well-formed XML"))]
            : diagnostics)
    }

    // MARK: - After parsing

    /// Walks the tree once: depth, element count, text sizes, and anything
    /// that could pull in content from elsewhere.
    private func checkTree(_ parsed: ParsedDocument) throws(DocumentError) {
        let lang = language
        let doc = parsed.doc
        if doc.pointee.intSubset != nil || doc.pointee.extSubset != nil {
            throw DocumentError(SourceLocation(file: parsed.file, line: 1),
                                lang.pick("DOCTYPE tidak diperbolehkan", "DOCTYPE is not allowed"))
        }
        var elements = 0
        var stack: [(xmlNodePtr, Int)] = []
        // Children are pushed last-first so nodes pop in document order and
        // a limit error names the first element past the limit.
        var child = doc.pointee.last
        while let c = child { stack.append((c, 1)); child = c.pointee.prev }
        while let (node, depth) = stack.popLast() {
            // Only the errors below need the line: asked for each node, it was a visible cost.
            var line: Int { Int(xmlGetLineNo(node)) }
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let element = XMLElement(node: node)
                // Elements pop in document order: this is the element's ordinal.
                parsed.setOrdinal(elements, of: node)
                elements += 1
                if elements > limits.maxElements {
                    throw DocumentError(parsed.location(of: element), lang.pick(
                        "dokumen memuat lebih dari \(limits.maxElements) elemen",
                        "the document has more than \(limits.maxElements) elements"))
                }
                if depth > limits.maxDepth {
                    throw DocumentError(parsed.location(of: element), lang.pick(
                        "elemen bersarang lebih dalam dari \(limits.maxDepth) tingkat",
                        "elements are nested deeper than \(limits.maxDepth) levels"))
                }
                if let href = node.pointee.ns?.pointee.href, Self.isXInclude(href) {
                    throw DocumentError(parsed.location(of: element), lang.pick(
                        "XInclude tidak diperbolehkan: dokumen tidak boleh menyertakan berkas lain",
                        "XInclude is not allowed: a document may not include other files"))
                }
                var attr = node.pointee.properties
                while let a = attr {
                    if let text = a.pointee.children, let content = text.pointee.content,
                       Int(xmlStrlen(content)) > limits.maxTextBytes {
                        let name = String(cString: a.pointee.name)
                        throw DocumentError(parsed.location(of: element, attribute: name), lang.pick(
                            "nilai atribut '\(name)' melebihi \(limits.maxTextBytes / 1024) KiB",
                            "the value of attribute '\(name)' is over \(limits.maxTextBytes / 1024) KiB"))
                    }
                    attr = a.pointee.next
                }
                var c = node.pointee.last
                while let n = c { stack.append((n, depth + 1)); c = n.pointee.prev }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content, Int(xmlStrlen(content)) > limits.maxTextBytes {
                    throw DocumentError(SourceLocation(file: parsed.file, line: line), lang.pick(
                        "teks melebihi \(limits.maxTextBytes / 1024) KiB", "a text is over \(limits.maxTextBytes / 1024) KiB"))
                }
            case XML_ENTITY_REF_NODE, XML_ENTITY_NODE, XML_ENTITY_DECL, XML_DTD_NODE, XML_XINCLUDE_START:
                throw DocumentError(SourceLocation(file: parsed.file, line: line),
                                    lang.pick("entitas tidak diperbolehkan", "entities are not allowed"))
            default:
                break
            }
        }
    }
}
