import ArgumentParser
import Foundation
import PKRICore

/// Where a listing's rows go as they are produced. JSON Lines and CSV are
/// written a row at a time (buffered), so a national listing of 100,000
/// subjects never sits in memory whole; a screen table (its column widths)
/// and XLSX need every row and are written at the end. With `-o` the rows go
/// to a temporary file that `finish()` puts in place: the target is never
/// left half-written.
final class RowSink {
    private var table: Tabular
    private let options: OutputOptions
    private let language: Language
    private let streams: Bool
    private var file: OutputFile.Writer?
    private var buffer = Data()
    private var failure: OutputFile.Failure?

    /// Lines above a screen table (``OutputOptions/emit(_:language:heading:)``).
    private let heading: [String]

    init(_ table: Tabular, options: OutputOptions, language: Language, heading: [String] = []) throws {
        self.table = table
        self.heading = heading
        self.options = options
        self.language = language
        streams = options.effectiveFormat == .json || options.effectiveFormat == .csv
        guard streams else { return }
        if let output = options.output {
            do throws(OutputFile.Failure) { file = try OutputFile.Writer(output) } catch { throw fail(error) }
        }
        if options.effectiveFormat == .csv { buffer.append(contentsOf: options.csvWriter.header(table.columns).utf8) }
    }

    /// Never throws: it runs inside a workspace read, which would take any
    /// error for a database one. A write failure is kept for ``finish()``.
    func add(_ row: [Tabular.Cell]) {
        guard streams else { return table.add(row) }
        guard failure == nil else { return }
        switch options.effectiveFormat {
        case .csv: buffer.append(contentsOf: options.csvWriter.line(row).utf8)
        default:
            buffer.append(contentsOf: table.jsonLine(row).utf8)
            buffer.append(UInt8(ascii: "\n"))
        }
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes what is left and, with `-o`, puts the file in place.
    func finish() throws {
        guard streams else { return try options.emit(table, language: language, heading: heading) }
        flush()
        if let failure { throw fail(failure) }
        do throws(OutputFile.Failure) { try file?.commit() } catch { throw fail(error) }
    }

    private func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard let file else { return FileHandle.standardOutput.write(buffer) }
        do throws(OutputFile.Failure) { try file.write(buffer) } catch { failure = error }
    }

    private func fail(_ error: OutputFile.Failure) -> ExitCode { options.fail(error, language: language) }
}
