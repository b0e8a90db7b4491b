/// Writes a JavaRosa decimal as pkri's canonical decimal text, in XPath.
///
/// JavaRosa's `string()` of a `double` is Java's `Double.toString`: plain
/// (`12.5`, `1234567`) from 0.001 up to ten million and for whole numbers
/// within 32 bits, else scientific (`1.2345678E7`, `3.0E9`, `1.0E-4`). pkri
/// keeps the digits as typed, without trailing zeros (`12345678`,
/// `3000000000`, `0.0001`). A constraint such as
/// `string-length(substring-after(., '.')) <= 2` must see the same text.
enum JavaRosaDecimal {
    /// Enough zeros for any number a decimal field takes (ODK Collect allows
    /// 15 digits); beyond 10^64 the text would be cut short.
    static let zeros = String(repeating: "0", count: 64)

    /// An expression that is `text` (a JavaRosa string expression holding
    /// `Double.toString`'s output, or empty) in plain decimal notation.
    static func plainText(of text: String) -> String {
        let s = text
        let mantissa = "translate(substring-before(\(s), 'E'), '-', '')"
        let exponent = "number(substring-after(\(s), 'E'))"
        let whole = "substring-before(\(mantissa), '.')"
        // Java writes `3.0E9` for a whole mantissa: no fraction digits then.
        let fraction = "if(substring-after(\(mantissa), '.') = '0', '', substring-after(\(mantissa), '.'))"
        let sign = "if(starts-with(\(s), '-'), '-', '')"
        let z = "'\(zeros)'"
        let large = "if(string-length(\(fraction)) <= \(exponent), "
            + "concat(\(whole), \(fraction), substr(\(z), 0, \(exponent) - string-length(\(fraction)))), "
            + "concat(\(whole), substr(\(fraction), 0, \(exponent)), '.', substr(\(fraction), \(exponent))))"
        let small = "concat('0.', substr(\(z), 0, -\(exponent) - 1), \(whole), \(fraction))"
        return "if(contains(\(s), 'E'), concat(\(sign), if(\(exponent) > 0, \(large), \(small))), \(s))"
    }
}
