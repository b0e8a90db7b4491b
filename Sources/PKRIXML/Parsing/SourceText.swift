/// The bytes of a document with a line index and a start-tag index, to give
/// elements and attributes a `line:column` (libxml2 keeps no columns on tree
/// nodes).
final class SourceText {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Built on first use: valid documents never need it.
    private lazy var lineStarts: [Int] = {
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        return starts
    }()

    /// 1-based line and column (in characters) of a byte offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let start = lineStarts[lo]
        // Count characters, not bytes: skip UTF-8 continuation bytes.
        let column = bytes[start..<min(offset, bytes.count)].reduce(1) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        return (lo + 1, column)
    }

    /// Every start tag, built on first use.
    private(set) lazy var startTags = StartTagIndex(bytes).tags

    /// Where the `ordinal`-th start tag (from 0, in document order) begins,
    /// if it is one of element `name`, and, when `attribute` is given, where
    /// that attribute is. Costs the length of the tag, not of its line.
    func locate(startTag ordinal: Int, element name: String, attribute: String? = nil) -> (line: Int, column: Int)? {
        guard startTags.indices.contains(ordinal) else { return nil }
        let tag = startTags[ordinal]
        guard matchName(name, at: tag.offset + 1) != nil else { return nil }
        guard let attribute, let at = find(attribute: attribute, inTagAt: tag.offset) else { return (tag.line, tag.column) }
        var line = tag.line, column = tag.column
        for b in bytes[tag.offset..<at] {
            if b == UInt8(ascii: "\n") { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// Where the start tag of element `name` nearest at or before `line`
    /// begins, and, when `attribute` is given, where that attribute is: for
    /// a finding that names an element but no node. It scans lines, so it is
    /// for the few such findings, not for every element.
    func locate(element name: String, line: Int, attribute: String? = nil) -> (line: Int, column: Int)? {
        guard line >= 1, line <= lineStarts.count, let tag = startTag(name, atOrBefore: line) else { return nil }
        guard let attribute else { return position(of: tag) }
        if let at = find(attribute: attribute, inTagAt: tag) { return position(of: at) }
        return position(of: tag)
    }

    private func startTag(_ name: String, atOrBefore line: Int) -> Int? {
        var l = line
        while l >= max(1, line - 40) {
            let start = lineStarts[l - 1]
            let end = l < lineStarts.count ? lineStarts[l] : bytes.count
            var i = start
            while i < end {
                if bytes[i] == UInt8(ascii: "<"), let _ = matchName(name, at: i + 1) { return i }
                i += 1
            }
            l -= 1
        }
        return nil
    }

    /// Matches `name` or `prefix:name` at `i`, followed by a tag delimiter.
    private func matchName(_ name: String, at i: Int) -> Int? {
        var j = i
        while j < bytes.count, isNameByte(bytes[j]), bytes[j] != UInt8(ascii: ":") { j += 1 }
        let start = (j < bytes.count && bytes[j] == UInt8(ascii: ":")) ? j + 1 : i
        let count = name.utf8.count
        // Compared in place: copying both sides into arrays, once per located element, was a visible cost.
        guard start + count <= bytes.count, bytes[start..<start + count].elementsEqual(name.utf8) else {
            return nil
        }
        let after = start + count
        guard after == bytes.count || !isNameByte(bytes[after]) || bytes[after] == UInt8(ascii: ":") else {
            return nil
        }
        return after
    }

    private func find(attribute: String, inTagAt tag: Int) -> Int? {
        let needle = attribute.utf8
        var i = tag + 1
        var quote: UInt8?
        while i < bytes.count {
            let b = bytes[i]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return nil
            } else if !isNameByte(bytes[i - 1]), i + needle.count <= bytes.count,
                      bytes[i..<i + needle.count].elementsEqual(needle) {
                var j = i + needle.count
                while j < bytes.count, bytes[j] == 32 || bytes[j] == 9 || bytes[j] == 10 || bytes[j] == 13 { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: "=") { return i }
            }
            i += 1
        }
        return nil
    }

    private func isNameByte(_ b: UInt8) -> Bool {
        b >= 0x80 || (b >= 48 && b <= 58) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }
}
