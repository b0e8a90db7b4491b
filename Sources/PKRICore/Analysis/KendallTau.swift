/// Kendall's rank correlation τ_b between two rankings of the same items,
/// with ties in either: `(concordant − discordant) / √((n₀ − n₁)(n₀ − n₂))`,
/// n₀ = n(n − 1)/2 pairs, n₁ and n₂ the pairs tied in the first and in the
/// second ranking. 1: the same order; −1: reversed; near 0: unrelated.
///
/// Knight's O(n log n) algorithm (1966), as in SciPy's `kendalltau`: sort
/// by the first ranking (ties by the second), count the pairs tied in the
/// first and in both, then count the discordant pairs as the swaps a merge
/// sort of the second ranking makes.
///
/// ```swift
/// KendallTau.tauB([1, 2, 3, 4], [1, 3, 2, 4])   // 0.666… (5 concordant, 1 discordant)
/// ```
///
/// A ``Baseline`` sorts the first ranking once, for comparing one baseline
/// with many others (a sensitivity analysis's runs).
public enum KendallTau {
    /// τ_b of two equally long sequences; nil when either has no two
    /// distinct values (the denominator is 0).
    public static func tauB<T: Comparable>(_ x: [T], _ y: [T]) -> Double? {
        Baseline(x).tauB(y)
    }

    /// The first ranking, sorted once.
    public struct Baseline<T: Comparable>: Sendable {
        /// Item positions in ascending order of x.
        let order: [Int]
        /// Where each run of equal x in `order` starts, and the end.
        let tieStarts: [Int]
        /// n₁: pairs tied in x.
        let tiedInX: Int

        public init(_ x: [T]) {
            order = x.indices.sorted { x[$0] < x[$1] }
            var starts: [Int] = []
            var tied = 0
            var i = 0
            while i < order.count {
                starts.append(i)
                var j = i + 1
                while j < order.count, x[order[j]] == x[order[i]] { j += 1 }
                tied += (j - i) * (j - i - 1) / 2
                i = j
            }
            starts.append(order.count)
            tieStarts = starts
            tiedInX = tied
        }

        public var count: Int { order.count }

        /// τ_b between the baseline and `y` (same items, same positions).
        public func tauB(_ y: [T]) -> Double? {
            precondition(y.count == order.count, "τ needs two rankings of the same items")
            let n = order.count
            guard n >= 2 else { return nil }
            // y in ascending x, each tie of x sorted by y.
            var values = order.map { y[$0] }
            var tiedInBoth = 0
            for g in 0..<(tieStarts.count - 1) {
                let range = tieStarts[g]..<tieStarts[g + 1]
                if range.count > 1 {
                    values[range].sort()
                    var i = range.lowerBound
                    while i < range.upperBound {
                        var j = i + 1
                        while j < range.upperBound, values[j] == values[i] { j += 1 }
                        tiedInBoth += (j - i) * (j - i - 1) / 2
                        i = j
                    }
                }
            }
            let discordant = Self.sortCountingSwaps(&values)
            var tiedInY = 0
            var i = 0
            while i < n {
                var j = i + 1
                while j < n, values[j] == values[i] { j += 1 }
                tiedInY += (j - i) * (j - i - 1) / 2
                i = j
            }
            let pairs = n * (n - 1) / 2
            let denominator = Double(pairs - tiedInX) * Double(pairs - tiedInY)
            guard denominator > 0 else { return nil }
            let difference = pairs - tiedInX - tiedInY + tiedInBoth - 2 * discordant
            return Double(difference) / denominator.squareRoot()
        }

        /// Sorts ascending (bottom-up merge sort) and returns how many pairs
        /// were out of order: a strictly greater value before a smaller one.
        static func sortCountingSwaps(_ a: inout [T]) -> Int {
            let n = a.count
            guard n > 1 else { return 0 }
            var buffer: [T] = []
            // Short runs first by insertion sort: each step past a greater
            // value is one pair out of order; merging takes it from there.
            let run = 16
            var swaps = a.withUnsafeMutableBufferPointer { p -> Int in
                var count = 0
                var start = 0
                while start < n {
                    let end = Swift.min(start + run, n)
                    for i in (start + 1)..<Swift.max(end, start + 1) {
                        let v = p[i]
                        var j = i
                        while j > start, v < p[j - 1] {
                            p[j] = p[j - 1]
                            j -= 1
                        }
                        p[j] = v
                        count += i - j
                    }
                    start = end
                }
                return count
            }
            var width = run
            var sourceIsA = true
            if width < n { buffer = a }
            while width < n {
                swaps += a.withUnsafeMutableBufferPointer { pa in
                    buffer.withUnsafeMutableBufferPointer { pb in
                        sourceIsA ? mergePass(from: pa, to: pb, width: width) : mergePass(from: pb, to: pa, width: width)
                    }
                }
                sourceIsA.toggle()
                width *= 2
            }
            if !sourceIsA { a = buffer }
            return swaps
        }

        /// Merges the runs of `width` of `src` pairwise into `dst`; returns
        /// the pairs found out of order.
        @inline(__always)
        static func mergePass(from src: UnsafeMutableBufferPointer<T>, to dst: UnsafeMutableBufferPointer<T>, width: Int) -> Int {
            let n = src.count
            var swaps = 0
            var start = 0
            while start < n {
                let mid = Swift.min(start + width, n), end = Swift.min(start + 2 * width, n)
                var i = start, j = mid, k = start
                while i < mid && j < end {
                    if src[j] < src[i] {
                        dst[k] = src[j]
                        swaps += mid - i
                        j += 1
                    } else {
                        dst[k] = src[i]
                        i += 1
                    }
                    k += 1
                }
                while i < mid { dst[k] = src[i]; i += 1; k += 1 }
                while j < end { dst[k] = src[j]; j += 1; k += 1 }
                start = end
            }
            return swaps
        }
    }
}
