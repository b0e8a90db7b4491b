import PKRICore
import Testing

/// Escaping for content and for attributes: a parser reads a literal tab,
/// LF or CR in an attribute as a space, so there they are references.
@Suite("MarkupText")
struct MarkupTextTests {
    @Test func attributeKeepsLineBreaksAndTabsAsReferences() {
        #expect(MarkupText.escapeAttribute("a\nb\r\nc\td") == "a&#10;b&#13;&#10;c&#9;d")
        #expect(MarkupText.escapeAttribute(#"<"x" & 'y'>"#) == "&lt;&quot;x&quot; &amp; &#39;y&#39;&gt;")
    }

    @Test func contentKeepsLineFeedsLiteral() {
        #expect(MarkupText.escape("a\nb\r\nc\td") == "a\nb&#13;\nc&#9;d")
    }
}
