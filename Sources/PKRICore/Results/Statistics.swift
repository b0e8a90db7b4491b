import Foundation

/// The statistics of results and aggregates, defined in one place:
/// mean; median (an even count takes the mean of the two middle values);
/// sample standard deviation (n − 1; none below two values). Inputs are
/// rounded final values; every output is rounded half away from zero to
/// two decimals. Values in whole hundredths (as rounded values are) take
/// an exact integer path (``Hundredths``) that gives the same figures.
public enum Statistics {
    public static func combine(_ values: [Decimal], _ method: AssessmentIndex.Combine) -> Decimal? {
        method == .mean ? mean(values) : median(values)
    }

    public static func mean(_ values: [Decimal]) -> Decimal? {
        guard !values.isEmpty else { return nil }
        return Hundredths(values)?.mean ?? decimalMean(values)
    }

    public static func median(_ values: [Decimal]) -> Decimal? {
        guard !values.isEmpty else { return nil }
        return Hundredths(values)?.median ?? decimalMedian(values)
    }

    /// Sample standard deviation; nil below two values.
    public static func standardDeviation(_ values: [Decimal]) -> Decimal? {
        guard values.count >= 2 else { return nil }
        return Hundredths(values).flatMap(standardDeviation) ?? decimalStandardDeviation(values)
    }

    /// The same on the integer path (at least two values); nil when their
    /// squares overflow it.
    static func standardDeviation(_ values: Hundredths) -> Decimal? {
        values.variance.map { DecimalText.round(squareRoot($0)) }
    }

    // The definitions in Decimal, for any values.

    static func decimalMean(_ values: [Decimal]) -> Decimal {
        DecimalText.round(values.reduce(0, +) / Decimal(values.count))
    }

    static func decimalMedian(_ values: [Decimal]) -> Decimal {
        let s = values.sorted()
        let mid = s.count / 2
        return DecimalText.round(s.count % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2)
    }

    static func decimalStandardDeviation(_ values: [Decimal]) -> Decimal {
        let m = values.reduce(0, +) / Decimal(values.count)
        let squares = values.map { ($0 - m) * ($0 - m) }.reduce(0, +)
        return DecimalText.round(squareRoot(squares / Decimal(values.count - 1)))
    }

    /// Square root in Decimal by Newton's method, to well past two decimals.
    static func squareRoot(_ x: Decimal) -> Decimal {
        guard x > 0 else { return 0 }
        var guess = Decimal(sqrt(NSDecimalNumber(decimal: x).doubleValue))
        for _ in 0..<6 where guess > 0 { guess = (guess + x / guess) / 2 }
        return guess
    }
}
