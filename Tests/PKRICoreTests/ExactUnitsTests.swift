import Foundation
import Testing
@testable import PKRICore

/// Scoring adds and divides exact integers (``ExactUnits``, ``ExactFraction``)
/// instead of `Decimal`; these pin the arithmetic the spec's rules rest on.
struct ExactUnitsTests {
    static func d(_ s: String) -> Decimal { Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))! }

    @Test(arguments: [("0", 0), ("1", 1_000_000), ("0.5", 500_000), ("-2.25", -2_250_000), ("0.000001", 1),
                      ("123456.789", 123_456_789_000)] as [(String, Int128)])
    func decimalsBecomeMillionths(_ text: String, _ units: Int128) {
        #expect(ExactUnits.of(Self.d(text)) == units)
    }

    /// More than six decimals is not exact in millionths: the scorer falls
    /// back to `Decimal` for such a template.
    @Test func aSeventhDecimalIsNotExact() {
        #expect(ExactUnits.of(Self.d("0.1234567")) == nil)
    }

    @Test func unitsBecomeTheSameDecimal() {
        #expect(ExactUnits.decimal(2_250_000, scale: 6) == Self.d("2.25"))
        #expect(ExactUnits.decimal(-5, scale: 2) == Self.d("-0.05"))
        #expect(DecimalText.format(ExactUnits.decimal(7_000_000_000_000, scale: 12)) == "7")
    }

    /// Rule 8 on an exact value: half away from zero, for both signs.
    @Test(arguments: [(12345, 1000, "12.35"), (-12345, 1000, "-12.35"), (123449, 10000, "12.34"),
                      (1, 3, "0.33"), (2, 3, "0.67"), (200, 3, "66.67"), (0, 1, "0")] as [(Int128, Int128, String)])
    func roundsHalfAwayFromZero(_ n: Int128, _ d: Int128, _ expected: String) throws {
        let value = try #require(ExactFraction(n, d)?.rounded(places: 2))
        #expect(DecimalText.format(value) == expected)
    }

    /// One third three times is one: exact, where 38-digit decimals give
    /// 0.99999…
    @Test func fractionsAddExactly() throws {
        let third = try #require(ExactFraction(1, 3))
        let sum = try #require(third.adding(third)?.adding(third))
        #expect(sum.numerator == 1 && sum.denominator == 1)
    }

    @Test func overflowIsReportedNotWrapped() throws {
        let huge = try #require(ExactFraction(Int128.max / 2, 1))
        #expect(huge.adding(huge) != nil)
        #expect(huge.adding(huge)?.adding(huge) == nil)
        #expect(huge.multiplied(by: huge) == nil)
    }

    /// Random sections: the exact index value equals the `Decimal` one
    /// (both rounded as rule 8 says) whenever the latter is not a tie.
    @Test func exactAndDecimalIndexValuesAgree() throws {
        var rng = SeededRandom(seed: 42)
        for _ in 0..<2_000 {
            let count = Int(rng.next() % 6) + 1
            var sections: [SectionScore] = [], decimals: [SectionScore] = []
            var weights: [Int128?] = []
            for i in 0..<count {
                let w = Int128(rng.next() % 20 + 1) * 500_000                 // 0.5 … 10
                let max = Int128(rng.next() % 40) * 250_000_000_000            // 0 … 9.75 (10^-12)
                let earned = max == 0 ? 0 : Int128(rng.next() % UInt64(max / 250_000_000_000 + 1)) * 250_000_000_000
                let weight = ExactUnits.decimal(w, scale: 6)
                sections.append(SectionScore(id: "s\(i)", weight: weight, sums: .exact(earned: earned, max: max)))
                decimals.append(SectionScore(id: "s\(i)", weight: weight, sums: .decimal(
                    earned: ExactUnits.decimal(earned, scale: 12), max: ExactUnits.decimal(max, scale: 12))))
                weights.append(w)
            }
            let exact = Scorer.exactIndexValue(scale: 100_000_000, sections: sections, weights: weights)
            let decimal = Scorer.indexValue(scale: 100, sections: decimals).map { DecimalText.round($0) }
            #expect(exact == .some(decimal), "\(sections.map(\.sums))")
        }
    }

    /// A section weight that is not exact sends the index to `Decimal`.
    @Test func aWeightThatIsNotExactFallsBack() {
        let s = SectionScore(id: "s", weight: 1, sums: .exact(earned: 1, max: 2))
        #expect(Scorer.exactIndexValue(scale: 100_000_000, sections: [s], weights: [nil]) == nil)
        #expect(Scorer.exactIndexValue(scale: nil, sections: [s], weights: [1_000_000]) == nil)
    }
}
