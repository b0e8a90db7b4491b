import PKRICore
import Testing

@Suite struct NumberTextTests {
    /// An answer as written, in the reader's style, never rounded.
    @Test func literalsTakeTheReadersDecimalMark() {
        #expect(NumberText.literal("87.42", .id) == "87,42")
        #expect(NumberText.literal("425.125", .id) == "425,125")
        #expect(NumberText.literal("-3.5", .id) == "-3,5")
        #expect(NumberText.literal("12", .id) == "12")
        #expect(NumberText.literal("87.42", .en) == "87.42")
        // Not a number: as it is.
        #expect(NumberText.literal("v1.2.3", .id) == "v1.2.3")
        #expect(NumberText.literal("Perwal No. 12", .id) == "Perwal No. 12")
    }

    @Test func noBandSaysTheValueInTheReadersStyle() {
        #expect(QuestionScore.Shortfall.noBandContains("12.5").explanation(.id) == "nilai 12,5 tidak masuk band mana pun")
        #expect(QuestionScore.Shortfall.noBandContains("12.5").explanation(.en) == "no band contains 12.5")
    }

    /// Counts group their thousands the reader's way.
    @Test func countsGroupThousands() {
        #expect(NumberText.count(0, .id) == "0")
        #expect(NumberText.count(999, .id) == "999")
        #expect(NumberText.count(1000, .id) == "1.000")
        #expect(NumberText.count(1234567, .id) == "1.234.567")
        #expect(NumberText.count(1234567, .en) == "1,234,567")
        #expect(NumberText.count(-12345, .en) == "-12,345")
    }
}
