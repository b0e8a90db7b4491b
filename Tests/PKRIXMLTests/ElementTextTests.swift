import CLibXML2
import Testing
@testable import PKRIXML

/// Element and attribute text is read in place when it is one text node;
/// otherwise libxml2 concatenates it. Both ways give the same string.
struct ElementTextTests {
    static let document = """
        <r a="plain" b="" c="a &amp; b &#x2713;" d="  spaced\tvalue ">
          <e>plain</e><e/><e></e><e>a &amp; b &#233; ✓</e><e><![CDATA[x < y]]></e>
          <e>before<!-- note -->after</e><e>one<![CDATA[two]]>three</e><e>  spaced\n value  </e>
          <e><i>nested</i> text</e>
        </r>
        """

    @Test func inPlaceAndConcatenatedTextAgree() throws {
        let parsed = try SafeXMLParser().parse(Array(Self.document.utf8), file: "t.xml")
        let root = try #require(parsed.root)
        var elements = 0
        for e in [root] + root.children {
            #expect(e.text == e.contentText, "<\(e.localName)> text")
            elements += 1
            var attr = e.node.pointee.properties
            while let a = attr {
                let name = String(cString: a.pointee.name)
                #expect(e.attribute(name) == XMLElement.listText(of: a), "@\(name)")
                attr = a.pointee.next
            }
        }
        #expect(elements == 10)
        #expect(root.children[3].text == "a & b é ✓")
        #expect(root.attribute("c") == "a & b ✓")
    }
}

/// Submissions are parsed without the white space between elements
/// (docs/decisions.md); text that is an element's whole content stays.
struct BlankTextTests {
    static let document = """
        <r>
          <e> </e>
          <e>  spaced  </e>
          <e>a<i/> <i/></e>
        </r>
        """

    @Test func blanksBetweenElementsGoAndContentStays() throws {
        let parser = SafeXMLParser(dropsBlankText: true)
        let parsed = try parser.parse(Array(Self.document.utf8), file: "t.xml")
        let root = try #require(parsed.root)
        // Only the three elements: no text nodes for the indentation.
        var nodes = 0
        var child = root.node.pointee.children
        while let c = child { nodes += 1; child = c.pointee.next }
        #expect(nodes == 3)
        #expect(root.children.map(\.text) == [" ", "  spaced  ", "a "])
        // Kept by default (templates).
        let keptDocument = try SafeXMLParser().parse(Array(Self.document.utf8), file: "t.xml")
        let kept = try #require(keptDocument.root)
        var keptNodes = 0
        child = kept.node.pointee.children
        while let c = child { keptNodes += 1; child = c.pointee.next }
        #expect(keptNodes == 7)
        withExtendedLifetime(keptDocument) {}
        withExtendedLifetime(parsed) {}
    }
}
