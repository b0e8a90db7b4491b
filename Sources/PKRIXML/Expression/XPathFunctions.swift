import CLibXML2

/// The two functions the spec adds to XPath, as in ODK XForms.
enum XPathFunctions {
    static func register(in context: xmlXPathContextPtr) {
        xmlXPathRegisterFunc(context, "selected", selected)
        xmlXPathRegisterFunc(context, "count-selected", countSelected)
    }

    /// `selected(nodeset, 'value')`: the space-separated answer holds `value`
    /// (byte for byte, as option values are compared).
    private static let selected: xmlXPathFunction = { parser, nargs in
        guard let parser else { return }
        guard nargs == 2 else { return xmlXPathErr(parser, Int32(XPATH_INVALID_ARITY.rawValue)) }
        let wanted = XPathFunctions.popBytes(parser)
        let answer = XPathFunctions.popBytes(parser)
        let found = XPathFunctions.words(answer).contains { $0.elementsEqual(wanted) }
        valuePush(parser, xmlXPathNewBoolean(found ? 1 : 0))
    }

    /// `count-selected(nodeset)`: how many values the answer holds.
    private static let countSelected: xmlXPathFunction = { parser, nargs in
        guard let parser else { return }
        guard nargs == 1 else { return xmlXPathErr(parser, Int32(XPATH_INVALID_ARITY.rawValue)) }
        let count = XPathFunctions.words(XPathFunctions.popBytes(parser)).count
        valuePush(parser, xmlXPathNewFloat(Double(count)))
    }

    private static func words(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
    }

    /// The argument's string value as UTF-8 bytes: no Swift `String` is built
    /// (these functions run for many questions of every submission).
    private static func popBytes(_ parser: xmlXPathParserContextPtr) -> [UInt8] {
        guard let raw = xmlXPathPopString(parser) else { return [] }
        defer { pkri_xmlFree(raw) }
        return Array(UnsafeBufferPointer(start: raw, count: Int(xmlStrlen(raw))))
    }
}
