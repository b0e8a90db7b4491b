import Foundation
import Testing
@testable import PKRICore

/// The scorer finds an index value's band from its exact hundredths
/// (``AssessmentIndex/band(hundredths:)``); it must be the band
/// ``AssessmentIndex/band(for:)`` finds for the same `Decimal`.
struct IndexBandTests {
    static func index(_ mins: [String]) -> AssessmentIndex {
        let here = SourceLocation(file: "t", line: 1)
        let label = LocalizedText(["en": "b"], defaultLanguage: "en")
        return AssessmentIndex(id: "i", label: label, scale: 100, combine: .mean, disagreement: nil,
                               bands: mins.enumerated().map { AssessmentIndex.Band(id: "b\($0.offset)", min: DecimalText.parse($0.element)!,
                                                                                   label: label, location: here) },
                               gates: [], location: here)
    }

    @Test func agreesWithDecimal() {
        let exact = Self.index(["85", "70", "49.995", "0", "-10.5"])
        let inexact = Self.index(["85", "50.0000001", "0"])
        #expect(exact.exactMins != nil)
        #expect(inexact.exactMins == nil)
        let values: [Int128] = [0, 1, -1, 8500, 8499, 7000, 6999, 5000, 4999, 4998, -1050, -1051, 100_000_000,
                                100_000_000_000_000_000_000, -100_000_000_000_000_000_000, Int128.max, Int128.min]
        for index in [exact, inexact] {
            for v in values {
                let expected = index.band(for: ExactUnits.decimal(v, scale: 2))?.id
                #expect(index.band(hundredths: v)?.id == expected, "\(v)")
            }
        }
    }
}
