import Foundation
import PKRICore
import Testing

@Suite struct KendallTauTests {
    /// SciPy's documented example of `scipy.stats.kendalltau` (ties in both).
    @Test func scipyDocumentationExample() throws {
        let tau = try #require(KendallTau.tauB([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]))
        #expect(abs(tau - (-0.47140452079103173)) < 1e-12, "\(tau)")
    }

    @Test func sameAndReversedOrder() {
        #expect(KendallTau.tauB([1, 2, 3, 4], [10, 20, 30, 40]) == 1)
        #expect(KendallTau.tauB([1, 2, 3, 4], [40, 30, 20, 10]) == -1)
        #expect(KendallTau.tauB([1, 2, 3, 4], [1, 3, 2, 4]).map { abs($0 - 4.0 / 6) < 1e-12 } == true)
    }

    @Test func undefinedWhenARankingHasOneValue() {
        #expect(KendallTau.tauB([1, 1, 1], [1, 2, 3]) == nil)
        #expect(KendallTau.tauB([1], [1]) == nil)
    }

    /// The definition pair by pair, O(n²), on random data with many ties.
    static func bruteForce(_ x: [Int], _ y: [Int]) -> Double? {
        var concordant = 0, discordant = 0, tiesX = 0, tiesY = 0
        for i in x.indices {
            for j in (i + 1)..<x.count {
                let dx = x[i] - x[j], dy = y[i] - y[j]
                if dx == 0 { tiesX += 1 }
                if dy == 0 { tiesY += 1 }
                if dx != 0 && dy != 0 { if (dx > 0) == (dy > 0) { concordant += 1 } else { discordant += 1 } }
            }
        }
        let pairs = x.count * (x.count - 1) / 2
        let d = Double(pairs - tiesX) * Double(pairs - tiesY)
        return d > 0 ? Double(concordant - discordant) / d.squareRoot() : nil
    }

    @Test func agreesWithTheDefinitionOnRandomRankings() throws {
        var r = SeededRandom(seed: 42)
        for trial in 0..<200 {
            let n = 2 + r.below(60)
            let spread = 1 + r.below(trial % 2 == 0 ? 5 : 1_000)
            let x = (0..<n).map { _ in r.below(spread) }, y = (0..<n).map { _ in r.below(spread) }
            let fast = KendallTau.tauB(x, y), slow = Self.bruteForce(x, y)
            #expect((fast == nil) == (slow == nil))
            if let fast, let slow { #expect(abs(fast - slow) < 1e-12, "n=\(n) \(x) \(y)") }
        }
    }

    @Test func aBaselineComparesWithManyRankings() {
        var r = SeededRandom(seed: 3)
        let x = (0..<500).map { _ in r.below(50) }
        let baseline = KendallTau.Baseline(x)
        for _ in 0..<10 {
            let y = (0..<500).map { _ in r.below(50) }
            #expect(baseline.tauB(y) == KendallTau.tauB(x, y))
        }
    }
}
