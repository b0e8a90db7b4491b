import Foundation
import PKRICore
import ZIPFoundation

/// Writes a ``Tabular`` as an Office Open XML workbook (`.xlsx`) with one
/// sheet: what `results`, `aggregate` and `rank` give with `--format xlsx`.
///
/// ```swift
/// try XLSXWriter.write(table, to: "hasil.xlsx")
/// ```
///
/// The sheet holds the flattened table (an object cell such as the counts
/// per band becomes one column per key). Numbers are numbers (decimals with
/// two places shown), yes/no are booleans, an empty cell is left out. Text
/// goes in as shared strings, which a spreadsheet never evaluates; text that
/// could be a formula is still prefixed with `'` (``FormulaGuard``), as in
/// CSV, so it stays inert when copied into a formula bar.
/// The header row is bold and frozen; columns are as wide as their content.
///
/// The same table gives the same bytes: entries in a fixed order, every
/// timestamp 1980-01-01 00:00.
public struct XLSXWriter: Sendable {
    /// What the header row shows: column ids (as CSV and JSON) or labels.
    public enum Header: Sendable { case ids, labels }

    public var header: Header
    /// The sheet's name; by default the table's format without its version
    /// (`pkri-results`).
    public var sheetName: String?

    public init(header: Header = .ids, sheetName: String? = nil) {
        self.header = header
        self.sheetName = sheetName
    }

    /// Writes the workbook to `path` (replacing a file there).
    public static func write(_ table: Tabular, to path: String) throws {
        try XLSXWriter().write(table, to: path)
    }

    public func write(_ table: Tabular, to path: String) throws {
        try data(table).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// The workbook's bytes.
    public func data(_ table: Tabular) throws -> Data {
        let flat = table.flattened()
        var strings = SharedStrings()
        let sheet = sheetXML(flat, strings: &strings)
        let name = Self.sheetName(sheetName ?? String(flat.format.prefix { $0 != "/" }))
        let parts: [(String, String)] = [
            ("[Content_Types].xml", Self.contentTypes),
            ("_rels/.rels", Self.rootRelationships),
            ("xl/workbook.xml", Self.workbook(sheetName: name)),
            ("xl/_rels/workbook.xml.rels", Self.workbookRelationships),
            ("xl/styles.xml", Self.styles),
            ("xl/sharedStrings.xml", strings.xml),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: Self.fixedDate, compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw XLSXError.noData }
        return data
    }

    /// 1980-01-01 00:00 UTC, the earliest time a zip entry can carry.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    /// Style indexes in `styles.xml`.
    enum Style: Int { case plain = 0, header = 1, decimal = 2 }

    private func sheetXML(_ table: Tabular, strings: inout SharedStrings) -> String {
        var widths = table.columns.map { Self.width(header == .ids ? $0.id : $0.label) }
        var rows = "<row r=\"1\">"
        for (c, column) in table.columns.enumerated() {
            rows += Self.textCell(Self.reference(c, 1), header == .ids ? column.id : column.label,
                                  style: .header, strings: &strings)
        }
        rows += "</row>"
        for (r, row) in table.rows.enumerated() {
            let line = r + 2
            rows += "<row r=\"\(line)\">"
            for (c, cell) in row.enumerated() {
                let ref = Self.reference(c, line)
                switch cell {
                case .text(let s), .labelled(let s, _):
                    rows += Self.textCell(ref, s, style: .plain, strings: &strings)
                    if c < widths.count { widths[c] = Swift.max(widths[c], Self.width(s)) }
                case .number(let d):
                    let text = DecimalText.format(d)
                    rows += "<c r=\"\(ref)\" s=\"\(Style.decimal.rawValue)\"><v>\(text)</v></c>"
                    if c < widths.count { widths[c] = Swift.max(widths[c], Self.width(text) + 1) }
                case .integer(let i):
                    rows += "<c r=\"\(ref)\"><v>\(i)</v></c>"
                case .bool(let b):
                    rows += "<c r=\"\(ref)\" t=\"b\"><v>\(b ? 1 : 0)</v></c>"
                case .empty, .object:
                    continue
                }
            }
            rows += "</row>"
        }
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            """
        let last = Self.reference(Swift.max(0, table.columns.count - 1), table.rows.count + 1)
        xml += "<dimension ref=\"A1:\(last)\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if !widths.isEmpty {
            xml += "<cols>"
            for (i, w) in widths.enumerated() {
                xml += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(Swift.min(60, w + 2))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>\(rows)</sheetData></worksheet>"
        return xml
    }

    private static func textCell(_ ref: String, _ text: String, style: Style, strings: inout SharedStrings) -> String {
        let index = strings.index(of: FormulaGuard.neutralise(text))
        let s = style == .plain ? "" : " s=\"\(style.rawValue)\""
        return "<c r=\"\(ref)\"\(s) t=\"s\"><v>\(index)</v></c>"
    }

    /// Characters shown, as a column width (Excel's unit is about one digit).
    static func width(_ text: String) -> Int { Swift.max(8, text.count) }

    /// `A1`-style reference of a zero-based column and one-based row.
    static func reference(_ column: Int, _ row: Int) -> String {
        var letters = "", n = column + 1
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return "\(letters)\(row)"
    }

    /// A valid sheet name: no `\ / ? * [ ] :`, at most 31 characters, not empty.
    static func sheetName(_ name: String) -> String {
        let cleaned = String(name.map { "\\/?*[]:".contains($0) ? "-" : $0 }.prefix(31))
        return cleaned.isEmpty ? "Sheet1" : cleaned
    }
}

/// Why a workbook could not be made.
public enum XLSXError: Error, Sendable {
    /// The zip library produced no bytes.
    case noData
}

/// The workbook's shared-string table: each distinct text once, by first use.
struct SharedStrings {
    private var indexes: [String: Int] = [:]
    private var ordered: [String] = []
    private var uses = 0

    mutating func index(of text: String) -> Int {
        uses += 1
        if let i = indexes[text] { return i }
        indexes[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    var xml: String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\(uses)" uniqueCount="\(ordered.count)">
            """
        for s in ordered {
            let space = s.first?.isWhitespace == true || s.last?.isWhitespace == true ? " xml:space=\"preserve\"" : ""
            out += "<si><t\(space)>\(Self.escape(s))</t></si>"
        }
        return out + "</sst>"
    }

    /// XML text, with what XML 1.0 cannot hold written the OOXML way
    /// (`_x0001_`), and a literal `_xHHHH_` kept literal (`_x005F_xHHHH_`).
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        let scalars = Array(s.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\t", "\n", "\r": out.unicodeScalars.append(c)
            case "_" where looksEscaped(scalars, at: i): out += "_x005F_"
            default:
                if c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF {
                    let hex = String(c.value, radix: 16, uppercase: true)
                    out += "_x" + String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex + "_"
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out
    }

    /// `_xHHHH_` starts at `i`.
    private static func looksEscaped(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < s.count, s[i + 1] == "x", s[i + 6] == "_" else { return false }
        return s[(i + 2)...(i + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}

extension XLSXWriter {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
        </Types>
        """

    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    static func workbook(sheetName: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="\(SharedStrings.escape(sheetName).replacingOccurrences(of: "\"", with: "&quot;"))" sheetId="1" r:id="rId1"/></sheets>\
        </workbook>
        """
    }

    static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
        </Relationships>
        """

    /// Cell formats: 0 plain, 1 bold (header), 2 two decimals (built-in format 2, `0.00`).
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="3">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
