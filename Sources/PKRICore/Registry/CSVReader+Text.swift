extension CSVReader {
    /// Refuses bytes that are no spreadsheet text, at the first of them: a
    /// UTF-16 file without a byte order mark, bytes that are not UTF-8, and
    /// control characters other than tab, CR and LF. A NUL is valid UTF-8,
    /// but it shows a UTF-16 file or a binary (an .xlsx renamed .csv), and
    /// it cuts a name short wherever C reads it (SQLite's C API, Pango).
    func checkText(_ bytes: [UInt8], from start: Int, file: String) throws(DocumentError) {
        if bytes.count >= start + 2, bytes[start] == 0 || bytes[start + 1] == 0 {
            throw DocumentError(SourceLocation(file: file, line: 1, column: 1), language.pick(
                "berkas ini tampaknya UTF-16 (tanpa penanda urutan bita); simpan ulang sebagai 'CSV UTF-8'",
                "the file looks like UTF-16 (without a byte order mark); save it again as 'CSV UTF-8'"))
        }
        let control = bytes[start...].firstIndex { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        let invalid = String(validating: bytes[start...], as: UTF8.self) == nil ? Self.firstInvalidUTF8(bytes, from: start) : nil
        guard let offset = [control, invalid].compactMap({ $0 }).min() else { return }
        let (line, column) = Self.position(of: offset, in: bytes, from: start)
        let at = SourceLocation(file: file, line: line, column: column)
        let byte = Self.hex(bytes[offset])
        if offset == control {
            throw DocumentError(at, language.pick(
                "karakter kendali (bita 0x\(byte)) tidak boleh ada dalam berkas CSV; simpan ulang berkas sebagai 'CSV UTF-8'",
                "a control character (byte 0x\(byte)) is not allowed in a CSV file; save the file again as 'CSV UTF-8'"))
        }
        throw DocumentError(at, language.pick(
            "bukan UTF-8 yang sah (bita 0x\(byte)); simpan ulang berkas sebagai 'CSV UTF-8'",
            "not valid UTF-8 (byte 0x\(byte)); save the file again as 'CSV UTF-8'"))
    }

    /// Offset of the first byte that does not decode as UTF-8.
    private static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int? {
        var iterator = bytes[start...].makeIterator()
        var codec = UTF8()
        var offset = start
        while true {
            switch codec.decode(&iterator) {
            case .emptyInput: return nil
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .error: return offset
            }
        }
    }

    /// Line and column of `offset`, counted as the scanner counts them: a
    /// line ends at LF, CRLF or a lone CR; a column is a character.
    private static func position(of offset: Int, in bytes: [UInt8], from start: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for i in start..<offset {
            let b = bytes[i]
            if b == 0x0A || (b == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if b != 0x0D, b & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    private static func hex(_ byte: UInt8) -> String {
        (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
    }
}
