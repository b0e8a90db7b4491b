import Foundation
import PKRICore
@testable import PKRIExport
import Testing

/// Spreadsheet output read back by a real reader: Python's `openpyxl` for
/// XLSX, Python's `csv` module for CSV. What an Indonesian office opens
/// must hold numbers as numbers and never run a formula from user text.
/// Without python3 the tests fail (scripts/setup installs it with openpyxl).
@Suite
struct XLSXWriterTests {
    /// Results-like rows with every kind of cell, and text a spreadsheet
    /// could take for a formula.
    static var table: Tabular {
        var t = Tabular(format: "pkri-results/1", columns: [
            .init("subject", "subjek"), .init("value", "nilai"), .init("assessors", "penilai"),
            .init("disagreement", "tinjau"), .init("note", "catatan"), .init("bands", "predikat"),
        ])
        let bands = { (a: Int, b: Int) in Tabular.Cell.object([("tinggi", .integer(a)), ("rendah", .integer(b))]) }
        t.add([.text("INOV-2019-0042"), .number(Decimal(string: "77.78")!), .integer(3), .bool(true), .text("=1+1"), bands(2, 0)])
        t.add([.text("INOV-2020-0011"), .empty, .integer(0), .bool(false), .text("+62 812 555"), bands(0, 1)])
        t.add([.text("@SUM(A1)"), .number(Decimal(string: "-3.5")!), .integer(12), .bool(false), .text("-5"), bands(1, 1)])
        t.add([.text("Dinas <Kesehatan> & \"Sosial\"; Kota"), .number(0), .integer(1), .bool(true),
               .text("baris\ndua, dan ; titik koma"), bands(0, 0)])
        t.add([.text("  spasi  "), .number(Decimal(string: "1234567.25")!), .integer(-4), .bool(false),
               .text("_x0041_ literal, kontrol \u{1} — Banda Aceh ñ"), bands(0, 0)])
        return t
    }

    static func write(_ table: Tabular = table, header: XLSXWriter.Header = .ids) throws -> String {
        let path = NSTemporaryDirectory() + "pkri-xlsx-\(UUID().uuidString).xlsx"
        try XLSXWriter(header: header).write(table, to: path)
        return path
    }

    static let readXLSX = """
        import json, sys
        import openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        ws = wb.active
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                cells[c.coordinate] = {"value": c.value, "type": c.data_type, "python": type(c.value).__name__,
                                       "bold": bool(c.font.b), "format": c.number_format}
        print(json.dumps({"title": ws.title, "sheets": wb.sheetnames, "cells": cells,
                          "max_row": ws.max_row, "max_column": ws.max_column,
                          "widths": {k: v.width for k, v in ws.column_dimensions.items()},
                          "frozen": ws.freeze_panes}))
        """

    static func read(_ path: String) throws -> [String: Any] {
        try Python.ensure("openpyxl")
        let out = try Python.run(Self.readXLSX, [path])
        return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    }

    static func cell(_ book: [String: Any], _ ref: String) -> [String: Any]? {
        (book["cells"] as? [String: Any])?[ref] as? [String: Any]
    }

