@testable import PKRICore
import Testing

/// The bounded heaps give the same 5th and 95th percentile as sorting every
/// rank, also when runs are split between threads and merged.
@Suite struct RankPercentilesTests {
    @Test(arguments: [1, 2, 19, 20, 21, 100, 1_000])
    func sameAsSortingEveryRank(runs: Int) {
        var random = SeededRandom(seed: UInt64(runs))
        let subjects = 30
        let ranks = (0..<runs).map { _ in (0..<subjects).map { _ in Int32(1 + random.below(subjects)) } }
        var whole = RankPercentiles(subjects: subjects, runs: runs)
        var even = RankPercentiles(subjects: subjects, runs: runs), odd = RankPercentiles(subjects: subjects, runs: runs)
        for (i, run) in ranks.enumerated() {
            whole.add(run)
            if i % 2 == 0 { even.add(run) } else { odd.add(run) }
        }
        even.merge(odd)
        for s in 0..<subjects {
            let seen = ranks.map { Int($0[s]) }
            let expected = (Percentile.of(seen, 5)!, Percentile.of(seen, 95)!)
            #expect(whole.percentiles(of: s) == expected, "runs \(runs) subject \(s)")
            #expect(even.percentiles(of: s) == expected)
        }
    }
}
