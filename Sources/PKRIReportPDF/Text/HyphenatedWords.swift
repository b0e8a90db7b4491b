/// Where a hyphen must not end a line: inside a word such as `rata-rata`
/// or `sekurang-kurangnya` (Indonesian repeats words with a hyphen), which
/// reads as one word. A run without spaces holding a digit, `_`, `/` or
/// a `.` inside it (not a full stop) is an id, a file or a code (`sby-dispendukcapil-01`,
/// `bukti/perwal-12-2021.txt`): it may still break after its hyphens and
/// slashes, where Unicode line breaking allows.
enum HyphenatedWords {
    /// The UTF-8 byte ranges of the hyphenated words of `text`.
    static func unbreakable(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0, offset = 0
        var hyphen = false, idLike = false, dot = false
        func close() {
            if hyphen, !idLike, offset > start { ranges.append(start..<offset) }
            hyphen = false
            idLike = false
            dot = false
        }
        for c in text.unicodeScalars {
            let width = String(c).utf8.count
            if c.properties.isWhitespace {
                close()
                start = offset + width
            } else {
                if dot { idLike = true }
                dot = c == "."
                if c == "-" || c == "\u{2010}" {
                    hyphen = true
                } else if ("0"..."9").contains(c) || c == "_" || c == "/" {
                    idLike = true
                }
            }
            offset += width
        }
        close()
        return ranges
    }
}
