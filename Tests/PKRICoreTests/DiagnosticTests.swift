import PKRICore
import Testing

/// A finding is always one line: every control character of a value quoted
/// into its message is written as an escape.
@Suite("Diagnostic")
struct DiagnosticTests {
    static let at = SourceLocation(file: "t.xml", line: 1, column: 1)

    @Test(arguments: [
        ("a\nb", #"a\nb"#), ("a\r\nb", #"a\nb"#), ("a\rb", #"a\rb"#), ("a\tb", #"a\tb"#),
        ("a\u{0B}b", #"a\u{0B}b"#), ("a\u{0C}b", #"a\u{0C}b"#), ("a\u{0}b", #"a\u{00}b"#),
        ("a\u{1B}b", #"a\u{1B}b"#), ("a\u{7F}b", #"a\u{7F}b"#), ("a\u{85}b", #"a\u{85}b"#),
        ("a\u{2028}b", #"a\u{2028}b"#), ("a\u{2029}b", #"a\u{2029}b"#),
    ])
    func controlIsEscaped(_ raw: String, _ shown: String) {
        let d = Diagnostic(.error, at: Self.at, "value '\(raw)'")
        #expect(d.message == "value '\(shown)'")
        #expect(!d.description.contains { $0.isNewline })
    }

    @Test func plainTextIsKept() {
        let text = "nilai 'é' — 12,5\u{A0}% ok"
        #expect(Diagnostic(.warning, at: Self.at, text).message == text)
    }
}
