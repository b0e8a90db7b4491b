import Foundation

/// Values that are whole hundredths — what rounded final values are — as
/// integers, so ``Statistics`` can compute their mean, median and standard
/// deviation without Decimal division and long Decimal products, which are
/// slow on Linux and dominated aggregating a national dataset.
///
/// The figures are the same as the Decimal definitions give: sums and the
/// rounding of a quotient are exact in integers. `init` fails when a value
/// is not a whole number of hundredths or a sum could overflow; the
/// Decimal path is then used.
struct Hundredths {
    /// Each value times 100.
    let values: [Int64]

    /// Beyond this (167,772.16) a value is left to the Decimal path, so
    /// that sums of values and squares stay inside `Int64`.
    static let limit: UInt64 = 1 << 24

    /// Values already in hundredths, each within ``limit``.
    init(whole: [Int64]) {
        values = whole
    }

    init?(_ decimals: [Decimal]) {
        var out: [Int64] = []
        out.reserveCapacity(decimals.count)
        for d in decimals {
            guard let h = Self.hundredths(d) else { return nil }
            out.append(h)
        }
        values = out
    }

    /// `d × 100` when that is a whole number within ``limit``: read through
    /// `Double` (cheap), then checked exactly against `d`.
    static func hundredths(_ d: Decimal) -> Int64? {
        let scaled = NSDecimalNumber(decimal: d).doubleValue * 100
        guard scaled.isFinite, scaled.magnitude <= Double(limit) else { return nil }
        let h = Int64(scaled.rounded())
        return decimal(h) == d ? h : nil
    }

    /// The Decimal of a number of hundredths, in the compact form rounding gives.
    static func decimal(_ h: Int64) -> Decimal {
        guard h != 0 else { return 0 }
        var m = h.magnitude, exponent = -2
        while exponent < 0, m % 10 == 0 {
            m /= 10
            exponent += 1
        }
        return Decimal(sign: h < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(m))
    }

    /// `a / b` rounded half away from zero (b > 0).
    static func divide(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b, r = a % b
        guard 2 * r.magnitude >= b.magnitude else { return q }
        return a < 0 ? q - 1 : q + 1
    }

    var sum: Int64 { values.reduce(0, +) }

    var mean: Decimal { Self.decimal(Self.divide(sum, Int64(values.count))) }

    var median: Decimal {
        let s = values.sorted()
        let mid = s.count / 2
        return Self.decimal(s.count % 2 == 1 ? s[mid] : Self.divide(s[mid - 1] + s[mid], 2))
    }

    /// Sample variance in units (not hundredths), exact: (nΣx² − (Σx)²) / (n(n − 1)) / 10⁴;
    /// nil when Σx² overflows.
    var variance: Decimal? {
        var squares: Int64 = 0
        for h in values {
            let (next, overflow) = squares.addingReportingOverflow(h * h)
            guard !overflow else { return nil }
            squares = next
        }
        let n = Decimal(values.count), total = Decimal(sum)
        return (n * Decimal(squares) - total * total) / (n * (n - 1)) / 10_000
    }
}
