import PKRICore
import Testing

/// The text a numeric answer has in the answer document: plain decimal
/// notation, as the spec says, without Decimal formatting.
@Suite struct DecimalCanonicalTests {
    @Test(arguments: [
        ("350", "350"), ("+007.50", "7.5"), ("-0.0", "0"), (".5", "0.5"), ("-12", "-12"),
        ("12.", "12"), ("0.001", "0.001"), ("100000000", "100000000"),
    ])
    func canonicalText(_ typed: String, _ expected: String) {
        #expect(DecimalText.parse(typed) != nil)
        #expect(DecimalText.canonical(typed) == expected)
        // The canonical text is the same number.
        #expect(DecimalText.parse(DecimalText.canonical(typed)) == DecimalText.parse(typed))
    }
}
