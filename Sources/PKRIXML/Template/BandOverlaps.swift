import Foundation
import PKRICore

/// Which numeric bands overlap a band written before them, in
/// O(bands · log bands) rather than comparing every pair.
///
/// ```swift
/// // [0, 10], [20, 30], [5, 25]
/// BandOverlaps.earlier(in: bands)   // [nil, nil, 1]
/// ```
///
/// Ends are inclusive; a missing `min` or `max` is open. The bands are
/// sorted once by `min`. Walking them in document order, a prefix-maximum
/// tree over that order tells, of the earlier bands that start at or below
/// a band's `max`, which reaches furthest up: it overlaps the band exactly
/// when it reaches the band's `min`. When several earlier bands overlap, that
/// one is named (of equal reach, the first written).
enum BandOverlaps {
    /// For each band, the index of an earlier band that overlaps it, or nil.
    static func earlier(in bands: [Question.ScoreBand]) -> [Int?] {
        let order = bands.indices.sorted { below(bands[$0].min, bands[$1].min) }
        var rank = [Int](repeating: 0, count: bands.count)
        for (position, index) in order.enumerated() { rank[index] = position + 1 }
        var tree = FurthestReach(bands)
        return bands.indices.map { i in
            // Bands that start at or below this one's max: a prefix of `order`.
            let prefix = bands[i].max.map { max in
                order.partitioningIndex { bands[$0].min.map { $0 > max } ?? false }
            } ?? order.count
            let found = tree.furthest(inFirst: prefix)
            tree.insert(i, at: rank[i])
            guard let j = found else { return nil }
            return reaches(bands[j].max, bands[i].min) ? j : nil
        }
    }

    /// `a < b` where nil is the lowest value (an open `min`).
    private static func below(_ a: Decimal?, _ b: Decimal?) -> Bool {
        guard let b else { return false }
        guard let a else { return true }
        return a < b
    }

    /// Whether an upper end (nil: open) is at or above a lower end (nil: open).
    private static func reaches(_ max: Decimal?, _ min: Decimal?) -> Bool {
        guard let max, let min else { return true }
        return max >= min
    }

    /// A Fenwick tree over positions in `min` order holding the band that
    /// reaches furthest up in each range.
    private struct FurthestReach {
        let bands: [Question.ScoreBand]
        var tree: [Int?]

        init(_ bands: [Question.ScoreBand]) {
            self.bands = bands
            tree = Array(repeating: nil, count: bands.count + 1)
        }

        mutating func insert(_ band: Int, at position: Int) {
            var p = position
            while p < tree.count {
                if better(band, than: tree[p]) { tree[p] = band }
                p += p & -p
            }
        }

        /// The band reaching furthest among positions 1 … `count`.
        func furthest(inFirst count: Int) -> Int? {
            var best: Int?, p = count
            while p > 0 {
                if let candidate = tree[p], better(candidate, than: best) { best = candidate }
                p -= p & -p
            }
            return best
        }

        /// Reaches further; of equal reach, written first.
        private func better(_ a: Int, than b: Int?) -> Bool {
            guard let b else { return true }
            switch (bands[a].max, bands[b].max) {
            case (nil, nil): return a < b
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?): return x > y || (x == y && a < b)
            }
        }
    }
}

extension Question.ScoreBand {
    /// `min` above `max`: a band no value falls in.
    var isReversed: Bool {
        guard let min, let max else { return false }
        return min > max
    }
}

extension Collection {
    /// The first index whose element satisfies `belongs`, for a collection
    /// where every element that does comes after every one that does not.
    func partitioningIndex(where belongs: (Element) -> Bool) -> Int where Index == Int {
        var low = startIndex, high = endIndex
        while low < high {
            let mid = low + (high - low) / 2
            if belongs(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
