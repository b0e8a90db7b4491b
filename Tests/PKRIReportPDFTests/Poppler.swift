import Foundation

/// The poppler-utils command-line tools the tests read PDFs with
/// (`scripts/setup` installs them). A missing tool fails the test that
/// needs it: what it would check is not checked.
enum Poppler {
    static func tool(_ name: String) throws -> String {
        for dir in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw Missing(tool: name)
    }

    struct Missing: Error, CustomStringConvertible {
        var tool: String
        var description: String { "\(tool) (poppler-utils) is not installed: run scripts/setup" }
    }

    /// `pdftotext -layout` of one page (1-based).
    static func text(of pdf: String, page: Int) throws -> String {
        String(decoding: try run("pdftotext", ["-layout", "-f", "\(page)", "-l", "\(page)", pdf, "-"]), as: UTF8.self)
    }

    /// The number of pages, from the form feeds `pdftotext` ends pages with.
    static func pageCount(of pdf: String) throws -> Int {
        try run("pdftotext", [pdf, "-"]).filter { $0 == 0x0C }.count
    }

    /// Page 1 at `dpi` as a binary PGM (`pdftoppm -gray`).
    static func grayImage(of pdf: String, dpi: Int) throws -> [UInt8] {
        try run("pdftoppm", ["-r", "\(dpi)", "-gray", "-f", "1", "-l", "1", pdf])
    }

    static func run(_ name: String, _ arguments: [String]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try tool(name))
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PopplerFailed(tool: name, status: process.terminationStatus) }
        return [UInt8](data)
    }

    struct PopplerFailed: Error { var tool: String; var status: Int32 }
}
