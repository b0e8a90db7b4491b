/// Escaping for XML and HTML alike: safe in element content and in quoted
/// attributes.
///
/// ```swift
/// MarkupText.escape("a < b\n")           // "a &lt; b\n"
/// MarkupText.escapeAttribute("a\nb")     // "a&#10;b"
/// ```
///
/// A parser normalises a literal tab, line feed or carriage return in an
/// attribute to a space, and a carriage return in content to a line feed;
/// written as character references they survive the round trip.
public enum MarkupText {
    /// For element content: line feeds stay literal, so text stays readable.
    public static func escape(_ s: String) -> String {
        escape(s, lineFeed: "\n")
    }

    /// For a quoted attribute value: line feeds too become `&#10;`.
    public static func escapeAttribute(_ s: String) -> String {
        escape(s, lineFeed: "&#10;")
    }

    private static func escape(_ s: String, lineFeed: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += lineFeed
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
