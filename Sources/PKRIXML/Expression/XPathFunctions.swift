import CLibXML2

/// The two functions the spec adds to XPath, as in ODK XForms.
enum XPathFunctions {
    static func register(in context: xmlXPathContextPtr) {
        xmlXPathRegisterFunc(context, "selected", selected)
        xmlXPathRegisterFunc(context, "count-selected", countSelected)
    }

    /// `selected(nodeset, 'value')`: the space-separated answer holds `value`.
    private static let selected: xmlXPathFunction = { parser, nargs in
        guard let parser else { return }
        guard nargs == 2 else { return xmlXPathErr(parser, Int32(XPATH_INVALID_ARITY.rawValue)) }
        let wanted = XPathFunctions.popString(parser)
        let answer = XPathFunctions.popString(parser)
        let found = answer.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            .contains { $0 == wanted }
        valuePush(parser, xmlXPathNewBoolean(found ? 1 : 0))
    }

    /// `count-selected(nodeset)`: how many values the answer holds.
    private static let countSelected: xmlXPathFunction = { parser, nargs in
        guard let parser else { return }
        guard nargs == 1 else { return xmlXPathErr(parser, Int32(XPATH_INVALID_ARITY.rawValue)) }
        let answer = XPathFunctions.popString(parser)
        let count = answer.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).count
        valuePush(parser, xmlXPathNewFloat(Double(count)))
    }

    private static func popString(_ parser: xmlXPathParserContextPtr) -> String {
        guard let raw = xmlXPathPopString(parser) else { return "" }
        defer { pkri_xmlFree(raw) }
        return String(cString: raw)
    }
}
