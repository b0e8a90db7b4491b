import Foundation
import PKRICore
import Testing

/// CSV text with expected positions marked inline: `⟦1⟧` … `⟦9⟧` stand just
/// before the character a field or an error should point at. The markers
/// are removed from ``text``; ``subscript(_:)`` gives where each stood,
/// counting lines at LF and columns in characters after any byte order mark.
///
/// ```swift
/// let csv = MarkedCSV("id,name\n⟦1⟧x,\"A, B\"\n")
/// csv[1]   // (line: 2, column: 1)
/// ```
struct MarkedCSV {
    let text: String
    private var markers: [Int: (line: Int, column: Int)] = [:]

    init(_ marked: String) {
        var out = String.UnicodeScalarView()
        var line = 1, column = 1
        let scalars = Array(marked.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "⟦", i + 2 < scalars.count, scalars[i + 2] == "⟧", let n = Int(String(scalars[i + 1])) {
                precondition(markers[n] == nil, "marker \(n) used twice")
                markers[n] = (line, column)
                i += 3
                continue
            }
            out.append(scalars[i])
            if scalars[i] == "\n" { line += 1; column = 1 } else if scalars[i] == "\r" || (i == 0 && scalars[i] == "\u{FEFF}") {
                // A CR belongs to the line break that follows; a BOM is not counted.
            } else {
                column += 1
            }
            i += 1
        }
        text = String(out)
    }

    var bytes: [UInt8] { Array(text.utf8) }

    func location(_ n: Int, file: String) -> PKRICore.SourceLocation {
        guard let p = markers[n] else { preconditionFailure("no marker ⟦\(n)⟧") }
        return PKRICore.SourceLocation(file: file, line: p.line, column: p.column)
    }
}

@Suite("CSV reader")
struct CSVReaderTests {
    static let file = "r.csv"

    func read(_ csv: MarkedCSV, limits: CSVReader.Limits = .standard) throws(DocumentError) -> CSVReader.Table {
        try CSVReader(language: .en, limits: limits).read(csv.bytes, file: Self.file)
    }

    func values(_ table: CSVReader.Table) -> [[String]] { table.rows.map { $0.fields.map(\.value) } }

    /// Reading fails with exactly this message at marker 1.
    func expectError(_ csv: MarkedCSV, _ message: String, limits: CSVReader.Limits = .standard,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        do {
            let table = try read(csv, limits: limits)
            Issue.record("should fail, read \(values(table))", sourceLocation: sourceLocation)
        } catch {
            #expect(error.diagnostics.count == 1, sourceLocation: sourceLocation)
            #expect(error.diagnostics.first?.message == message, sourceLocation: sourceLocation)
            #expect(error.diagnostics.first?.location == csv.location(1, file: Self.file), sourceLocation: sourceLocation)
            #expect(error.diagnostics.first?.severity == .error, sourceLocation: sourceLocation)
        }
    }

    // MARK: - Reading

    @Test func everyFieldHasItsLineAndColumn() throws {
        let csv = MarkedCSV("⟦1⟧id,⟦2⟧name\n⟦3⟧a,⟦4⟧Kota Ké\n⟦5⟧b,⟦6⟧\n")
        let table = try read(csv)
        #expect(table.delimiter == .comma)
        #expect(values(table) == [["id", "name"], ["a", "Kota Ké"], ["b", ""]])
        let fields = table.rows.flatMap(\.fields)
        for (n, field) in zip(1..., fields) {
            #expect(csv.location(n, file: Self.file) == SourceLocation(file: Self.file, line: field.line, column: field.column))
        }
        #expect(table.rows.map(\.line) == [1, 2, 3])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let table = try read(MarkedCSV("é€😀,x\n"))
        #expect(table.rows[0].fields[1].column == 5)
    }

    @Test func crlfAndLfReadAlike() throws {
        let lf = try read(MarkedCSV("id,name\na,\"one\ntwo\"\nb,c\n"))
        let crlf = try read(MarkedCSV("id,name\r\na,\"one\r\ntwo\"\r\nb,c\r\n"))
        #expect(values(crlf) == values(lf))
        try #require(crlf.rows.count == 3)
        #expect(values(crlf)[1][1] == "one\ntwo")
        #expect(crlf.rows.map(\.line) == [1, 2, 4])
    }

    @Test func aLoneCarriageReturnEndsALine() throws {
        let table = try read(MarkedCSV("id,name\ra,b\r"))
        #expect(values(table) == [["id", "name"], ["a", "b"]])
        #expect(table.rows[1].line == 2)
    }

    @Test func byteOrderMarkIsSkippedAndNotCounted() throws {
        let csv = MarkedCSV("\u{FEFF}⟦1⟧id,⟦2⟧name\n")
        let table = try read(csv)
        #expect(values(table) == [["id", "name"]])
        #expect(table.rows[0].fields[1].column == 4)
        #expect(csv.location(2, file: Self.file).column == 4)
    }

    @Test func semicolonsAreDetectedFromTheHeader() throws {
        let table = try read(MarkedCSV("id;name;note\nx;A, B;1,5\n"))
        #expect(table.delimiter == .semicolon)
        #expect(values(table) == [["id", "name", "note"], ["x", "A, B", "1,5"]])
    }

    @Test func delimitersInsideQuotedHeaderNamesDoNotCount() throws {
        let table = try read(MarkedCSV("\"a,b,c\";name\n1;2\n"))
        #expect(table.delimiter == .semicolon)
        #expect(values(table)[0] == ["a,b,c", "name"])
    }

