import Foundation

/// A number read from `xs:decimal` text as an exact integer: `units` ×
/// 10^-`scale`. For comparing an answer with a question's bounds and bands
/// in millionths (``ExactBounds``) instead of `Decimal`, whose comparison
/// cost about 1,300 instructions.
///
/// Only text of at most 18 digits, the numbers ``DecimalText/parse(_:)``
/// itself makes without Foundation: anything else is nil, and callers fall
/// back to `Decimal`. Within that range both compare exactly, so they agree.
struct ExactNumber {
    /// Signed; below 10^18 in magnitude.
    let units: Int64
    /// Digits after the point, 0...18.
    let scale: Int
    /// Whether the text has a decimal point (`5.` and `5.0` are not integer literals).
    let hasPoint: Bool

    /// The text as ``DecimalText/parse(_:)`` reads it: optional sign,
    /// digits, at most one point, at least one digit.
    init?(_ text: String) {
        var digits = 0, scale = 0
        var magnitude: UInt64 = 0
        var negative = false, hasPoint = false
        var first = true
        for c in text.utf8 {
            defer { first = false }
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                guard digits <= 18 else { return nil }
                magnitude = magnitude * 10 + UInt64(c &- UInt8(ascii: "0"))
                if hasPoint { scale += 1 }
            case UInt8(ascii: "."):
                guard !hasPoint else { return nil }
                hasPoint = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard first else { return nil }
                negative = c == UInt8(ascii: "-")
            default:
                return nil
            }
        }
        guard digits > 0 else { return nil }
        units = negative ? -Int64(magnitude) : Int64(magnitude)
        self.scale = scale
        self.hasPoint = hasPoint
    }

    /// Below (-1), at (0) or above (1) `millionths` × 10^-6, which must lie
    /// within ±10^25 (``ExactBounds`` checks). Both sides are brought to the
    /// larger scale: at most 10^18 × 10^6 and 10^25 × 10^12, within `Int128`.
    func compare(millionths: Int128) -> Int {
        let common = Swift.max(scale, ExactUnits.digits)
        let left = Int128(units) * Self.powers[common - scale]
        let right = millionths * Self.powers[common - ExactUnits.digits]
        return left < right ? -1 : (left == right ? 0 : 1)
    }

    /// 10^0 ... 10^18.
    private static let powers: [Int128] = (0...18).map { n in (0..<n).reduce(1) { p, _ in p * 10 } }

    /// ``DecimalText/canonical(_:)`` of the text it was read from: the same
    /// digits without sign `+`, leading or trailing zeros.
    var canonical: String { ExactUnits.text(Int128(units), scale: scale) }
}

/// A range's ends in millionths; nil for an open end.
struct ExactBounds: Sendable {
    let min: Int128?
    let max: Int128?

    /// Nil when an end is not exact in millionths (or beyond ±10^25, which
    /// ``ExactNumber/compare(millionths:)`` needs).
    init?(min: Decimal?, max: Decimal?) {
        func exact(_ d: Decimal?) -> Int128?? {
            guard let d else { return .some(nil) }
            guard let u = ExactUnits.of(d), u.magnitude <= 10_000_000_000_000_000_000_000_000 else { return nil }
            return .some(u)
        }
        guard let lo = exact(min), let hi = exact(max) else { return nil }
        (self.min, self.max) = (lo, hi)
    }

    /// Both ends inclusive, as ``Question/ScoreBand/contains(_:)``.
    func contains(_ n: ExactNumber) -> Bool {
        if let min, n.compare(millionths: min) < 0 { return false }
        if let max, n.compare(millionths: max) > 0 { return false }
        return true
    }
}
