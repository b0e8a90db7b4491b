import Foundation

/// Rows of typed cells with named columns: what `results`, `aggregate` and
/// `rank` produce, rendered as a terminal table, JSON Lines, CSV or XLSX.
///
/// Column ids are the JSON keys (`value`, `spread`, …); labels are for people.
public struct Tabular: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        /// An id (a band, a state) that machine formats keep and the screen
        /// shows as its label in the reader's language.
        case labelled(id: String, label: String)
        case number(Decimal)
        case integer(Int)
        case bool(Bool)
        case empty
        /// A nested object, JSON only (e.g. counts per band); flattened elsewhere.
        case object([(String, Cell)])

        public static func == (a: Cell, b: Cell) -> Bool { "\(a)" == "\(b)" }

        public static func optional(_ d: Decimal?) -> Cell { d.map(Cell.number) ?? .empty }
        public static func optional(_ s: String?) -> Cell { s.map(Cell.text) ?? .empty }
    }

    public struct Column: Sendable {
        public var id: String
        public var label: String
        public init(_ id: String, _ label: String) {
            self.id = id
            self.label = label
        }
    }

    /// `format` key written first in every JSON object, e.g. `pkri-results/1`.
    public var format: String
    public var columns: [Column]
    public var rows: [[Cell]] = []

    public init(format: String, columns: [Column]) {
        self.format = format
        self.columns = columns
    }

    public mutating func add(_ row: [Cell]) { rows.append(row) }

    /// One JSON object per row, keys in column order, after `format`.
    public func jsonLines() -> [String] {
        rows.map(jsonLine)
    }

    /// One row as a JSON object.
    public func jsonLine(_ row: [Cell]) -> String {
        JSON.object([("format", .string(format))] + zip(columns, row).map { ($0.id, Self.json($1)) }).serialized()
    }

    static func json(_ cell: Cell) -> JSON {
        switch cell {
        case .text(let s), .labelled(let s, _): return .string(s)
        case .number(let d): return .number(d)
        case .integer(let i): return .number(Decimal(i))
        case .bool(let b): return .bool(b)
        case .empty: return .null
        case .object(let members): return .object(members.map { ($0, json($1)) })
        }
    }

    /// Columns flattened for flat formats: an object cell becomes one column per key.
    public func flattened() -> Tabular {
        guard let sample = rows.first, sample.contains(where: { if case .object = $0 { return true }; return false }) else {
            return self
        }
        var out = Tabular(format: format, columns: [])
        for (c, cell) in zip(columns, sample) {
            if case .object(let members) = cell {
                out.columns += members.map { Column("\(c.id).\($0.0)", "\(c.label): \($0.0)") }
            } else {
                out.columns.append(c)
            }
        }
        out.rows = rows.map { row in
            row.flatMap { cell -> [Cell] in
                if case .object(let members) = cell { return members.map(\.1) }
                return [cell]
            }
        }
        return out
    }

    /// Aligned text for a terminal.
    public func textTable(_ lang: Language) -> [String] {
        let flat = self   // nested counts read better in one column on a screen
        var table = TextTable(header: flat.columns.map(\.label))
        for (i, cell) in (flat.rows.first ?? []).enumerated() {
            switch cell {
            case .number, .integer: table.rightAligned.insert(i)
            default: break
            }
        }
        for row in flat.rows { table.add(row.map { Self.display($0, lang) }) }
        return table.render()
    }

    static func display(_ cell: Cell, _ lang: Language) -> String {
        switch cell {
        case .text(let s), .labelled(_, let s): return s
        case .number(let d): return NumberText.display(d, lang)
        case .integer(let i): return "\(i)"
        case .bool(let b): return b ? lang.pick("ya", "yes") : lang.pick("tidak", "no")
        case .empty: return "–"
        case .object(let m): return m.map { "\($0.0)=\(display($0.1, lang))" }.joined(separator: " ")
        }
    }
}