    @Test func openpyxlReadsValuesWithTheirTypes() throws {
        let book = try Self.read(try Self.write())
        #expect(book["title"] as? String == "pkri-results")
        #expect(book["sheets"] as? [String] == ["pkri-results"])
        #expect(book["max_row"] as? Int == 6)
        #expect(book["max_column"] as? Int == 7)     // the band counts flattened into two columns
        let header = ["subject", "value", "assessors", "disagreement", "note", "bands.tinggi", "bands.rendah"]
        for (i, name) in header.enumerated() {
            let ref = "\(UnicodeScalar(UInt8(65 + i)))1"
            #expect(Self.cell(book, ref)?["value"] as? String == name, "\(ref)")
            #expect(Self.cell(book, ref)?["bold"] as? Bool == true, "\(ref) is not bold")
        }
        #expect(Self.cell(book, "A2")?["value"] as? String == "INOV-2019-0042")
        #expect(Self.cell(book, "B2")?["python"] as? String == "float")
        #expect(Self.cell(book, "B2")?["value"] as? Double == 77.78)
        #expect(Self.cell(book, "B2")?["format"] as? String == "0.00")
        #expect(Self.cell(book, "C2")?["python"] as? String == "int")
        #expect(Self.cell(book, "C2")?["value"] as? Int == 3)
        #expect(Self.cell(book, "D2")?["python"] as? String == "bool")
        #expect(Self.cell(book, "D2")?["value"] as? Bool == true)
        #expect(Self.cell(book, "F2")?["value"] as? Int == 2)
        #expect(Self.cell(book, "G3")?["value"] as? Int == 1)
        #expect(Self.cell(book, "B3") == nil)                     // empty stays empty, not 0 or ""
        #expect(Self.cell(book, "B4")?["value"] as? Double == -3.5)
        #expect(Self.cell(book, "C6")?["value"] as? Int == -4)
        #expect(Self.cell(book, "B6")?["value"] as? Double == 1234567.25)
        #expect(Self.cell(book, "A5")?["value"] as? String == "Dinas <Kesehatan> & \"Sosial\"; Kota")
        #expect(Self.cell(book, "E5")?["value"] as? String == "baris\ndua, dan ; titik koma")
        #expect(Self.cell(book, "A6")?["value"] as? String == "  spasi  ")
        // A literal "_x0041_" survives; the control character, which XML cannot hold, is written the
        // OOXML way (_x0001_): Excel decodes it, openpyxl leaves it as is; either way the file parses.
        let e6 = Self.cell(book, "E6")?["value"] as? String
        #expect(["_x0041_ literal, kontrol \u{1} — Banda Aceh ñ", "_x0041_ literal, kontrol _x0001_ — Banda Aceh ñ"]
            .contains(e6 ?? ""), "\(e6 ?? "nil")")
        #expect(book["frozen"] as? String == "A2")
        let widths = book["widths"] as? [String: Double] ?? [:]
        #expect((widths["A"] ?? 0) >= Double("Dinas <Kesehatan> & \"Sosial\"; Kota".count))
        #expect((widths["C"] ?? 0) >= 8)
    }

    @Test func formulaLikeTextIsStoredAsTextNeverAsAFormula() throws {
        let book = try Self.read(try Self.write())
        for (ref, text) in [("E2", "'=1+1"), ("E3", "'+62 812 555"), ("A4", "'@SUM(A1)")] {
            #expect(Self.cell(book, ref)?["type"] as? String == "s", "\(ref) is not a string cell")
            #expect(Self.cell(book, ref)?["value"] as? String == text, "\(ref)")
        }
        // A negative number given as text cannot be a formula: kept as written, still text.
        #expect(Self.cell(book, "E4")?["type"] as? String == "s")
        #expect(Self.cell(book, "E4")?["value"] as? String == "-5")
        let cells = book["cells"] as? [String: [String: Any]] ?? [:]
        #expect(cells.values.allSatisfy { $0["type"] as? String != "f" })
        // No formula element anywhere in the sheet.
        let sheet = try Python.run("""
            import sys, zipfile
            print(zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode())
            """, [try Self.write()])
        #expect(!sheet.contains("<f>") && !sheet.contains("<f "))
        #expect(sheet.contains("<v>77.78</v>"))                   // the number itself, not text
    }

    @Test func labelsCanHeadTheColumns() throws {
        let book = try Self.read(try Self.write(header: .labels))
        #expect(Self.cell(book, "A1")?["value"] as? String == "subjek")
        #expect(Self.cell(book, "F1")?["value"] as? String == "predikat: tinggi")
    }

    @Test func sameTableGivesTheSameBytes() throws {
        let first = try XLSXWriter().data(Self.table)
        let second = try XLSXWriter().data(Self.table)
        #expect(first == second)
        let dates = try Python.run("""
            import sys, zipfile
            print(sorted({i.date_time for i in zipfile.ZipFile(sys.argv[1]).infolist()}))
            """, [try Self.write()])
        #expect(dates.trimmingCharacters(in: .whitespacesAndNewlines) == "[(1980, 1, 1, 0, 0, 0)]")
    }

    @Test func anEmptyTableIsStillAWorkbook() throws {
        let empty = Tabular(format: "pkri-rank/1", columns: [.init("group", "kelompok"), .init("rank", "peringkat")])
        let book = try Self.read(try Self.write(empty))
        #expect(book["title"] as? String == "pkri-rank")
        #expect(book["max_row"] as? Int == 1)
        #expect(Self.cell(book, "B1")?["value"] as? String == "rank")
    }

    // MARK: - CSV, read back by Python's csv module

    static let readCSV = """
        import csv, io, json, sys
        raw = open(sys.argv[1], "rb").read()
        text = raw.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sys.argv[2]))
        print(json.dumps({"bom": raw.startswith(b"\\xef\\xbb\\xbf"), "rows": rows}))
        """

    static func csvRows(delimiter: Character, bom: Bool) throws -> (bom: Bool, rows: [[String]]) {
        let path = NSTemporaryDirectory() + "pkri-csv-\(UUID().uuidString).csv"
        try Data(CSVWriter(delimiter: delimiter, byteOrderMark: bom).write(Self.table).utf8).write(to: URL(fileURLWithPath: path))
        let out = try Python.run(Self.readCSV, [path, String(delimiter)])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        return (json["bom"] as? Bool ?? false, json["rows"] as? [[String]] ?? [])
    }

    @Test func csvWithSemicolonsUsesDecimalCommasAndABOM() throws {
        let (bom, rows) = try Self.csvRows(delimiter: ";", bom: true)
        #expect(bom)
        #expect(rows.first == ["subject", "value", "assessors", "disagreement", "note", "bands.tinggi", "bands.rendah"])
        #expect(rows.count == 6)
        #expect(rows[1] == ["INOV-2019-0042", "77,78", "3", "true", "'=1+1", "2", "0"])
        #expect(rows[2] == ["INOV-2020-0011", "", "0", "false", "'+62 812 555", "0", "1"])
        #expect(rows[3] == ["'@SUM(A1)", "-3,5", "12", "false", "-5", "1", "1"])
        #expect(rows[4] == ["Dinas <Kesehatan> & \"Sosial\"; Kota", "0", "1", "true", "baris\ndua, dan ; titik koma", "0", "0"])
        #expect(rows[5].prefix(2) == ["  spasi  ", "1234567,25"])
    }

    @Test func csvWithCommasKeepsDecimalPoints() throws {
        let (bom, rows) = try Self.csvRows(delimiter: ",", bom: false)
        #expect(!bom)
        #expect(rows[1] == ["INOV-2019-0042", "77.78", "3", "true", "'=1+1", "2", "0"])
        #expect(rows[3][1] == "-3.5")
        #expect(rows[4][4] == "baris\ndua, dan ; titik koma")
    }
}

/// Runs Python scripts for the read-back tests.
enum Python {
    static let path: String? = {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return dirs.map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `script` with `arguments`; its standard output, or an error with its standard error.
    static func run(_ script: String, _ arguments: [String]) throws -> String {
        guard let path else { throw Failed(description: "python3 is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(description: "python3 failed: " + String(decoding: errData, as: UTF8.self))
        }
        return String(decoding: outData, as: UTF8.self)
    }

    /// Installs a module with pip when it is missing (scripts/setup does it on a fresh machine).
    static func ensure(_ module: String) throws {
        if (try? run("import \(module)", [])) != nil { return }
        _ = try run("import subprocess, sys; subprocess.check_call([sys.executable, '-m', 'pip', 'install', '--quiet', '\(module)'])", [])
        _ = try run("import \(module)", [])
    }
}
