/// Percentiles as pkri reports them: the **nearest-rank** definition
/// (Hyndman and Fan's type 1, the inverse of the empirical distribution).
/// The p-th percentile of n values is the value at position ⌈p·n/100⌉
/// (1-based, at least 1) when they are sorted from smallest to largest:
/// the smallest value with at least p % of the values at or below it. It
/// is always one of the values (a rank stays a whole rank) and needs no
/// interpolation rule.
///
/// ```swift
/// Percentile.of([15, 20, 35, 40, 50], 30)   // 20 (position ⌈1.5⌉ = 2)
/// Percentile.of([15, 20, 35, 40, 50], 100)  // 50
/// ```
///
/// The median reported beside it is the 50th percentile by the same rule:
/// for an even count, the lower of the two middle values.
public enum Percentile {
    /// The 1-based position of the p-th percentile among `count` sorted values.
    /// `p·n` is formed before dividing by 100 so that whole positions
    /// (95 % of 1,000 = 950) are exact in binary floating point.
    public static func position(_ p: Double, count: Int) -> Int {
        precondition(count > 0 && p >= 0 && p <= 100, "a percentile needs values and 0 ≤ p ≤ 100")
        let exact = p * Double(count) / 100
        return Swift.min(count, Swift.max(1, Int(exact.rounded(.up))))
    }

    /// The p-th percentile of values already sorted ascending; nil when empty.
    public static func ofSorted<T>(_ sorted: [T], _ p: Double) -> T? {
        sorted.isEmpty ? nil : sorted[position(p, count: sorted.count) - 1]
    }

    /// The p-th percentile of values in any order; nil when empty.
    public static func of<T: Comparable>(_ values: [T], _ p: Double) -> T? {
        ofSorted(values.sorted(), p)
    }
}
