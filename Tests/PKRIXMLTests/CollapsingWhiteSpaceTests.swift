import Testing
@testable import PKRIXML

/// Token attributes are read as XSD collapses them.
struct CollapsingWhiteSpaceTests {
    @Test(arguments: [("verifier", "verifier"), (" verifier ", "verifier"), ("INOV-1\n", "INOV-1"),
                      ("a \t\r\n b", "a b"), ("", ""), ("   ", ""), ("é  ✓", "é ✓"),
                      ("a-long-value-without-any-white-space-at-all", "a-long-value-without-any-white-space-at-all")]
                     as [(String, String)])
    func collapses(_ raw: String, _ collapsed: String) {
        #expect(XMLElement.collapsingWhiteSpace(raw) == collapsed)
    }
}
