import Foundation

/// Reading and writing numbers as plain decimal text (`xs:decimal`), and the
/// one rounding rule of the spec.
///
/// pkri computes with Foundation's `Decimal`: base-10 arithmetic with 38
/// significant digits, so weights such as `0.2` and values such as `77.775`
/// are exact, and the same answers give the same figure on every machine.
/// Binary floating point would turn `x.xx5` into `x.xx4999…` and round it
/// the wrong way.
public enum DecimalText {
    /// Most significant digits accepted; more would silently lose precision.
    public static let maxDigits = 30

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Parses `xs:decimal` lexical form: optional sign, digits, optional
    /// fraction; no exponent, no spaces. Returns nil for anything else.
    public static func parse(_ text: String) -> Decimal? {
        var digits = 0
        var sawDigit = false
        var sawPoint = false
        var negative = false
        // Up to 18 digits also make the number here, without Foundation's
        // (slow) string scanner: the same value.
        var mantissa: UInt64 = 0
        var fraction = 0
        for (i, c) in text.utf8.enumerated() {
            switch c {
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                if i != 0 { return nil }
                negative = c == UInt8(ascii: "-")
            case UInt8(ascii: "."):
                if sawPoint { return nil }
                sawPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                digits += 1
                if digits <= 18 {
                    mantissa = mantissa * 10 + UInt64(c - UInt8(ascii: "0"))
                    if sawPoint { fraction += 1 }
                }
            default:
                return nil
            }
        }
        guard sawDigit, digits <= maxDigits else { return nil }
        guard digits <= 18 else { return Decimal(string: text, locale: posix) }
        if mantissa == 0 { return 0 }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fraction, significand: Decimal(mantissa))
    }

    /// Whether `text` is an integer literal (optional sign, digits).
    public static func isIntegerLiteral(_ text: String) -> Bool {
        let body = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        return !body.isEmpty && body.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Plain notation without exponent or trailing zeros: `77.78`, `0`, `-3.5`.
    public static func format(_ value: Decimal) -> String {
        formatSmall(value) ?? formatWithFoundation(value)
    }

    /// ``format(_:)`` through Foundation: any value, slowly.
    static func formatWithFoundation(_ value: Decimal) -> String {
        var v = value
        var out = Decimal()
        NSDecimalRound(&out, &v, 20, .plain)
        let s = NSDecimalNumber(decimal: out).stringValue
        return s == "-0" ? "0" : s
    }

    /// ``format(_:)`` for a value that is a whole number of units of
    /// 10^-18…10^18 below 2^53 of them (every score and result): read through
    /// `Double`, checked exactly against the value, then written digit by
    /// digit. Foundation's own formatting divides the mantissa digit by digit
    /// (≈ 10,000 instructions a number). Nil when the check fails.
    static func formatSmall(_ d: Decimal) -> String? {
        guard !d.isNaN, d.exponent <= 18, d.exponent >= -18 else { return nil }
        let scale = max(0, -d.exponent)
        var power: Double = 1
        for _ in 0..<scale { power *= 10 }
        let x = (NSDecimalNumber(decimal: d).doubleValue * power).rounded()
        guard x.magnitude < 9_007_199_254_740_992 else { return nil }
        var units = UInt64(x.magnitude)
        guard Decimal(sign: x < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(units)) == d else { return nil }
        if units == 0 { return "0" }
        var places = scale
        while places > 0, units % 10 == 0 {
            units /= 10
            places -= 1
        }
        var digits = Array(String(units).utf8)
        if places > 0 {
            if digits.count <= places {
                digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: places - digits.count + 1), at: 0)
            }
            digits.insert(UInt8(ascii: "."), at: digits.count - places)
        }
        if x < 0 { digits.insert(UInt8(ascii: "-"), at: 0) }
        return String(decoding: digits, as: UTF8.self)
    }

    /// The canonical text of a number already known to be `xs:decimal`
    /// (as ``parse(_:)`` accepts): no sign `+`, no leading or trailing zeros.
    /// String work only, so checking an answer costs no Decimal formatting.
    public static func canonical(_ text: String) -> String {
        var bytes = Array(text.utf8)
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            bytes.removeFirst()
        }
        var integer = bytes, fraction: [UInt8] = []
        if let dot = bytes.firstIndex(of: UInt8(ascii: ".")) {
            integer = Array(bytes[..<dot])
            fraction = Array(bytes[(dot + 1)...])
        }
        while integer.count > 1, integer.first == UInt8(ascii: "0") { integer.removeFirst() }
        if integer.isEmpty { integer = [UInt8(ascii: "0")] }
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        var out = integer
        if !fraction.isEmpty { out += [UInt8(ascii: ".")] + fraction }
        let zero = out == [UInt8(ascii: "0")]
        return (negative && !zero ? "-" : "") + String(decoding: out, as: UTF8.self)
    }

    /// Rounds half away from zero to `places` decimals (spec, scoring rule 8).
    public static func round(_ value: Decimal, places: Int = 2) -> Decimal {
        var v = value
        var out = Decimal()
        // .plain rounds halves away from zero for both signs.
        NSDecimalRound(&out, &v, places, .plain)
        return out
    }
}
