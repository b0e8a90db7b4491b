import Foundation
import PKRICore
@testable import PKRIStore
import Testing

/// `pkri registry import` on a real on-disk workspace: one transaction per
/// file, nothing stored from a refused file, re-import a no-op.
@Suite("Registry import")
struct RegistryImportTests {
    /// A fresh empty workspace in a temporary folder, removed afterwards.
    final class Folder {
        let path: String
        let workspace: Workspace

        static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples/registry").path

        init() throws {
            path = NSTemporaryDirectory() + "pkri-registry-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            workspace = try Workspace.create(at: path + "/ws.sqlite")
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        /// Writes `text` (as UTF-8, unchanged) to a file in the folder.
        func file(_ name: String, _ text: String) throws -> String {
            let file = "\(path)/\(name)"
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            return file
        }

        func importFile(_ path: String) -> Result<RegistryImportSummary, WorkspaceError> {
            Result { () throws(WorkspaceError) in try workspace.importRegistry(contentsOf: path, language: .en) }
        }

        /// Every stored record, to compare before and after.
        var contents: ([Agency], [Innovation]) {
            get throws { (try workspace.agencies(), try workspace.innovations()) }
        }

        /// The database file and its write-ahead log, byte for byte.
        var bytes: [Data] {
            [workspace.path, workspace.path + "-wal"].map { FileManager.default.contents(atPath: $0) ?? Data() }
        }

        func importSamples() throws {
            _ = try workspace.importRegistry(contentsOf: "\(Self.samples)/agencies.csv", language: .en)
            _ = try workspace.importRegistry(contentsOf: "\(Self.samples)/innovations.csv", language: .en)
        }
    }

    static let agencies = """
        id,name,type,region,parent
        pemprov-jatim,Pemerintah Provinsi Jawa Timur,provinsi,35,
        pemkot-surabaya,Pemerintah Kota Surabaya,kota,35.78,
        pemkab-banyuwangi,Pemerintah Kabupaten Banyuwangi,kabupaten,35.10,
        pemkot-manado,Pemerintah Kota Manado,kota,71.71,

        """

    /// Importing `text` as `name` is refused with exactly this error here,
    /// and the workspace is as it was, byte for byte.
    func expectRefused(_ text: String, name: String = "bad.csv", in folder: Folder, _ message: String,
                       line: Int, column: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let before = try folder.contents, bytes = folder.bytes
        let path = try folder.file(name, text)
        switch folder.importFile(path) {
        case .success(let summary):
            Issue.record("should be refused: \(summary)", sourceLocation: sourceLocation)
        case .failure(.invalid(let diagnostics)):
            #expect(diagnostics.errors.map(\.message) == [message], sourceLocation: sourceLocation)
            #expect(diagnostics.errors.first?.location == PKRICore.SourceLocation(file: path, line: line, column: column),
                    sourceLocation: sourceLocation)
        case .failure(let other):
            Issue.record("refused for another reason: \(other)", sourceLocation: sourceLocation)
        }
        let after = try folder.contents
        #expect(after.0 == before.0 && after.1 == before.1, "nothing may be stored", sourceLocation: sourceLocation)
        #expect(folder.bytes == bytes, "the database files changed", sourceLocation: sourceLocation)
    }

    // MARK: - Samples

