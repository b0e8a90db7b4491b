import CLibXML2

/// The shipped XML Schemas, compiled into the binary, and the one entity
/// loader pkri installs: it serves `xml.xsd` from memory and refuses every
/// other file or URL, so nothing is ever read from disk or network while
/// parsing.
enum EmbeddedResources {
    /// NUL-terminated copies that live for the whole process.
    nonisolated(unsafe) static let xmlNamespaceSchema = permanentCopy(PackageResources.xml_xsd)

    static func permanentCopy(_ bytes: [UInt8]) -> UnsafeMutableBufferPointer<CChar> {
        let buffer = UnsafeMutableBufferPointer<CChar>.allocate(capacity: bytes.count + 1)
        for (i, b) in bytes.enumerated() { buffer[i] = CChar(bitPattern: b) }
        buffer[bytes.count] = 0
        return buffer
    }

    /// Installs the loader once; safe to call from any thread.
    static func installEntityLoader() { _ = loaderInstalled }

    private static let loaderInstalled: Bool = {
        // Must run once before threads use libxml2.
        xmlInitParser()
        xmlSetExternalEntityLoader { url, _, ctxt in
            guard let url, String(cString: url).hasSuffix("xml.xsd") else { return nil }
            let schema = EmbeddedResources.xmlNamespaceSchema
            guard let input = xmlParserInputBufferCreateMem(
                schema.baseAddress, Int32(schema.count - 1), XML_CHAR_ENCODING_UTF8) else { return nil }
            return xmlNewIOInputStream(ctxt, input, XML_CHAR_ENCODING_UTF8)
        }
        return true
    }()
}
