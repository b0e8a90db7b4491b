import Foundation
import PKRICore
import Testing

/// The statistics of results and aggregates: mean, median (an even count
/// takes the mean of the two middle values), sample standard deviation
/// (n − 1, none below two values), each rounded half away from zero to two
/// decimals (spec, scoring rule 8).
@Suite struct StatisticsTests {
    static func d(_ s: String) -> Decimal { Decimal(string: s)! }
    static func ds(_ s: [String]) -> [Decimal] { s.map(d) }

    @Test func standardDeviationIsTheSampleOne() {
        // Mean 5, squared deviations sum to 32: population √(32/8) = 2, sample √(32/7) = 2.138… → 2.14.
        #expect(Statistics.standardDeviation(Self.ds(["2", "4", "4", "4", "5", "5", "7", "9"])) == Self.d("2.14"))
        // √((50² + 50²) / 1) = 70.710… → 70.71 (population would be 50).
        #expect(Statistics.standardDeviation(Self.ds(["0", "100"])) == Self.d("70.71"))
        // √((0.01² + 0 + 0.01²) / 2) = 0.01 exactly.
        #expect(Statistics.standardDeviation(Self.ds(["10.01", "10.02", "10.03"])) == Self.d("0.01"))
        #expect(Statistics.standardDeviation(Self.ds(["3", "3", "3"])) == 0)
    }

    @Test func standardDeviationNeedsTwoValues() {
        #expect(Statistics.standardDeviation([]) == nil)
        #expect(Statistics.standardDeviation([Self.d("42")]) == nil)
        #expect(Statistics.standardDeviation(Self.ds(["1", "2"])) == Self.d("0.71"))   // √0.5 = 0.7071…
    }

    @Test func medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        #expect(Statistics.median(Self.ds(["4", "1", "3", "2"])) == Self.d("2.5"))      // unsorted input
        #expect(Statistics.median(Self.ds(["3", "1", "2"])) == 2)
        #expect(Statistics.median(Self.ds(["70.01", "70.02"])) == Self.d("70.02"))     // 70.015, half away from zero
        #expect(Statistics.median(Self.ds(["10", "90", "20", "80"])) == 50)            // not 20 or 80
        #expect(Statistics.median([]) == nil)
    }

    @Test func meanIsRoundedHalfAwayFromZeroInDecimal() {
        // 77.775 is exact in Decimal; binary floating point holds 77.77499… and would give 77.77.
        #expect(Statistics.mean([Self.d("77.775")]) == Self.d("77.78"))
        #expect(Statistics.mean(Self.ds(["80", "70.55"])) == Self.d("75.28"))          // 75.275
        #expect(Statistics.mean([Self.d("-1.005")]) == Self.d("-1.01"))                // away from zero, not up
        #expect(Statistics.mean(Self.ds(["33.33", "33.33", "33.34"])) == Self.d("33.33"))
        #expect(Statistics.mean(Self.ds(["1", "2", "2"])) == Self.d("1.67"))           // 1.666…
        #expect(Statistics.mean([]) == nil)
    }

    @Test func combineFollowsTheIndexMethod() {
        let values = Self.ds(["10", "20", "90"])
        #expect(Statistics.combine(values, .mean) == 40)
        #expect(Statistics.combine(values, .median) == 20)
        #expect(Statistics.combine([], .mean) == nil)
    }
}

/// A group's figures are the ``Statistics`` of its values, whether they all
/// are whole hundredths (the integer path) or not (the Decimal path).
@Suite struct GroupSummaryStatisticsTests {
    static func result(_ value: Decimal?) -> SubjectResult {
        SubjectResult(subject: "S", index: "i", value: value, band: nil, assessors: 1, spread: nil,
                      disagreement: false, claimed: nil, gap: nil, state: .verified)
    }

    static func figures(_ values: [Decimal]) -> [Decimal?] {
        var g = GroupSummary(group: "g", name: "g")
        for v in values { g.add(result(v)) }
        g.add(result(nil))   // not scored: counted, not in the figures
        #expect(g.subjects == values.count + 1)
        #expect(g.scored == values.count)
        #expect(g.values == values)
        return [g.mean, g.median, g.min, g.max, g.standardDeviation]
    }

    @Test(arguments: [
        ["77.78", "64.5", "90", "0.01", "100"],
        ["77.78", "64.5", "90.125", "0.01"],          // one value not in whole hundredths
        ["200000", "77.78", "1"],                      // one beyond the integer path's limit
        ["-3.5", "-3.5", "12"],
    ])
    func figuresAreTheStatisticsOfTheValues(texts: [String]) {
        let values = texts.map { Decimal(string: $0)! }
        #expect(Self.figures(values) == [Statistics.mean(values), Statistics.median(values), values.min(), values.max(),
                                         Statistics.standardDeviation(values)])
    }

    @Test func noScoredValueHasNoFigures() {
        #expect(Self.figures([]) == [nil, nil, nil, nil, nil])
    }
}
