import Foundation

/// Numbers as a person reads them: a decimal comma in Indonesian
/// (`77,78`), a point in English.
public enum NumberText {
    public static func display(_ value: Decimal, _ lang: Language, places: Int = 2) -> String {
        let text = DecimalText.format(DecimalText.round(value, places: places))
        return lang == .id ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A count with its thousands grouped as the reader writes them:
    /// `12.345` in Indonesian, `12,345` in English.
    public static func count(_ n: Int, _ lang: Language) -> String {
        let digits = Array(String(n.magnitude))
        var out = n < 0 ? "-" : ""
        for (k, digit) in digits.enumerated() {
            if k > 0, (digits.count - k) % 3 == 0 { out += lang == .id ? "." : "," }
            out.append(digit)
        }
        return out
    }

    public static func display(_ value: Decimal?, _ lang: Language, places: Int = 2) -> String {
        value.map { display($0, lang, places: places) } ?? "–"
    }

    /// A number as it was written (an answer such as `87.42`), not rounded,
    /// in the reader's style: `87,42` in Indonesian. Text that is not an
    /// `xs:decimal` literal is returned as it is.
    public static func literal(_ text: String, _ lang: Language) -> String {
        guard lang == .id, text.utf8.contains(UInt8(ascii: ".")), DecimalText.parse(text) != nil else { return text }
        return text.replacingOccurrences(of: ".", with: ",")
    }
}