    @Test func samplesImportCleanly() throws {
        let f = try Folder()
        let agencies = try f.workspace.importRegistry(contentsOf: "\(Folder.samples)/agencies.csv", language: .en)
        let innovations = try f.workspace.importRegistry(contentsOf: "\(Folder.samples)/innovations.csv", language: .en)
        #expect(agencies.kind == .agencies && agencies.added.count == 22 && agencies.warnings.isEmpty)
        #expect(innovations.kind == .innovations && innovations.added.count == 20 && innovations.warnings.isEmpty)
        #expect(agencies.updated.isEmpty && agencies.unchanged.isEmpty)
        #expect(try f.workspace.agencies().count == 22)
        #expect(try f.workspace.innovations().count == 20)
        let latansa = try #require(try f.workspace.innovation("INOV-2015-0031"))
        #expect(latansa == Innovation(id: "INOV-2015-0031", name: "Lahir Tenang Pulang Bawa Akta (LATANSA)",
                                      agency: "pemkab-banyuwangi", kippYear: 2015, kippAward: "Top 25",
                                      status: "berjalan dan dikembangkan"))
    }

    @Test func severalFilesGoAgenciesFirstWhateverTheOrder() throws {
        let f = try Folder()
        let results = f.workspace.importRegistry(
            contentsOf: ["\(Folder.samples)/innovations.csv", "\(Folder.samples)/agencies.csv"], language: .en)
        #expect(results.map { ($0.file as NSString).lastPathComponent } == ["agencies.csv", "innovations.csv"])
        #expect(results.map { (try? $0.result.get())?.added.count } == [22, 20])
    }

    @Test func aRefusedFileDoesNotUndoAnEarlierOne() throws {
        let f = try Folder()
        let bad = try f.file("i.csv", "id,name,agency,kipp_year,kipp_award,replicates,status\nI-1,N,pemkot-surabaya,2019,,,\nI-2,N,nowhere,,,,\n")
        let good = try f.file("a.csv", Self.agencies)
        let results = f.workspace.importRegistry(contentsOf: [bad, good], language: .en)
        #expect((try? results[0].result.get())?.added.count == 4)
        guard case .failure(.invalid(let d)) = results[1].result else {
            Issue.record("the innovations file should be refused: \(results[1].result)")
            return
        }
        #expect(d.map(\.description) == [
            "\(bad):3:7: error: agency 'nowhere' is not in the workspace; import its agencies file first or in the same run",
        ])
        #expect(try f.workspace.agencies().count == 4)
        #expect(try f.workspace.innovations().isEmpty)
    }

    // MARK: - Re-import and updates

    @Test func reimportChangesNothing() throws {
        let f = try Folder()
        try f.importSamples()
        let before = try f.contents, bytes = f.bytes
        let again = try f.workspace.importRegistry(contentsOf: "\(Folder.samples)/agencies.csv", language: .en)
        let againInnovations = try f.workspace.importRegistry(contentsOf: "\(Folder.samples)/innovations.csv", language: .en)
        #expect(again.added.isEmpty && again.updated.isEmpty && again.unchanged.count == 22)
        #expect(againInnovations.added.isEmpty && againInnovations.updated.isEmpty && againInnovations.unchanged.count == 20)
        let after = try f.contents
        #expect(after.0 == before.0 && after.1 == before.1)
        #expect(f.bytes == bytes, "a re-import must write nothing")
    }

    @Test func theSameRowsAsExcelWritesThemAreUnchanged() throws {
        let f = try Folder()
        _ = try f.workspace.importRegistry(contentsOf: try f.file("a.csv", Self.agencies), language: .en)
        let excel = "\u{FEFF}" + Self.agencies.replacingOccurrences(of: ",", with: ";")
            .replacingOccurrences(of: "\n", with: "\r\n")
            .replacingOccurrences(of: "Pemerintah Kota Manado", with: "\"Pemerintah Kota Manado\"")
        let summary = try f.workspace.importRegistry(contentsOf: try f.file("excel.csv", excel), language: .en)
        #expect(summary.added.isEmpty && summary.updated.isEmpty && summary.unchanged.count == 4)
    }

    @Test func aChangedRowIsUpdatedAndNamed() throws {
        let f = try Folder()
        _ = try f.workspace.importRegistry(contentsOf: try f.file("a.csv", Self.agencies), language: .en)
        let changed = Self.agencies.replacingOccurrences(of: "Pemerintah Kota Manado", with: "Pemkot Manado")
            + "pemkab-minut,Pemerintah Kabupaten Minahasa Utara,kabupaten,71.06,\n"
        let summary = try f.workspace.importRegistry(contentsOf: try f.file("a2.csv", changed), language: .en)
        #expect(summary.added == ["pemkab-minut"])
        #expect(summary.updated == ["pemkot-manado"])
        #expect(summary.unchanged == ["pemprov-jatim", "pemkot-surabaya", "pemkab-banyuwangi"])
        #expect(try f.workspace.agency("pemkot-manado")?.name == "Pemkot Manado")
    }

    @Test func extraColumnsAreStoredAndAChangedOneIsAnUpdate() throws {
        let f = try Folder()
        let text = "catatan,id,name,type,region,parent\n\"dibentuk 1950, Surabaya\",pemprov-jatim,Pemerintah Provinsi Jawa Timur,provinsi,35,\n"
        _ = try f.workspace.importRegistry(contentsOf: try f.file("a.csv", text), language: .en)
        #expect(try f.workspace.agency("pemprov-jatim")?.extra == ["catatan": "dibentuk 1950, Surabaya"])
        let changed = text.replacingOccurrences(of: "1950", with: "1945")
        let summary = try f.workspace.importRegistry(contentsOf: try f.file("a2.csv", changed), language: .en)
        #expect(summary.updated == ["pemprov-jatim"])
        #expect(try f.workspace.agency("pemprov-jatim")?.extra == ["catatan": "dibentuk 1945, Surabaya"])
    }

    // MARK: - Refused files store nothing

    @Test func refusedFilesStoreNothing() throws {
        let f = try Folder()
        _ = try f.workspace.importRegistry(contentsOf: try f.file("base.csv", Self.agencies), language: .en)
        let header = "id,name,type,region,parent\n"
        let good = "pln,PT PLN (Persero),bumn,,\n"
        try expectRefused(header + good + "pln,PLN lagi,bumn,,\n", in: f, "duplicate id 'pln' (first on line 2)", line: 3, column: 1)
        try expectRefused(header + good + "x,X,bumd,35.99,\n", in: f,
                          "unknown region code '35.99' (a Kemendagri code such as 35 or 35.78)", line: 3, column: 10)
        try expectRefused(header + good + "x,X,perseroan,,\n", in: f,
                          "unknown type 'perseroan'; expected one of kementerian, lembaga, provinsi, kabupaten, kota, bumn, bumd",
                          line: 3, column: 5)
        try expectRefused("id,name,region,parent,type_instansi\n" + "x,X,,,bumn\n", in: f,
                          "missing column 'type'; an agencies file needs the columns id, name, type, region, parent",
                          line: 1, column: 1)
        try expectRefused(header + good + "x,\"unclosed,bumn,,\n", in: f,
                          "the quote opened here is never closed before the end of the file", line: 3, column: 3)
        try expectRefused(header + good + "x,X,bumn,,nowhere\n", in: f,
                          "parent 'nowhere' is not an agency in the workspace or in this file", line: 3, column: 11)
        try expectRefused("id,name,agency,kipp_year,kipp_award,replicates,status\n"
                          + "I-1,N,pemkot-surabaya,2019,Top 99,,\nI-2,N,pemkot-sby,2020,,,\n", in: f,
                          "agency 'pemkot-sby' is not in the workspace; import its agencies file first or in the same run",
                          line: 3, column: 7)
        try expectRefused("id,name,agency,kipp_year,kipp_award,replicates,status\n"
                          + "I-1,N,pemkot-surabaya,2019,Top 99,,\nI-2,N,pemkot-surabaya,,,I-9,\n", in: f,
                          "'I-9' is not an innovation in the workspace or in this file", line: 3, column: 25)
        // BOM, CRLF and semicolons change nothing about where an error is.
        try expectRefused("\u{FEFF}id;name;type;region;parent\r\npln;\"PT PLN; Persero\";bumn;;\r\nx;X;bumd;\"35.1\";\r\n", in: f,
                          "unknown region code '35.1'; did you mean '35.10' (Kabupaten Banyuwangi)? "
                          + "Excel drops a trailing zero when it takes the column for numbers", line: 3, column: 10)
        #expect(try f.workspace.agencies().count == 4)
    }

    @Test func aChangeInARefusedFileIsNotApplied() throws {
        let f = try Folder()
        _ = try f.workspace.importRegistry(contentsOf: try f.file("base.csv", Self.agencies), language: .en)
        try expectRefused(Self.agencies.replacingOccurrences(of: "Pemerintah Kota Manado", with: "Pemkot Manado")
                          + "x,X,kota,,\n", in: f, "an agency of type kota needs a region code", line: 6, column: 10)
        #expect(try f.workspace.agency("pemkot-manado")?.name == "Pemerintah Kota Manado")
    }

    @Test func aMissingFileIsRefused() throws {
        let f = try Folder()
        guard case .failure(.invalid(let d)) = f.importFile(f.path + "/none.csv") else {
            Issue.record("should be refused")
            return
        }
        #expect(d.map(\.message) == ["cannot read the file (missing or not permitted)"])
    }

    // MARK: - Queries

    @Test func regionFilters() throws {
        let f = try Folder()
        try f.importSamples()
        let jatim = try f.workspace.agencies(region: "35").map(\.id)
        #expect(jatim == ["bank-jatim", "bkn-kanreg-2", "dinkes-banyuwangi", "dispendukcapil-surabaya", "pemkab-banyuwangi",
                          "pemkot-surabaya", "pemprov-jatim", "perumda-surya-sembada"])
        #expect(try f.workspace.agencies(region: "35.78").map(\.id)
                == ["bkn-kanreg-2", "dispendukcapil-surabaya", "pemkot-surabaya", "perumda-surya-sembada"])
        #expect(try f.workspace.agencies(region: "3").isEmpty)
        #expect(try f.workspace.innovations(region: "35.10").map(\.id) == ["INOV-2015-0031", "INOV-2016-0018", "INOV-2017-0055"])
        #expect(try f.workspace.innovations(region: "71").map(\.id)
                == ["INOV-2014-0003", "INOV-2020-0011", "INOV-2021-0008", "INOV-2022-0140", "INOV-2023-0201"])
    }

    @Test func relations() throws {
        let f = try Folder()
        try f.importSamples()
        #expect(try f.workspace.agencies(parent: "pemprov-dki").map(\.id) == ["dpmptsp-dki", "kota-jaksel"])
        #expect(try f.workspace.innovations(agency: "pemkab-minut").map(\.id) == ["INOV-2020-0011", "INOV-2023-0201"])
        #expect(try f.workspace.replications(of: "INOV-2019-0042").map(\.id) == ["INOV-2022-0140"])
        #expect(try f.workspace.agency("INOV-2019-0042") == nil)
        #expect(try f.workspace.innovation("nowhere") == nil)
    }
}
