import Foundation

/// Reads comma-separated values (RFC 4180) as spreadsheets write them:
/// UTF-8 with or without a byte order mark, CRLF or LF, `,` or `;` between
/// fields, quoted fields holding delimiters, doubled quotes and line breaks.
///
/// ```swift
/// let table = try CSVReader(language: .en).read(Array("id;name\r\nx;\"A; B\"\r\n".utf8), file: "a.csv")
/// table.delimiter              // .semicolon
/// table.rows[1].fields[1].value  // "A; B"
/// table.rows[1].fields[1].column // 3
/// ```
///
/// Hand-written rather than taken from a package on purpose: every field
/// carries its own line and column (a cell, not just a row, is what a person
/// fixes in a spreadsheet), and the delimiter is detected from the header
/// line outside quotes, since Excel writes `;` under Indonesian regional
/// settings. Columns count characters (Unicode scalars) from 1; a byte order
/// mark is not counted.
///
/// ## Topics
/// - ``read(contentsOf:)``
/// - ``read(_:file:)``
/// - ``Table``
public struct CSVReader: Sendable {
    /// The character between fields.
    public enum Delimiter: UInt8, Sendable {
        case comma = 0x2C, semicolon = 0x3B
    }

    /// One cell, with where it starts (its opening quote, if quoted).
    public struct Field: Hashable, Sendable {
        public var value: String
        public var line: Int
        public var column: Int

        public init(_ value: String, line: Int, column: Int) {
            self.value = value
            self.line = line
            self.column = column
        }
    }

    /// One record; it may span several lines when a quoted field holds a line break.
    public struct Row: Hashable, Sendable {
        public var fields: [Field]
        /// The line the record starts on.
        public var line: Int
    }

    /// Every non-blank record in file order; the first is the header.
    public struct Table: Sendable {
        public var delimiter: Delimiter
        public var rows: [Row]
    }

    /// Bounds that keep a wrong or hostile file from exhausting memory.
    public struct Limits: Sendable {
        /// Bytes in one record (a line, or several when a quoted field spans lines).
        public var maxRowBytes: Int
        public var maxColumns: Int
        public var maxFileBytes: Int

        public init(maxRowBytes: Int = 1 << 20, maxColumns: Int = 1_000, maxFileBytes: Int = 64 << 20) {
            self.maxRowBytes = maxRowBytes
            self.maxColumns = maxColumns
            self.maxFileBytes = maxFileBytes
        }

        public static let standard = Limits()
    }

    public var language: Language
    public var limits: Limits

    public init(language: Language = .id, limits: Limits = .standard) {
        self.language = language
        self.limits = limits
    }

    /// Reads a file whole, refusing one over ``Limits/maxFileBytes``.
    public func read(contentsOf path: String) throws(DocumentError) -> Table {
        try read(try readBytes(path), file: path)
    }

    /// The bytes of a file, refusing one over the size limit before reading it.
    public func readBytes(_ path: String) throws(DocumentError) -> [UInt8] {
        let start = SourceLocation(file: path, line: 1)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        guard let size else {
            throw DocumentError(start, language.pick("berkas tidak dapat dibaca (tidak ada atau tanpa izin)",
                                                     "cannot read the file (missing or not permitted)"))
        }
        guard size <= limits.maxFileBytes else {
            throw DocumentError(start, language.pick(
                "berkas berukuran \(size) bita, melebihi batas \(limits.maxFileBytes) bita",
                "the file is \(size) bytes, over the limit of \(limits.maxFileBytes) bytes"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentError(start, language.pick("berkas tidak dapat dibaca", "cannot read the file"))
        }
        return [UInt8](data)
    }

    /// Reads CSV bytes; `file` names them in messages. Throws the first
    /// structural error, located.
    public func read(_ bytes: [UInt8], file: String) throws(DocumentError) -> Table {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw DocumentError(SourceLocation(file: file, line: 1, column: 1), language.pick(
                "berkas ini UTF-16; simpan ulang sebagai 'CSV UTF-8'",
                "the file is UTF-16; save it again as 'CSV UTF-8'"))
        }
        try checkText(bytes, from: start, file: file)
        var scanner = Scanner(bytes: bytes, start: start, file: file, limits: limits, language: language)
        let delimiter = Self.detectDelimiter(bytes, from: start)
        return Table(delimiter: delimiter, rows: try scanner.rows(delimiter: delimiter.rawValue))
    }

    /// `;` when the header line (outside quotes) has more semicolons than commas.
    static func detectDelimiter(_ bytes: [UInt8], from start: Int) -> Delimiter {
        var commas = 0, semicolons = 0, quoted = false
        for b in bytes[start...] {
            if b == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if quoted { continue }
            if b == 0x0A || b == 0x0D { break }
            if b == Delimiter.comma.rawValue { commas += 1 }
            if b == Delimiter.semicolon.rawValue { semicolons += 1 }
        }
        return semicolons > commas ? .semicolon : .comma
    }
}

extension CSVReader {
    /// The state of one pass over the bytes: where it is, by offset and by
    /// line and column.
    private struct Scanner {
        let bytes: [UInt8]
        let file: String
        let limits: Limits
        let language: Language
        var i: Int
        var line = 1
        var column = 1

