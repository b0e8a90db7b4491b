import ArgumentParser
import Foundation
import PKRICore
import PKRIExport

/// `--format table|json|csv|xlsx`, `--json`, `-o FILE`, and the CSV choices
/// Indonesian spreadsheets need; shared by every listing command.
struct OutputOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv, xlsx }

    @Option(help: .text("Bentuk keluaran: table, json (JSON Lines), csv, xlsx (perlu -o BERKAS).", "Output format: table, json (JSON Lines), csv, xlsx (needs -o FILE).")) var format: Format = .table
    @Flag(help: .text("Sama dengan --format json.", "Same as --format json.")) var json = false
    @Option(name: [.customShort("o"), .long], help: .text("Tulis ke berkas ini, bukan ke layar (diganti utuh, tidak pernah setengah tertulis).", "Write to this file instead of the screen (replaced whole, never half-written)."))
    var output: String?
    @Option(help: .text("Pemisah CSV: ',' atau ';' (dengan ';' angka memakai koma desimal, seperti Excel berbahasa Indonesia).", "CSV delimiter: ',' or ';' (with ';' numbers use a decimal comma, as Indonesian-language Excel does)."))
    var delimiter: String = ","
    @Flag(help: .text("Awali CSV dengan BOM UTF-8 agar Excel membacanya sebagai UTF-8.", "Start CSV with a UTF-8 BOM so that Excel reads it as UTF-8.")) var bom = false

    var effectiveFormat: Format { json ? .json : format }

    func validate() throws {
        guard delimiter == "," || delimiter == ";" else { throw ValidationError("--delimiter harus ',' atau ';'") }
    }

    /// The checks that need the language of the messages; each command's
    /// `validate()` calls it.
    func validate(_ l: Language) throws {
        if json, format != .table, format != .json {
            throw ValidationError(l.pick("--json dan --format \(format.rawValue) tidak bisa dipakai bersama",
                                         "--json and --format \(format.rawValue) cannot be used together"))
        }
        if effectiveFormat == .xlsx, output == nil {
            throw ValidationError(l.pick("--format xlsx menulis buku kerja (berkas biner), bukan teks ke layar: tambahkan -o BERKAS.xlsx",
                                         "--format xlsx writes a workbook (a binary file), not text to the screen: add -o FILE.xlsx"))
        }
    }

    var csvWriter: CSVWriter { CSVWriter(delimiter: Character(delimiter), byteOrderMark: bom) }

    /// Writes the table in the chosen format to the screen or the file.
    /// `heading`: lines above a screen table (a what-if's mark).
    func emit(_ table: Tabular, language l: Language, heading: [String] = []) throws {
        let data: Data
        switch effectiveFormat {
        case .table: data = Data(((heading + table.textTable(l)).joined(separator: "\n") + "\n").utf8)
        case .json: data = Data(table.jsonLines().map { $0 + "\n" }.joined().utf8)
        case .csv: data = Data(csvWriter.write(table).utf8)
        case .xlsx: data = try XLSXWriter().data(table)
        }
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do throws(OutputFile.Failure) {
            try OutputFile.replace(output, with: data)
        } catch {
            throw fail(error, language: l)
        }
    }

    /// Says `-o FILE` could not be written, and why.
    func fail(_ error: OutputFile.Failure, language l: Language) -> ExitCode {
        Terminal.err("pkri: " + error.message(output ?? "-", l))
        return ExitCode(1)
    }
}
