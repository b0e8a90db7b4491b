import CLibXML2
import PKRICore

/// One of the two shipped XML Schemas, compiled once and shared by every
/// thread (libxml2 allows concurrent validation with one compiled schema).
final class SchemaValidator: @unchecked Sendable {
    let namespace: String
    let rootName: String
    private let schema: xmlSchemaPtr

    static let template = SchemaValidator(PackageResources.pkri_template_1_xsd,
                                          namespace: TemplateNamespace.uri, root: "template")
    static let submission = SchemaValidator(PackageResources.pkri_submission_1_xsd,
                                            namespace: SubmissionNamespace.uri, root: "submission")

    private init(_ xsd: [UInt8], namespace: String, root: String) {
        EmbeddedResources.installEntityLoader()
        self.namespace = namespace
        self.rootName = root
        let text = EmbeddedResources.permanentCopy(xsd)
        let parser = xmlSchemaNewMemParserCtxt(text.baseAddress, Int32(xsd.count))
        defer { xmlSchemaFreeParserCtxt(parser) }
        let collector = ErrorCollector()
        xmlSchemaSetParserStructuredErrors(parser, ErrorCollector.handler, collector.pointer)
        guard let schema = xmlSchemaParse(parser) else {
            // The schemas ship with the binary; failing here is a build defect.
            fatalError("embedded schema for \(namespace) does not compile: \(collector.entries.map(\.message))")
        }
        self.schema = schema
    }

    /// Validates a parsed document; returns its errors, located.
    func validate(_ parsed: ParsedDocument, language: Language) -> [Diagnostic] {
        guard let root = parsed.root else { return [] }
        guard root.namespace == namespace, root.hasName(rootName) else {
            let found = root.namespace.map { "{\($0)}\(root.localName)" } ?? root.localName
            return [Diagnostic(.error, at: parsed.location(of: root), language.pick(
                "elemen akar harus <\(rootName)> dalam namespace \(namespace), bukan \(found)",
                "the root element must be <\(rootName)> in namespace \(namespace), not \(found)"))]
        }
        guard let context = xmlSchemaNewValidCtxt(schema) else { return [] }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = ErrorCollector()
        xmlSchemaSetValidStructuredErrors(context, ErrorCollector.handler, collector.pointer)
        _ = xmlSchemaValidateDoc(context, parsed.doc)
        return collector.errors.map { e in
            let message = LibXMLMessages.schema(e.message, language)
            let location = message.element != nil
                ? e.node.flatMap(parsed.element(at:)).map { parsed.location(of: $0, attribute: message.attribute) }
                : nil
            return Diagnostic(.error, at: location ?? parsed.location(line: e.line, element: message.element,
                                                                      attribute: message.attribute), message.text)
        }
    }
}

enum TemplateNamespace { static let uri = "urn:pkri:template:1" }
enum SubmissionNamespace { static let uri = "urn:pkri:submission:1" }
