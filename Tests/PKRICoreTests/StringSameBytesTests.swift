import Testing
@testable import PKRICore

/// Option values match byte for byte, not by Unicode equivalence.
struct SameBytesTests {
    @Test func comparesBytes() {
        #expect("renstra".hasSameBytes(as: "renstra"))
        #expect(!"renstra".hasSameBytes(as: "renstr"))
        #expect(!"renstra".hasSameBytes(as: "renstrb"))
        #expect("".hasSameBytes(as: ""))
        #expect(!"\u{E9}".hasSameBytes(as: "e\u{301}"), "é precomposed and decomposed are == but not the same bytes")
        #expect("a much longer value than fits in a small string".hasSameBytes(
            as: "a much longer value than fits in a small " + "string"))
    }
}
