import PKRICore
import Testing

/// The nearest-rank definition, on the worked examples that define it.
@Suite struct PercentileTests {
    @Test func fiveValues() {
        let v = [15, 20, 35, 40, 50]
        #expect(Percentile.of(v, 5) == 15)
        #expect(Percentile.of(v, 30) == 20)
        #expect(Percentile.of(v, 40) == 20)
        #expect(Percentile.of(v, 50) == 35)
        #expect(Percentile.of(v, 100) == 50)
        #expect(Percentile.of(v, 0) == 15)
    }

    @Test func tenAndElevenValues() {
        let ten = [3, 6, 7, 8, 8, 10, 13, 15, 16, 20]
        #expect([25.0, 50, 75, 100].map { Percentile.of(ten, $0)! } == [7, 8, 15, 20])
        let eleven = [3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20]
        #expect([25.0, 50, 75, 100].map { Percentile.of(eleven, $0)! } == [7, 9, 15, 20])
    }

    /// Whole positions are exact: 95 % of 1,000 is position 950, not 951.
    @Test func wholePositionsAreExact() {
        #expect(Percentile.position(95, count: 1_000) == 950)
        #expect(Percentile.position(5, count: 1_000) == 50)
        #expect(Percentile.position(2.5, count: 1_000) == 25)
        #expect(Percentile.position(97.5, count: 1_000) == 975)
        #expect(Percentile.position(5, count: 999) == 50)
        #expect(Percentile.of([Int](), 50) == nil)
    }
}
