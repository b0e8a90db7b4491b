import Foundation

/// CSV that opens correctly in Excel and LibreOffice as Indonesian offices
/// use them: UTF-8 (optionally with a BOM, which Excel needs to read UTF-8),
/// `,` or `;` between fields — with `;` numbers take a decimal comma, as an
/// Indonesian-locale Excel expects — and user text that a spreadsheet could
/// run kept inert (``FormulaGuard``).
public struct CSVWriter: Sendable {
    public var delimiter: Character = ","
    public var byteOrderMark = false

    public init(delimiter: Character = ",", byteOrderMark: Bool = false) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
    }

    public func write(_ table: Tabular) -> String {
        let flat = table.flattened()
        var out = header(flat.columns)
        for row in flat.rows { out += line(row) }
        return out
    }

    /// The first line (after the BOM when asked): the column ids.
    public func header(_ columns: [Tabular.Column]) -> String {
        (byteOrderMark ? "\u{FEFF}" : "") + line(columns.map { .text($0.id) })
    }

    /// One row and its line end.
    public func line(_ row: [Tabular.Cell]) -> String {
        row.map(field).joined(separator: String(delimiter)) + "\r\n"
    }

    func field(_ cell: Tabular.Cell) -> String {
        switch cell {
        case .number(let d):
            let s = DecimalText.format(d)
            return delimiter == ";" ? s.replacingOccurrences(of: ".", with: ",") : s
        case .integer(let i): return "\(i)"
        case .bool(let b): return b ? "true" : "false"
        case .empty: return ""
        case .object: return ""
        case .text(let s), .labelled(let s, _): return quote(FormulaGuard.neutralise(s))
        }
    }

    private func quote(_ s: String) -> String {
        // Bytes, not Characters: a results file has a million fields, and
        // Character search segments every grapheme.
        let delimiterBytes = Array(String(delimiter).utf8)
        let needs = s.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
            || (delimiterBytes.count == 1 ? s.utf8.contains(delimiterBytes[0]) : s.contains(delimiter))
            || s.utf8.first == UInt8(ascii: " ") || s.utf8.last == UInt8(ascii: " ")
        return needs ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
