/// The 5th and 95th ``Percentile`` of each subject's rank over many runs,
/// without keeping every rank: per subject, the k smallest ranks seen (a
/// max-heap) and the k′ largest (a min-heap), where k and k′ are how far
/// the two percentiles stand from either end. 100,000 subjects × 1,000
/// runs keep 101 ranks each instead of 1,000.
struct RankPercentiles {
    let subjects: Int
    /// How many smallest ranks to keep: the 5th percentile's position.
    let low: Int
    /// How many largest: runs − the 95th percentile's position + 1.
    let high: Int
    private var lows: [Int32]
    private var highs: [Int32]
    private var lowCount: [Int32]
    private var highCount: [Int32]

    init(subjects: Int, runs: Int, lower: Double = 5, upper: Double = 95) {
        self.subjects = subjects
        low = Percentile.position(lower, count: runs)
        high = runs - Percentile.position(upper, count: runs) + 1
        lows = Array(repeating: 0, count: subjects * low)
        highs = Array(repeating: 0, count: subjects * high)
        lowCount = Array(repeating: 0, count: subjects)
        highCount = Array(repeating: 0, count: subjects)
    }

    /// Records one run's rank of each subject.
    mutating func add(_ ranks: [Int32]) {
        lows.withUnsafeMutableBufferPointer { lows in
            highs.withUnsafeMutableBufferPointer { highs in
                for s in 0..<subjects {
                    let r = ranks[s]
                    Self.keep(r, in: lows, from: s * low, capacity: low, count: &lowCount[s], smallest: true)
                    Self.keep(r, in: highs, from: s * high, capacity: high, count: &highCount[s], smallest: false)
                }
            }
        }
    }

    /// Adds what another accumulator (other runs of the same subjects) kept.
    mutating func merge(_ other: RankPercentiles) {
        for s in 0..<subjects {
            for i in 0..<Int(other.lowCount[s]) { keepOne(other.lows[s * low + i], subject: s, smallest: true) }
            for i in 0..<Int(other.highCount[s]) { keepOne(other.highs[s * high + i], subject: s, smallest: false) }
        }
    }

    private mutating func keepOne(_ r: Int32, subject s: Int, smallest: Bool) {
        if smallest {
            lows.withUnsafeMutableBufferPointer { Self.keep(r, in: $0, from: s * low, capacity: low, count: &lowCount[s], smallest: true) }
        } else {
            highs.withUnsafeMutableBufferPointer { Self.keep(r, in: $0, from: s * high, capacity: high, count: &highCount[s], smallest: false) }
        }
    }

    /// The two percentiles of a subject: the greatest of the smallest kept
    /// and the least of the largest kept (each heap's root).
    func percentiles(of s: Int) -> (low: Int, high: Int) {
        (Int(lows[s * low]), Int(highs[s * high]))
    }

    /// A bounded heap in `heap[from..<from+capacity]`: for `smallest`, a
    /// max-heap of the smallest values seen; otherwise a min-heap of the largest.
    private static func keep(_ value: Int32, in heap: UnsafeMutableBufferPointer<Int32>, from base: Int, capacity: Int,
                             count: inout Int32, smallest: Bool) {
        // `above(a, b)`: a belongs nearer the root than b.
        @inline(__always) func above(_ a: Int32, _ b: Int32) -> Bool { smallest ? a > b : a < b }
        var n = Int(count)
        if n < capacity {
            var i = n
            heap[base + i] = value
            while i > 0 {
                let parent = (i - 1) / 2
                guard above(heap[base + i], heap[base + parent]) else { break }
                heap.swapAt(base + i, base + parent)
                i = parent
            }
            n += 1
            count = Int32(n)
            return
        }
        // Full: the value replaces the root only when it is kept instead of it.
        guard above(heap[base], value) else { return }
        heap[base] = value
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var top = i
            if l < n, above(heap[base + l], heap[base + top]) { top = l }
            if r < n, above(heap[base + r], heap[base + top]) { top = r }
            if top == i { break }
            heap.swapAt(base + i, base + top)
            i = top
        }
    }
}
