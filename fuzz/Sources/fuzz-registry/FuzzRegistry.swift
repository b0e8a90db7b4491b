import FuzzSupport
import PKRICore

/// What the workspace holds while fuzzing: ids the sample files name.
let known = RegistryFile.Known(
    agencies: [Agency(id: "bkn", name: "Badan Kepegawaian Negara", type: .lembaga),
               Agency(id: "pemkab-banyuwangi", name: "Pemerintah Kabupaten Banyuwangi", type: .kabupaten, region: "35.10"),
               Agency(id: "a", name: "A", type: .kota, region: "35.78", parent: "b"),
               Agency(id: "b", name: "B", type: .provinsi, region: "35", parent: "a")],
    innovations: [Innovation(id: "INOV-2015-0031", name: "LATANSA", agency: "pemkab-banyuwangi"),
                  Innovation(id: "x", name: "X", agency: "bkn", replicates: "y"),
                  Innovation(id: "y", name: "Y", agency: "bkn", replicates: "x")])

/// One input: CSV bytes, read as a registry file. Every field the reader
/// returns must lie inside the input, and a file that checks must give
/// records whose texts are cells of the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRegistry(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let file = "fuzz.csv"
    let language = Oracle.language(for: bytes)
    _ = RegistryFile.kind(of: bytes)
    let lines = Oracle.lineCount(bytes)
    do {
        let table = try CSVReader(language: language).read(bytes, file: file)
        for row in table.rows {
            Oracle.require(!row.fields.isEmpty, "a row without fields at line \(row.line)")
            for f in row.fields {
                Oracle.require(f.line >= row.line && f.line <= lines && f.column >= 1,
                             "field \(f) outside the input (\(lines) lines)")
            }
        }
    } catch {
        Oracle.require(!error.diagnostics.errors.isEmpty, "rejected without an error: \(error.diagnostics)")
        Oracle.expectLocated(error.diagnostics, in: bytes, file: file)
    }
    do {
        let registry = try RegistryFile(bytes, file: file, known: known, language: language)
        Oracle.expectLocated(registry.warnings, in: bytes, file: file)
    } catch {
        Oracle.require(!error.diagnostics.errors.isEmpty, "rejected without an error: \(error.diagnostics)")
        Oracle.expectLocated(error.diagnostics, in: bytes, file: file)
    }
    return 0
}
