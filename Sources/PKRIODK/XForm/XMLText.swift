/// A small writer of indented XML text for the XForm: elements, attributes
/// and text, escaped. Tabs and line breaks in attribute values are written
/// as character references, or a parser would turn them into spaces.
struct XMLText {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var open: [String] = []

    /// A piece to ``splice(_:)`` into another: no XML declaration.
    static func fragment() -> XMLText {
        var x = XMLText()
        x.text = ""
        return x
    }

    /// Inserts a fragment at the current depth.
    mutating func splice(_ fragment: XMLText) {
        for line in fragment.text.split(separator: "\n", omittingEmptySubsequences: true) {
            text += indent + line + "\n"
        }
    }

    /// `<name a="v">` on its own line; `close()` ends it.
    mutating func start(_ name: String, _ attributes: [(String, String)] = []) {
        text += indent + "<" + name + Self.attributes(attributes) + ">\n"
        open.append(name)
    }

    mutating func close() {
        let name = open.removeLast()
        text += indent + "</" + name + ">\n"
    }

    /// `<name a="v"/>`, or `<name a="v">text</name>` on one line.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String? = nil) {
        if let content {
            text += indent + "<" + name + Self.attributes(attributes) + ">" + Self.escape(content, inAttribute: false) + "</" + name + ">\n"
        } else {
            text += indent + "<" + name + Self.attributes(attributes) + "/>\n"
        }
    }

    /// Markup already escaped (such as a label holding `<output/>`).
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], markup: String) {
        text += indent + "<" + name + Self.attributes(attributes) + ">" + markup + "</" + name + ">\n"
    }

    private var indent: String { String(repeating: "  ", count: open.count) }

    private static func attributes(_ list: [(String, String)]) -> String {
        list.map { " \($0.0)=\"\(escape($0.1, inAttribute: true))\"" }.joined()
    }

    static func escape(_ s: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "\t" where inAttribute: out += "&#9;"
            case "\n" where inAttribute: out += "&#10;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
