import ArgumentParser
import Foundation
import PKRICore

/// `--format table|json|csv`, `--json`, `-o FILE`, and the CSV choices
/// Indonesian spreadsheets need; shared by every listing command.
struct OutputOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @Option(help: "Bentuk keluaran: table, json (JSON Lines), csv.") var format: Format = .table
    @Flag(help: "Sama dengan --format json.") var json = false
    @Option(name: [.customShort("o"), .long], help: "Tulis ke berkas ini, bukan ke layar.") var output: String?
    @Option(help: "Pemisah CSV: ',' atau ';' (dengan ';' angka memakai koma desimal, seperti Excel berbahasa Indonesia).")
    var delimiter: String = ","
    @Flag(help: "Awali CSV dengan BOM UTF-8 agar Excel membacanya sebagai UTF-8.") var bom = false

    var effectiveFormat: Format { json ? .json : format }

    func validate() throws {
        guard delimiter == "," || delimiter == ";" else { throw ValidationError("--delimiter harus ',' atau ';'") }
    }

    /// Writes the table in the chosen format to the screen or the file.
    func emit(_ table: Tabular, language: Language) throws {
        let text: String
        switch effectiveFormat {
        case .table: text = table.textTable(language).joined(separator: "\n") + "\n"
        case .json: text = table.jsonLines().map { $0 + "\n" }.joined()
        case .csv: text = CSVWriter(delimiter: Character(delimiter), byteOrderMark: bom).write(table)
        }
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
