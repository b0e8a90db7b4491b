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
