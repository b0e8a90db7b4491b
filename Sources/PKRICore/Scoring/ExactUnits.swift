import Foundation
import Synchronization

/// A template's points, weights and scale as whole millionths (`Int128`),
/// so that scoring adds, multiplies and divides integers instead of
/// Foundation's `Decimal`, whose arithmetic on Linux cost more than the rest
/// of scoring together.
///
/// The arithmetic stays exact: sums and products of millionths are integers,
/// and an index value is an exact fraction (``ExactFraction``) until it is
/// rounded half away from zero, as the spec's rule 8 asks. A figure with more
/// than 6 decimals, or a sum that would not fit, makes the scorer fall back
/// to `Decimal` for that index, with the same result.
enum ExactUnits {
    /// Decimals kept: units are millionths.
    static let digits = 6
    static let one: Int128 = 1_000_000

    /// Conversions by value: a template holds few distinct figures, and
    /// formatting a `Decimal` is slow.
    private static let known = Mutex<[Decimal: Int128?]>([:])

    /// `value` in millionths, when exactly so and within ±10^24.
    static func of(_ value: Decimal) -> Int128? {
        if let hit = known.withLock({ $0[value] }) { return hit }
        let units = convert(value)
        known.withLock { $0[value] = units }
        return units
    }

    private static func convert(_ value: Decimal) -> Int128? {
        let text = DecimalText.format(value)
        var negative = false, fraction = -1
        var units: Int128 = 0
        for c in text.utf8 {
            switch c {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "."): fraction = 0
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if fraction >= 0 { fraction += 1 }
                guard fraction <= digits, units < 1_000_000_000_000_000_000 else { return nil }
                units = units * 10 + Int128(c - UInt8(ascii: "0"))
            default: return nil
            }
        }
        for _ in 0..<(digits - max(fraction, 0)) { units *= 10 }
        return negative ? -units : units
    }

    /// `units` (scaled by 10^`scale`) as a `Decimal`, for display.
    static func decimal(_ units: Int128, scale: Int) -> Decimal {
        let magnitude = units.magnitude
        guard magnitude <= UInt128(UInt64.max) else {
            return DecimalText.parse(fixed(units, scale: scale)) ?? 0
        }
        return Decimal(sign: units < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(UInt64(magnitude)))
    }

    private static func fixed(_ units: Int128, scale: Int) -> String {
        var digits = String(units.magnitude)
        if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
        digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        return (units < 0 ? "-" : "") + digits
    }
}

/// An exact fraction of `Int128`s, kept reduced; every operation returns nil
/// instead of overflowing.
struct ExactFraction {
    var numerator: Int128
    var denominator: Int128   // > 0

    init?(_ numerator: Int128, _ denominator: Int128) {
        guard denominator != 0 else { return nil }
        let g = Self.gcd(numerator.magnitude, denominator.magnitude)
        let sign: Int128 = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / Int128(g)
        self.denominator = sign * denominator / Int128(g)
    }

    func adding(_ other: ExactFraction) -> ExactFraction? {
        let g = Int128(Self.gcd(denominator.magnitude, other.denominator.magnitude))
        let (left, o1) = numerator.multipliedReportingOverflow(by: other.denominator / g)
        let (right, o2) = other.numerator.multipliedReportingOverflow(by: denominator / g)
        let (sum, o3) = left.addingReportingOverflow(right)
        let (below, o4) = denominator.multipliedReportingOverflow(by: other.denominator / g)
        guard !o1, !o2, !o3, !o4 else { return nil }
        return ExactFraction(sum, below)
    }

    func multiplied(by other: ExactFraction) -> ExactFraction? {
        // Cross-reduce first so the products stay small.
        let g1 = Int128(Self.gcd(numerator.magnitude, other.denominator.magnitude))
        let g2 = Int128(Self.gcd(other.numerator.magnitude, denominator.magnitude))
        let (n, o1) = (numerator / g1).multipliedReportingOverflow(by: other.numerator / g2)
        let (d, o2) = (denominator / g2).multipliedReportingOverflow(by: other.denominator / g1)
        guard !o1, !o2 else { return nil }
        return ExactFraction(n, d)
    }

    func divided(by other: ExactFraction) -> ExactFraction? {
        guard other.numerator != 0, let inverse = ExactFraction(other.denominator, other.numerator) else { return nil }
        return multiplied(by: inverse)
    }

    /// Rounded half away from zero to `places` decimals (spec, rule 8).
    func rounded(places: Int) -> Decimal? {
        roundedUnits(places: places).map { ExactUnits.decimal($0, scale: places) }
    }

    /// ``rounded(places:)`` as a whole number of 10^-`places`.
    func roundedUnits(places: Int) -> Int128? {
        var factor: Int128 = 1
        for _ in 0..<places { factor *= 10 }
        let (scaled, overflow) = numerator.magnitude.multipliedReportingOverflow(by: UInt128(factor))
        guard !overflow else { return nil }
        let d = UInt128(denominator)
        var q = scaled / d
        if (scaled % d) * 2 >= d { q += 1 }
        guard q <= UInt128(Int128.max) else { return nil }
        return numerator < 0 ? -Int128(q) : Int128(q)
    }

    private static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }
}
