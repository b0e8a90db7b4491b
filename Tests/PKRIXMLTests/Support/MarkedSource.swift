/// A document text with expected error positions marked inline, as in
/// swift-format's tests: `⟦1⟧` … `⟦9⟧` stand just before the attribute or
/// the `<` that an error should point at. The markers are removed from
/// ``text``; ``subscript(_:)`` gives the `line:column` where each stood.
///
/// ```swift
/// let src = MarkedSource(#"<question ⟦1⟧weight="0" …/>"#)
/// src[1]   // (line: 1, column: 11)
/// ```
struct MarkedSource {
    struct Position: Equatable, CustomStringConvertible {
        var line: Int
        var column: Int
        var description: String { "\(line):\(column)" }
    }

    let bytes: [UInt8]
    private var markers: [Int: Position] = [:]

    init(_ marked: String) {
        // Works on UTF-8 bytes: fixtures can be megabytes long.
        let open: [UInt8] = [0xE2, 0x9F, 0xA6], close: [UInt8] = [0xE2, 0x9F, 0xA7]   // ⟦ ⟧
        let input = Array(marked.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var line = 1, column = 1
        var i = 0
        while i < input.count {
            let b = input[i]
            if b == 0xE2, i + 6 < input.count, Array(input[i..<i + 3]) == open,
               Array(input[(i + 4)..<(i + 7)]) == close, (48...57).contains(input[i + 3]) {
                let n = Int(input[i + 3] - 48)
                precondition(markers[n] == nil, "marker \(n) used twice")
                markers[n] = Position(line: line, column: column)
                i += 7
                continue
            }
            out.append(b)
            if b == UInt8(ascii: "\n") {
                line += 1; column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1   // columns count characters, not bytes
            }
            i += 1
        }
        bytes = out
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    subscript(_ n: Int) -> Position {
        guard let p = markers[n] else { preconditionFailure("no marker ⟦\(n)⟧ in the source") }
        return p
    }
}