    @Test func aHeaderWithoutDelimitersIsComma() throws {
        let table = try read(MarkedCSV("id\nx;y\n"))
        #expect(table.delimiter == .comma)
        #expect(values(table) == [["id"], ["x;y"]])
    }

    @Test func quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws {
        let csv = MarkedCSV("id,name,note\n⟦1⟧\"a,1\",⟦2⟧\"He said \"\"hi\"\"\",⟦3⟧\"line 1\nline 2\",⟦4⟧\"\"\n⟦5⟧z,⟦6⟧after,⟦7⟧\"\"\"\"\n")
        let table = try read(csv)
        #expect(values(table)[1] == ["a,1", "He said \"hi\"", "line 1\nline 2", ""])
        #expect(values(table)[2] == ["z", "after", "\""])
        let fields = table.rows.dropFirst().flatMap(\.fields)
        for (n, field) in zip(1..., fields) {
            #expect(csv.location(n, file: Self.file) == SourceLocation(file: Self.file, line: field.line, column: field.column))
        }
    }

    @Test func blankLinesAreSkippedAndTheLastLineBreakIsOptional() throws {
        #expect(values(try read(MarkedCSV("id\n\na\n\n\nb"))) == [["id"], ["a"], ["b"]])
        #expect(try read(MarkedCSV("id\n\na\n\n\nb")).rows.map(\.line) == [1, 3, 6])
        #expect(values(try read(MarkedCSV(""))) == [])
    }

    @Test func emptyFieldsAreKept() throws {
        #expect(values(try read(MarkedCSV("a,,b\n,\n"))) == [["a", "", "b"], ["", ""]])
    }

    // MARK: - Errors

    @Test func unbalancedQuoteAtEndOfFile() {
        expectError(MarkedCSV("id,name\nx,⟦1⟧\"never closed\ny,z\n"),
                    "the quote opened here is never closed before the end of the file")
    }

    @Test func textAfterAClosingQuote() {
        expectError(MarkedCSV("id,name\nx,\"quoted\"⟦1⟧ tail\n"),
                    "' ' after the closing quote; a quoted field must end at a delimiter or the end of the line")
    }

    @Test func quoteInsideAnUnquotedField() {
        expectError(MarkedCSV("id,name\nx,Kota ⟦1⟧\"Pahlawan\"\n"),
                    "a quote inside an unquoted field; enclose the whole field in quotes and double each quote inside it (\"\")")
    }

    @Test func rowOverTheLimit() {
        let limits = CSVReader.Limits(maxRowBytes: 16)
        expectError(MarkedCSV("id,name\n⟦1⟧x,\(String(repeating: "a", count: 20))\n"),
                    "the row is longer than 16 bytes (the limit)", limits: limits)
        expectError(MarkedCSV("id,name\nx,⟦1⟧\"\(String(repeating: "a\n", count: 20))\"\n"),
                    "this quoted field is longer than 16 bytes; is its closing quote missing?", limits: limits)
    }

    @Test func rowOfExactlyTheLimitIsRead() throws {
        let table = try read(MarkedCSV("id\n\(String(repeating: "a", count: 16))\n"), limits: .init(maxRowBytes: 16))
        #expect(values(table)[1][0].count == 16)
    }

    @Test func standardLimitsAreOneMebibyteAndAThousandColumns() throws {
        #expect(CSVReader.Limits.standard.maxRowBytes == 1_048_576)
        #expect(CSVReader.Limits.standard.maxColumns == 1_000)
        let wide = Array(repeating: "c", count: 1_001).joined(separator: ",")
        #expect(throws: DocumentError.self) { try read(MarkedCSV(wide)) }
        let long = "id\n" + String(repeating: "a", count: 1_048_577)
        #expect(throws: DocumentError.self) { try read(MarkedCSV(long)) }
    }

    @Test func tooManyColumns() {
        expectError(MarkedCSV("a,b,c\n1,2,3,⟦1⟧4\n"), "the row has more than 3 columns (the limit)",
                    limits: .init(maxColumns: 3))
    }

    @Test func invalidUTF8IsLocated() {
        var bytes = Array("id,name\nx,Kota ".utf8)
        bytes += [0xE9] + Array("\n".utf8)   // Windows-1252 é
        do {
            _ = try CSVReader(language: .en).read(bytes, file: Self.file)
            Issue.record("should fail")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["not valid UTF-8 (byte 0xE9); save the file again as 'CSV UTF-8'"])
            #expect(error.diagnostics.first?.location == SourceLocation(file: Self.file, line: 2, column: 8))
        }
    }

    @Test func utf16IsRefused() {
        do {
            _ = try CSVReader(language: .en).read([0xFF, 0xFE] + Array("i\0d\0".utf8), file: Self.file)
            Issue.record("should fail")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["the file is UTF-16; save it again as 'CSV UTF-8'"])
            #expect(error.diagnostics.first?.location == SourceLocation(file: Self.file, line: 1, column: 1))
        }
    }

    @Test func fileOverTheSizeLimitIsNotRead() throws {
        let path = NSTemporaryDirectory() + "pkri-csv-\(UUID().uuidString).csv"
        try Data("id,name\nx,y\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = CSVReader(language: .en, limits: .init(maxFileBytes: 8))
        #expect(throws: DocumentError.self) { try reader.read(contentsOf: path) }
        #expect(try CSVReader(language: .en).read(contentsOf: path).rows.count == 2)
    }

    @Test func messagesAreIndonesianByDefault() {
        do {
            _ = try CSVReader().read(Array("id\n\"x".utf8), file: Self.file)
            Issue.record("should fail")
        } catch {
            #expect(error.diagnostics.first?.message == "tanda kutip pembuka ini tidak pernah ditutup sampai akhir berkas")
        }
    }
}
