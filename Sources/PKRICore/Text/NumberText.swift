import Foundation

/// Numbers as a person reads them: a decimal comma in Indonesian
/// (`77,78`), a point in English.
public enum NumberText {
    public static func display(_ value: Decimal, _ lang: Language, places: Int = 2) -> String {
        let text = DecimalText.format(DecimalText.round(value, places: places))
        return lang == .id ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    public static func display(_ value: Decimal?, _ lang: Language, places: Int = 2) -> String {
        value.map { display($0, lang, places: places) } ?? "–"
    }
}