        static let quote = UInt8(ascii: "\""), lf: UInt8 = 0x0A, cr: UInt8 = 0x0D

        init(bytes: [UInt8], start: Int, file: String, limits: Limits, language: Language) {
            self.bytes = bytes
            self.i = start
            self.file = file
            self.limits = limits
            self.language = language
        }

        private func location(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(file: file, line: line, column: column)
        }

        /// Moves past one byte, counting a column for each character start.
        private mutating func advance() {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }

        /// Moves past a line break (LF, CRLF or CR) at `i`; false if there is none.
        private mutating func consumeNewline() -> Bool {
            guard i < bytes.count else { return false }
            if bytes[i] == Self.lf { i += 1 } else if bytes[i] == Self.cr {
                i += 1
                if i < bytes.count, bytes[i] == Self.lf { i += 1 }
            } else {
                return false
            }
            line += 1
            column = 1
            return true
        }

        private func atNewline() -> Bool { i < bytes.count && (bytes[i] == Self.lf || bytes[i] == Self.cr) }

        mutating func rows(delimiter: UInt8) throws(DocumentError) -> [Row] {
            var rows: [Row] = []
            while i < bytes.count {
                // A blank line is no record.
                if consumeNewline() { continue }
                rows.append(try row(delimiter: delimiter))
            }
            return rows
        }

        private mutating func row(delimiter: UInt8) throws(DocumentError) -> Row {
            let rowStart = i, rowLine = line
            var fields: [Field] = []
            while true {
                if fields.count == limits.maxColumns {
                    throw DocumentError(location(line, column), language.pick(
                        "baris ini punya lebih dari \(limits.maxColumns) kolom (batas)",
                        "the row has more than \(limits.maxColumns) columns (the limit)"))
                }
                fields.append(try field(delimiter: delimiter, rowStart: rowStart, rowLine: rowLine))
                if i < bytes.count, bytes[i] == delimiter { advance(); continue }
                _ = consumeNewline()
                return Row(fields: fields, line: rowLine)
            }
        }

        private mutating func checkRowLength(_ rowStart: Int, _ rowLine: Int) throws(DocumentError) {
            guard i - rowStart > limits.maxRowBytes else { return }
            throw DocumentError(location(rowLine, 1), language.pick(
                "baris lebih panjang dari \(limits.maxRowBytes) bita (batas)",
                "the row is longer than \(limits.maxRowBytes) bytes (the limit)"))
        }

        private mutating func field(delimiter: UInt8, rowStart: Int, rowLine: Int) throws(DocumentError) -> Field {
            let fieldLine = line, fieldColumn = column
            var value: [UInt8] = []
            guard i < bytes.count, bytes[i] == Self.quote else {
                // Unquoted: up to the delimiter or the end of the line.
                while i < bytes.count, bytes[i] != delimiter, !atNewline() {
                    if bytes[i] == Self.quote {
                        throw DocumentError(location(line, column), language.pick(
                            "tanda kutip di dalam kolom tanpa kutip; apit seluruh kolom dengan tanda kutip dan gandakan tanda kutip di dalamnya (\"\")",
                            "a quote inside an unquoted field; enclose the whole field in quotes and double each quote inside it (\"\")"))
                    }
                    value.append(bytes[i])
                    advance()
                    try checkRowLength(rowStart, rowLine)
                }
                return Field(String(decoding: value, as: UTF8.self), line: fieldLine, column: fieldColumn)
            }
            advance()
            while true {
                guard i < bytes.count else {
                    throw DocumentError(location(fieldLine, fieldColumn), language.pick(
                        "tanda kutip pembuka ini tidak pernah ditutup sampai akhir berkas",
                        "the quote opened here is never closed before the end of the file"))
                }
                if i - rowStart > limits.maxRowBytes {
                    throw DocumentError(location(fieldLine, fieldColumn), language.pick(
                        "kolom berkutip ini lebih panjang dari \(limits.maxRowBytes) bita; apakah tanda kutip penutupnya hilang?",
                        "this quoted field is longer than \(limits.maxRowBytes) bytes; is its closing quote missing?"))
                }
                let b = bytes[i]
                if b == Self.quote {
                    if i + 1 < bytes.count, bytes[i + 1] == Self.quote {
                        value.append(Self.quote)
                        advance(); advance()
                        continue
                    }
                    advance()
                    break
                }
                if b == Self.lf || b == Self.cr {
                    // A line break inside a cell is kept as LF whatever the file uses.
                    value.append(Self.lf)
                    _ = consumeNewline()
                    continue
                }
                value.append(b)
                advance()
            }
            if i < bytes.count, bytes[i] != delimiter, !atNewline() {
                let found = String(decoding: [bytes[i]], as: UTF8.self)
                let shown = bytes[i] < 0x80 ? "'\(found)'" : language.pick("sebuah karakter", "a character")
                throw DocumentError(location(line, column), language.pick(
                    "\(shown) setelah tanda kutip penutup; kolom berkutip harus diakhiri pemisah atau akhir baris",
                    "\(shown) after the closing quote; a quoted field must end at a delimiter or the end of the line"))
            }
            return Field(String(decoding: value, as: UTF8.self), line: fieldLine, column: fieldColumn)
        }
    }
}
