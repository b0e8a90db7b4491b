import Foundation
import Testing
@testable import PKRIXML

/// ``StartTagIndex`` gives every element its column. Its scan was rewritten
/// for speed (a loop per state); it must find exactly what the first,
/// simpler scan found, kept here as the reference.
struct StartTagIndexTests {
    @Test func findsTheDocumentedExample() {
        let index = StartTagIndex(Array(#"<a><b/><!-- <c> --><d x=">"/></a>"#.utf8))
        #expect(index.tags.map(\.column) == [1, 4, 20])
    }

    @Test(arguments: [
        "", "<", "<a", "<a>\n  <b c='>'\n d=\"<x>\"/>é<c/>", "<?xml version=\"1.0\"?>\n<a><![CDATA[<b>]]><c/></a>",
        "<!-->--><a/>", "<!DOCTYPE a><a/>", "<?pi <x> ?><a/>", "<a>\n\n<b/>\n</a\n>", "<a x='\n'>\n<b/>",
        "<!-- unclosed <a>", "<![CDATA[ unclosed <a>", "<a \"b>\"<c/>", "<ä><ö/>😀<ü/></ä>",
    ])
    func agreesWithTheReferenceOn(_ text: String) {
        Self.expectAgreement(Array(text.utf8))
    }

    /// Every shipped template, sample submission and fuzz regression input,
    /// whole and cut at many places.
    @Test func agreesWithTheReferenceOnRealAndHostileFiles() throws {
        let root = PackagePaths.root
        var files: [URL] = []
        for folder in ["templates", "samples/submissions", "Tests/PKRIXMLTests/FuzzRegressions/fuzz-submission",
                       "Tests/PKRIXMLTests/FuzzRegressions/fuzz-template", "Tests/PKRIXMLTests/Fixtures"] {
            let url = root.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
                files.append(url.appendingPathComponent(name))
            }
        }
        var checked = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            let bytes = [UInt8](data)
            Self.expectAgreement(bytes)
            for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 50)) {
                Self.expectAgreement(Array(bytes[..<cut]))
            }
            checked += 1
        }
        #expect(checked >= 10)
    }

    static func expectAgreement(_ bytes: [UInt8]) {
        let fast = StartTagIndex(bytes).tags
        let reference = bytes.withUnsafeBufferPointer(ReferenceScan.scan)
        #expect(fast.map(\.offset) == reference.map(\.offset))
        #expect(fast.map(\.line) == reference.map(\.line))
        #expect(fast.map(\.column) == reference.map(\.column))
    }
}

/// The first scan of ``StartTagIndex``, unchanged.
private enum ReferenceScan {
    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> [StartTagIndex.Tag] {
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), lf = UInt8(ascii: "\n")
        var tags: [StartTagIndex.Tag] = []
        var line = 1, column = 1, counted = 0   // `column` is that of offset `counted`
        var i = 0
        var inTag = false, quote: UInt8 = 0
        var skipTo: [UInt8] = []                // the end of what is being skipped
        while i < b.count {
            let c = b[i]
            if c == lf {
                line += 1
                column = 1
                counted = i + 1
            } else if !skipTo.isEmpty {
                if c == skipTo[0], starts(b, at: i, with: skipTo) {
                    i += skipTo.count
                    skipTo = []
                    continue
                }
            } else if inTag {
                if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    quote = c
                } else if c == gt {
                    inTag = false
                }
            } else if c == lt, i + 1 < b.count {
                switch b[i + 1] {
                case UInt8(ascii: "!"):
                    if starts(b, at: i, with: Self.commentStart) {
                        skipTo = Array("-->".utf8)
                        i += Self.commentStart.count
                    } else if starts(b, at: i, with: Self.cdataStart) {
                        skipTo = Array("]]>".utf8)
                        i += Self.cdataStart.count
                    } else {
                        skipTo = [gt]
                        i += 2
                    }
                    continue
                case UInt8(ascii: "?"):
                    skipTo = Array("?>".utf8)
                    i += 2
                    continue
                case UInt8(ascii: "/"):
                    skipTo = [gt]
                    i += 2
                    continue
                default:
                    for j in counted..<i where b[j] & 0xC0 != 0x80 { column += 1 }
                    counted = i
                    tags.append(StartTagIndex.Tag(offset: i, line: line, column: column))
                    inTag = true
                }
            }
            i += 1
        }
        return tags
    }

    private static let commentStart = Array("<!--".utf8), cdataStart = Array("<![CDATA[".utf8)

    private static func starts(_ b: UnsafeBufferPointer<UInt8>, at i: Int, with needle: [UInt8]) -> Bool {
        guard i + needle.count <= b.count else { return false }
        for k in needle.indices where b[i + k] != needle[k] { return false }
        return true
    }
}
