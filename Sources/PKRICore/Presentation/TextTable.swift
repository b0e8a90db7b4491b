/// Aligned plain-text columns for terminal output. Numbers align right.
public struct TextTable {
    public var header: [String]
    public var rows: [[String]] = []
    /// Columns aligned to the right (numbers).
    public var rightAligned: Set<Int> = []

    public init(header: [String], rightAligned: Set<Int> = []) {
        self.header = header
        self.rightAligned = rightAligned
    }

    public mutating func add(_ row: [String]) { rows.append(row) }

    public func render(indent: String = "") -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { $0.indices.contains(c) ? $0[c].count : 0 }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            let cells = header.indices.map { c -> String in
                let text = row.indices.contains(c) ? row[c] : ""
                let padding = String(repeating: " ", count: widths[c] - text.count)
                return rightAligned.contains(c) ? padding + text : text + padding
            }
            var s = indent + cells.joined(separator: "  ")
            while s.last == " " { s.removeLast() }
            return s
        }
        let rule = indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return [line(header), rule] + rows.map(line)
    }
}
