/// Where every start tag of a well-formed document begins, in document
/// order, found in one pass over its bytes. The n-th start tag is the n-th
/// element of the parsed tree (pkri refuses entities and XInclude, so no
/// element comes from anywhere else): that gives each element its column,
/// which libxml2 does not keep, even with several elements on one line.
///
/// ```swift
/// let index = StartTagIndex(Array(#"<a><b/><!-- <c> --><d x=">"/></a>"#.utf8))
/// index.tags.map(\.column)   // [1, 4, 20]
/// ```
struct StartTagIndex {
    struct Tag {
        /// Byte offset of the `<`.
        let offset: Int
        let line: Int
        /// In characters, from 1.
        let column: Int
    }

    let tags: [Tag]

    init(_ bytes: [UInt8]) {
        tags = bytes.withUnsafeBufferPointer(Self.scan)
    }

    /// Skips comments, CDATA sections, processing instructions, end tags and
    /// quoted attribute values (which may hold `>`); counts lines at LF and
    /// columns from the last tag on the same line, so a long line is counted
    /// once, not once per tag.
    private static func scan(_ b: UnsafeBufferPointer<UInt8>) -> [Tag] {
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), lf = UInt8(ascii: "\n")
        var tags: [Tag] = []
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
                    tags.append(Tag(offset: i, line: line, column: column))
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
