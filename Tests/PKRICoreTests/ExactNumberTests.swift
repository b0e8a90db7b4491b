import Foundation
import Testing
@testable import PKRICore

/// Answers are compared with bounds and bands as exact integers
/// (``ExactNumber``, ``ExactBounds``) where both fit, and with `Decimal`
/// otherwise; these pin that both ways give the same outcome.
struct ExactNumberTests {
    static func d(_ s: String) -> Decimal { DecimalText.parse(s)! }

    /// At most 18 digits each, as ``ExactNumber`` reads.
    static let values = ["0", "-0", "+0", "0.0", "5", "+5", "-5", "5.", ".5", "-.5", "007", "4.9999999",
                         "5.0000001", "4.999999", "5.000001", "-4.999999", "-5.000001", "100", "99.99", "100.000",
                         "0.000001", "-0.000001", "0.0000005", "0.12345678901234567", "999999999999999999",
                         "-999999999999999999", "12345678901.2345678", "0.00000000000000001"]
    /// Exact in millionths, as ``ExactUnits/of(_:)`` makes them.
    static let bounds = ["0", "5", "-5", "4.999999", "5.000001", "0.000001", "-0.000001", "100", "99.99",
                         "1000000000000000000", "-1000000000000000000", "1234567890123.123456"]

    /// Equal, negative, near and many-decimal values against every bound:
    /// the sign of the comparison is `Decimal`'s.
    @Test func comparesAsDecimalDoes() throws {
        for v in Self.values {
            let n = try #require(ExactNumber(v), "\(v)")
            for b in Self.bounds {
                let units = try #require(ExactUnits.of(Self.d(b)))
                let expected = Self.d(v) < Self.d(b) ? -1 : (Self.d(v) == Self.d(b) ? 0 : 1)
                #expect(n.compare(millionths: units) == expected, "\(v) against \(b)")
            }
        }
    }

    /// What does not fit is left to `Decimal`: over 18 digits, or a bound
    /// beyond millionths.
    @Test func declinesWhatDoesNotFit() {
        #expect(ExactNumber("1234567890123456789") == nil)
        #expect(ExactNumber("0.0000000000000000001") == nil)
        #expect(ExactNumber("0000000000000000001") == nil)
        #expect(ExactBounds(min: Self.d("0.0000001"), max: nil) == nil)
        #expect(ExactBounds(min: nil, max: Self.d("12345678901234567890123456")) == nil)
        #expect(ExactBounds(min: nil, max: nil) != nil)
    }

    /// The same grammar as ``DecimalText/parse(_:)``, and the same canonical text.
    @Test func readsAsDecimalTextDoes() {
        let texts = Self.values + ["", "+", "-", ".", "1.2.3", "1-", "--1", "+-1", "1e5", " 1", "1 ", "٣", "0x10",
                                   "-0.050", "+1.50", "000.000", "10.", "-.0"]
        for t in texts {
            let n = ExactNumber(t)
            #expect((n != nil) == (DecimalText.parse(t) != nil), "\(t)")
            if let n {
                #expect(n.canonical == DecimalText.canonical(t), "\(t)")
                #expect(n.hasPoint == !DecimalText.isIntegerLiteral(t), "\(t)")
            }
        }
    }

    @Test func canonicalTextOfRandomNumbers() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let digits = "0123456789"
            let whole = String((0..<Int.random(in: 0...9, using: &random)).map { _ in digits.randomElement()! })
            let fraction = String((0..<Int.random(in: 0...9, using: &random)).map { _ in digits.randomElement()! })
            let sign = ["", "-", "+"].randomElement()!
            let text = sign + whole + (Bool.random() || fraction.isEmpty ? "." : "") + fraction
            let n = ExactNumber(text)
            #expect((n != nil) == (DecimalText.parse(text) != nil), "\(text)")
            if let n { #expect(n.canonical == DecimalText.canonical(text), "\(text)") }
        }
    }

    static func question(_ kind: Question.Kind, min: String? = nil, max: String? = nil,
                         bands: [(String?, String?, String)] = []) -> Question {
        let here = SourceLocation(file: "t", line: 1)
        return Question(id: "q", kind: kind, min: min.map(d), max: max.map(d),
                        label: LocalizedText(["en": "q"], defaultLanguage: "en"),
                        bands: bands.map { Question.ScoreBand(min: $0.0.map(d), max: $0.1.map(d), score: d($0.2), location: here) },
                        location: here)
    }

    /// Bands with exact ends, and with an end beyond millionths (the
    /// `Decimal` way): the band found is the one `Decimal` finds.
    @Test func bandLookupAgreesWithDecimal() {
        let exact = Self.question(.decimal, bands: [(nil, "-0.5", "1"), ("-0.5", "0", "2"), ("0.000001", "4.999999", "3"),
                                                    ("5", "5", "4"), ("5.000001", nil, "5")])
        let inexact = Self.question(.decimal, bands: [(nil, "0", "1"), ("0.0000001", "5", "2"), ("5.00000001", nil, "3")])
        #expect(exact.exactBands != nil)
        #expect(inexact.exactBands == nil)
        for q in [exact, inexact] {
            for v in Self.values + ["-0.5", "-0.50000001", "0.00000005", "5.000000001", "12345678901234567890.5"] {
                let expected = q.bands.firstIndex { $0.contains(Self.d(v)) }
                #expect(q.bandIndex(containing: v) == expected, "\(v)")
            }
        }
    }

    /// `min`/`max` checks, the integer rule and the canonical text: as with `Decimal`.
    @Test func boundsCheckAgreesWithDecimal() {
        let questions = [Self.question(.decimal, min: "-5", max: "5"), Self.question(.integer, min: "0", max: "100"),
                         Self.question(.decimal, min: "0.000001", max: "4.999999"),
                         Self.question(.decimal, min: "0.0000001")]
        for q in questions {
            for v in Self.values + ["1.5", "abc", "", "-", "12345678901234567890.5", "0.00000001"] {
                let expected: Result<String, AnswerProblem>
                if let number = DecimalText.parse(v) {
                    if q.kind == .integer, !DecimalText.isIntegerLiteral(v) {
                        expected = .failure(.notInteger(v))
                    } else if let min = q.min, number < min {
                        expected = .failure(.belowMinimum(v, min: min))
                    } else if let max = q.max, number > max {
                        expected = .failure(.aboveMaximum(v, max: max))
                    } else {
                        expected = .success(DecimalText.canonical(v))
                    }
                } else {
                    expected = .failure(q.kind == .integer ? .notInteger(v) : .notDecimal(v))
                }
                #expect(q.check([v]) == expected, "\(v) min \(String(describing: q.min)) max \(String(describing: q.max))")
            }
        }
    }
}
