import Foundation
import Testing
@testable import PKRICore

/// Score output writes exact figures from their integers
/// (``ExactUnits/text(_:scale:)``); it must write the very bytes that
/// ``DecimalText/format(_:)`` writes for the same `Decimal`.
struct ExactUnitsTextTests {
    static func viaDecimal(_ units: Int128, _ scale: Int) -> String {
        DecimalText.format(ExactUnits.decimal(units, scale: scale))
    }

    @Test(arguments: [(0, 0, "0"), (0, 12, "0"), (7780, 2, "77.8"), (7778, 2, "77.78"), (-5, 2, "-0.05"),
                      (12, 0, "12"), (1_000_000, 6, "1"), (-2_250_000, 6, "-2.25"),
                      (5, 12, "0.000000000005"), (Int128(UInt64.max), 12, "18446744.073709551615")]
                     as [(Int128, Int, String)])
    func examples(_ units: Int128, _ scale: Int, _ text: String) {
        #expect(ExactUnits.text(units, scale: scale) == text)
        #expect(Self.viaDecimal(units, scale) == text)
    }

    /// Random magnitudes of every length, both signs, runs of trailing
    /// zeros, and the scales output uses and more.
    @Test func agreesWithDecimalOnRandomValues() {
        var random = SeededRandom(seed: 20261129)
        var disagreements: [String] = []
        for _ in 0..<50_000 {
            let digits = Int.random(in: 0...19, using: &random)
            var magnitude = UInt64.random(in: 0...UInt64.max, using: &random)
            if digits < 19 { magnitude %= (0..<digits).reduce(UInt64(1)) { a, _ in a * 10 } + 1 }
            for _ in 0..<Int.random(in: 0...4, using: &random) where magnitude <= UInt64.max / 10 { magnitude *= 10 }
            let units = Bool.random(using: &random) ? -Int128(magnitude) : Int128(magnitude)
            let scale = [0, 2, 6, 12, Int.random(in: 0...20, using: &random)].randomElement(using: &random)!
            if ExactUnits.text(units, scale: scale) != Self.viaDecimal(units, scale) {
                disagreements.append("\(units) e-\(scale)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    /// Beyond 64 bits it asks `Decimal`, so it still agrees.
    @Test func largeMagnitudesAgreeToo() {
        for units: Int128 in [Int128(UInt64.max) + 1, -Int128(UInt64.max) - 7, 10_000_000_000_000_000_000_000] {
            for scale in [0, 2, 6, 12] {
                #expect(ExactUnits.text(units, scale: scale) == Self.viaDecimal(units, scale))
            }
        }
    }
}
