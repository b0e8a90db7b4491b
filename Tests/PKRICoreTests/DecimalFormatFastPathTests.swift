import Foundation
@testable import PKRICore
import Testing

/// `DecimalText.format` writes common values itself instead of through
/// Foundation; both ways must give the same text for every value.
@Suite("DecimalText fast formatting")
struct DecimalFormatFastPathTests {
    @Test func agreesWithFoundationOnRandomValues() {
        var random = SystemRandomNumberGenerator()
        var fast = 0
        for _ in 0..<20_000 {
            let bits = Int.random(in: 0...62, using: &random)
            let significand = UInt64.random(in: 0...(UInt64(1) << bits), using: &random)
            let value = Decimal(sign: Bool.random(using: &random) ? .minus : .plus,
                                exponent: Int.random(in: -24...24, using: &random), significand: Decimal(significand))
            if DecimalText.formatSmall(value) != nil { fast += 1 }
            #expect(DecimalText.format(value) == DecimalText.formatWithFoundation(value), "\(value)")
        }
        #expect(fast > 5_000)   // about half the draws fit the fast path
    }

    @Test func computedValuesAgreeToo() {
        // Results of arithmetic carry long mantissas and unnormalised exponents.
        let values: [Decimal] = [Decimal(1) / 3, Decimal(2) / 3 * 100, Decimal(77.775), Decimal(string: "0.1")! * 3,
                                 Decimal(string: "-0.005")!, Decimal(string: "123456789012345.67")!, .nan,
                                 Decimal(string: "9007199254740993")!, Decimal(string: "0.000000000000000001")!]
        for value in values {
            #expect(DecimalText.format(value) == DecimalText.formatWithFoundation(value), "\(value)")
        }
    }
}
