import Foundation
@testable import PKRICore
import Testing

/// The exact integer path of the statistics gives what the Decimal
/// definitions give, on the values it takes, and declines the others.
@Suite struct HundredthsTests {
    static func values(_ count: Int, _ random: inout some RandomNumberGenerator) -> [Decimal] {
        (0..<count).map { _ in
            Decimal(sign: Bool.random(using: &random) ? .minus : .plus, exponent: -2,
                    significand: Decimal(Int.random(in: 0...10_000, using: &random)))
        }
    }

    @Test func sameFiguresAsTheDecimalDefinitions() throws {
        var random = SystemRandomNumberGenerator()
        // Halves to round (x.xx5), both signs, odd and even counts, repeated values.
        let fixed: [[String]] = [["0.01", "0.02"], ["-0.01", "-0.02"], ["77.77", "77.78"], ["1.11", "2.22", "3.33"],
                                 ["100", "0", "0"], ["-3.5", "3.5"], ["12.34"], ["0.05", "0.05", "0.06"]]
        let sets = fixed.map { $0.map { Decimal(string: $0)! } } + (1...300).map { Self.values($0 % 40 + 1, &random) }
        for v in sets {
            let exact = try #require(Hundredths(v))
            #expect(exact.mean == Statistics.decimalMean(v), "\(v)")
            #expect(DecimalText.format(exact.mean) == DecimalText.format(Statistics.decimalMean(v)), "\(v)")
            #expect(exact.median == Statistics.decimalMedian(v), "\(v)")
            if v.count >= 2 {
                #expect(Statistics.standardDeviation(v) == Statistics.decimalStandardDeviation(v), "\(v)")
            }
        }
    }

    @Test func takesWholeHundredthsOnly() {
        #expect(Hundredths([Decimal(string: "79.92")!, 0, 80, Decimal(string: "-10.6")!])?.values == [7992, 0, 8000, -1060])
        #expect(Hundredths([Decimal(string: "0.125")!]) == nil)
        #expect(Hundredths([Decimal(string: "0.120")!])?.values == [12])
        #expect(Hundredths([Decimal(string: "1000000")!]) == nil)            // past the limit: the Decimal path
        #expect(Hundredths([Decimal.nan]) == nil)
        #expect(Statistics.mean([Decimal(string: "0.125")!, Decimal(string: "0.13")!]) == Decimal(string: "0.13"))
    }
}
