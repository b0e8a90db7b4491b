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
        var scanner = Scanner(b: b)
        scanner.run()
        return scanner.tags
    }

    /// One pass, a tight loop per state (text, tag, skipped construct):
    /// one loop testing every state at every byte cost about 40% more.
    private struct Scanner {
        let b: UnsafeBufferPointer<UInt8>
        var tags: [Tag] = []
        var line = 1, column = 1, counted = 0   // `column` is that of offset `counted`

        init(b: UnsafeBufferPointer<UInt8>) { self.b = b }

        static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), lf = UInt8(ascii: "\n")

        mutating func newLine(at i: Int) {
            line += 1
            column = 1
            counted = i + 1
        }

        mutating func run() {
            var i = 0
            while i < b.count {
                let c = b[i]
                if c == Self.lf {
                    newLine(at: i)
                    i += 1
                    continue
                }
                guard c == Self.lt, i + 1 < b.count else {
                    i += 1
                    continue
                }
                switch b[i + 1] {
                case UInt8(ascii: "!"):
                    if starts(at: i, with: StartTagIndex.commentStart) {
                        i = skip(past: StartTagIndex.commentEnd, from: i + StartTagIndex.commentStart.count)
                    } else if starts(at: i, with: StartTagIndex.cdataStart) {
                        i = skip(past: StartTagIndex.cdataEnd, from: i + StartTagIndex.cdataStart.count)
                    } else {
                        i = skip(past: StartTagIndex.tagEnd, from: i + 2)
                    }
                case UInt8(ascii: "?"):
                    i = skip(past: StartTagIndex.piEnd, from: i + 2)
                case UInt8(ascii: "/"):
                    i = skip(past: StartTagIndex.tagEnd, from: i + 2)
                default:
                    for j in counted..<i where b[j] & 0xC0 != 0x80 { column += 1 }
                    counted = i
                    tags.append(Tag(offset: i, line: line, column: column))
                    i = skipTag(from: i + 1)
                }
            }
        }

        /// The offset just past `end`, or the end of the bytes.
        mutating func skip(past end: [UInt8], from start: Int) -> Int {
            let first = end[0]
            var i = start
            while i < b.count {
                let c = b[i]
                if c == Self.lf {
                    newLine(at: i)
                } else if c == first, starts(at: i, with: end) {
                    return i + end.count
                }
                i += 1
            }
            return i
        }

        /// The offset just past the `>` that ends a start tag, outside quotes.
        mutating func skipTag(from start: Int) -> Int {
            var i = start
            var quote: UInt8 = 0
            while i < b.count {
                let c = b[i]
                if c == Self.lf {
                    newLine(at: i)
                } else if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    quote = c
                } else if c == Self.gt {
                    return i + 1
                }
                i += 1
            }
            return i
        }

        func starts(at i: Int, with needle: [UInt8]) -> Bool {
            guard i + needle.count <= b.count else { return false }
            for k in needle.indices where b[i + k] != needle[k] { return false }
            return true
        }
    }

    private static let commentStart = Array("<!--".utf8), cdataStart = Array("<![CDATA[".utf8)
    private static let commentEnd = Array("-->".utf8), cdataEnd = Array("]]>".utf8)
    private static let piEnd = Array("?>".utf8), tagEnd = Array(">".utf8)
}
