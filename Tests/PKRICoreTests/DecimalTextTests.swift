import Foundation
import PKRICore
import Testing

/// An expected value built from integer parts (`d(7778, -2)` is 77.78), so
/// that no expectation goes through the parser under test.
private func d(_ significand: Int, _ exponent: Int) -> Decimal {
    Decimal(sign: significand < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(abs(significand)))
}

/// `xs:decimal` text in and out, and rounding rule 8 (half away from zero,
/// 2 decimals) in exact decimal arithmetic.
@Suite("DecimalText")
struct DecimalTextTests {
    // MARK: - Parsing

    @Test(arguments: [
        ("7.5", d(75, -1)), ("0.2001", d(2001, -4)), ("-3", d(-3, 0)), ("+4.25", d(425, -2)),
        ("007.50", d(75, -1)), (".5", d(5, -1)), ("5.", d(5, 0)), ("0", d(0, 0)), ("-0.0", d(0, 0)),
        ("100000000", d(1, 8)),
    ])
    func parsesDecimals(text: String, value: Decimal) {
        #expect(DecimalText.parse(text) == value)
    }

    @Test(arguments: ["1e5", "1E5", "2.5e-3", "", ".", "-", "+", " 5", "5 ", "1,5", "1.2.3", "--5", "5-", "+-5",
                      "0x10", "NaN", "INF", "٣"])
    func rejectsNonDecimals(text: String) {
        #expect(DecimalText.parse(text) == nil)
    }

    @Test func acceptsThirtyDigitsRejectsThirtyOne() {
        let thirty = String(repeating: "9", count: 30)
        #expect(DecimalText.parse(thirty) != nil)
        #expect(DecimalText.parse("-" + thirty) != nil)
        #expect(DecimalText.parse(String(repeating: "1", count: 15) + "." + String(repeating: "2", count: 15)) != nil)
        #expect(DecimalText.parse(thirty + "9") == nil)
        #expect(DecimalText.parse(String(repeating: "1", count: 16) + "." + String(repeating: "2", count: 15)) == nil)
    }

    @Test func shortNumbersParseToWhatFoundationReads() {
        // Up to 18 digits the parser builds the number itself; it must be the value, and the
        // text it formats to, that Foundation's scanner gives.
        var random = SystemRandomNumberGenerator()
        let fixed = ["79.92", "-10.62", "0.00", "-0", "100", "007.50", "123456789012345678", "1234567890123456789",
                     "0.000000000000000001", "-99999999999999999.9", "5.", ".25"]
        let drawn = (0..<500).map { _ -> String in
            let digits = String((0..<Int.random(in: 1...19, using: &random)).map { _ in "0123456789".randomElement(using: &random)! })
            let point = Int.random(in: 0...digits.count, using: &random)
            let text = digits.prefix(point) + "." + digits.dropFirst(point)
            return (Bool.random(using: &random) ? "-" : "") + text
        }
        for text in fixed + drawn {
            let foundation = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
            #expect(DecimalText.parse(text) == foundation, "\(text)")
            #expect(DecimalText.parse(text).map(DecimalText.format) == foundation.map(DecimalText.format), "\(text)")
        }
    }

    @Test func integerLiterals() {
        #expect(DecimalText.isIntegerLiteral("42"))
        #expect(DecimalText.isIntegerLiteral("-7"))
        #expect(DecimalText.isIntegerLiteral("+0"))
        #expect(!DecimalText.isIntegerLiteral("4.0"))
        #expect(!DecimalText.isIntegerLiteral("-"))
        #expect(!DecimalText.isIntegerLiteral(""))
        #expect(!DecimalText.isIntegerLiteral("1e3"))
    }

    // MARK: - Formatting

    @Test(arguments: [
        (d(7778, -2), "77.78"), (d(150, -2), "1.5"), (d(0, 0), "0"), (d(-35, -1), "-3.5"),
        (d(1, 20), "100000000000000000000"), (d(1, -6), "0.000001"), (d(100, 0), "100"),
    ])
    func formatsPlainly(value: Decimal, text: String) {
        #expect(DecimalText.format(value) == text)
    }

    /// A negative value that rounds to zero is written `0`, never `-0`.
    @Test func noNegativeZero() {
        #expect(DecimalText.format(DecimalText.round(d(-4, -3))) == "0")
        #expect(DecimalText.format(d(0, 0) * d(-1, 0)) == "0")
    }

    @Test(arguments: ["77.78", "0.01", "-2.35", "123456789.5", "0.2001"])
    func formatReadsBackTheSameNumber(text: String) throws {
        let value = try #require(DecimalText.parse(text))
        #expect(DecimalText.format(value) == text)
    }

    // MARK: - Rounding (rule 8)

    @Test(arguments: [
        (d(77775, -3), d(7778, -2)),     // 77.775 → 77.78 (binary floating point gives 77.77)
        (d(5, -3), d(1, -2)),            // 0.005 → 0.01
        (d(-2345, -3), d(-235, -2)),     // -2.345 → -2.35, away from zero
        (d(-5, -3), d(-1, -2)),          // -0.005 → -0.01
        (d(1005, -3), d(101, -2)),       // 1.005 → 1.01
        (d(2344, -3), d(234, -2)),       // below the half: down
        (d(-2344, -3), d(-234, -2)),
        (d(44999, -4), d(450, -2)),      // 4.4999 → 4.50: one step, not 4.5 → 5
        (d(8, 0), d(8, 0)),
    ])
    func roundsHalfAwayFromZero(value: Decimal, rounded: Decimal) {
        #expect(DecimalText.round(value) == rounded)
    }

    /// The spec's example: 7 of 9 on a scale of 100 is 77.777… → 77.78.
    @Test func roundsAComputedRatio() {
        let value = d(100, 0) * d(7, 0) / d(9, 0)
        #expect(DecimalText.format(DecimalText.round(value)) == "77.78")
    }

    @Test func roundsToOtherPlaces() {
        #expect(DecimalText.round(d(125, -2), places: 1) == d(13, -1))
        #expect(DecimalText.round(d(-125, -2), places: 1) == d(-13, -1))
        #expect(DecimalText.round(d(25, -1), places: 0) == d(3, 0))
    }
}
