import Foundation
import Testing
@testable import PKRICore

/// ``JSON/serialized()`` writes bytes: escapes, non-ASCII text and numbers
/// must come out as they always did.
struct JSONTests {
    @Test func escapesWhatJSONAndJavaScriptNeed() {
        let value = JSON.string("a\"b\\c\nd\re\tf\u{01}g\u{2028}h\u{2029}i")
        #expect(value.serialized() == #""a\"b\\c\nd\re\tf\u0001g\u2028h\u2029i""#)
    }

    @Test func copiesOtherTextAsItIs() {
        #expect(JSON.string("Kab. Banyuwangi – é ✓ 🇮🇩").serialized() == "\"Kab. Banyuwangi – é ✓ 🇮🇩\"")
        #expect(JSON.string("").serialized() == "\"\"")
    }

    /// Text is tested eight bytes at a time: each character that needs
    /// an escape, at every place in texts of 0 to 20 bytes, is still found.
    @Test func findsEscapesAtEveryPlace() {
        let escapes: [(String, String)] = [("\"", #"\""#), ("\\", #"\\"#), ("\n", #"\n"#), ("\u{1F}", #"\u001f"#),
                                           ("\u{0}", #"\u0000"#), ("\u{2028}", #"\u2028"#)]
        for length in 0...20 {
            let plain = String(repeating: "a", count: length)
            #expect(JSON.string(plain).serialized() == "\"\(plain)\"")
            for at in 0...length {
                for (raw, escaped) in escapes {
                    let before = String(plain.prefix(at)), after = String(plain.dropFirst(at))
                    #expect(JSON.string(before + raw + after).serialized() == "\"\(before)\(escaped)\(after)\"")
                }
                // Bytes near the ones that need escapes, and other text after 0xE2, need none.
                let near = String(plain.prefix(at)) + "\u{7F}! #[]é\u{2027}\u{2030}~"
                #expect(JSON.string(near).serialized() == "\"\(near)\"")
            }
        }
    }

    @Test func writesObjectsArraysAndNumbersInOrder() {
        let value = JSON.object([
            ("z", .array([.null, .bool(true), .bool(false)])),
            ("a\"", .number(Decimal(string: "77.780")!)),
            ("n", .scaled(-5, scale: 2)),
            ("e", .object([])),
            ("l", .array([])),
        ])
        #expect(value.serialized() == #"{"z":[null,true,false],"a\"":77.78,"n":-0.05,"e":{},"l":[]}"#)
    }
}
