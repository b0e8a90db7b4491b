import PKRICore
import Testing

/// Reading and checking registry files without a database: what the
/// workspace already holds comes in as `RegistryFile.Known`.
@Suite("Registry file")
struct RegistryFileTests {
    static let file = "reg.csv"
    static let agencyHeader = "id,name,type,region,parent"
    static let innovationHeader = "id,name,agency,kipp_year,kipp_award,replicates,status"

    /// Agencies an innovations file may name.
    static let known = RegistryFile.Known(
        agencies: [Agency(id: "pemkot-surabaya", name: "Pemerintah Kota Surabaya", type: .kota, region: "35.78"),
                   Agency(id: "bkn", name: "Badan Kepegawaian Negara", type: .lembaga)],
        innovations: [Innovation(id: "INOV-OLD", name: "Lama", agency: "bkn")])

    func load(_ csv: MarkedCSV, known: RegistryFile.Known = RegistryFileTests.known) -> Result<RegistryFile, DocumentError> {
        Result { () throws(DocumentError) in try RegistryFile(csv.bytes, file: Self.file, known: known, language: .en) }
    }

    func agencies(_ csv: MarkedCSV, known: RegistryFile.Known = RegistryFileTests.known,
                  sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Agency] {
        switch load(csv, known: known) {
        case .success(let file):
            guard case .agencies(let agencies) = file.records else {
                Issue.record("read as innovations", sourceLocation: sourceLocation)
                return []
            }
            return agencies
        case .failure(let error):
            Issue.record("should load: \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    func innovations(_ csv: MarkedCSV, known: RegistryFile.Known = RegistryFileTests.known,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Innovation] {
        switch load(csv, known: known) {
        case .success(let file):
            guard case .innovations(let innovations) = file.records else {
                Issue.record("read as agencies", sourceLocation: sourceLocation)
                return []
            }
            return innovations
        case .failure(let error):
            Issue.record("should load: \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    /// The file is refused with exactly these errors, the n-th at marker n.
    func expectErrors(_ csv: MarkedCSV, _ messages: [String], known: RegistryFile.Known = RegistryFileTests.known,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        switch load(csv, known: known) {
        case .success(let file):
            Issue.record("should be refused, read \(file.records)", sourceLocation: sourceLocation)
        case .failure(let error):
            let errors = error.diagnostics.errors
            #expect(errors.map(\.message) == messages, sourceLocation: sourceLocation)
            #expect(errors.map(\.location) == messages.indices.map { csv.location($0 + 1, file: Self.file) },
                    sourceLocation: sourceLocation)
        }
    }

    func expectError(_ csv: MarkedCSV, _ message: String, known: RegistryFile.Known = RegistryFileTests.known,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expectErrors(csv, [message], known: known, sourceLocation: sourceLocation)
    }

    // MARK: - Agencies

    @Test func agenciesAreReadInFileOrder() {
        let list = agencies(MarkedCSV("""
            \(Self.agencyHeader)
            kemenkes,Kementerian Kesehatan,kementerian,,
            pemprov-jatim,Pemerintah Provinsi Jawa Timur,provinsi,35,
            bank-jatim,PT Bank Pembangunan Daerah Jawa Timur Tbk,bumd,35,pemprov-jatim

            """))
        #expect(list == [
            Agency(id: "kemenkes", name: "Kementerian Kesehatan", type: .kementerian),
            Agency(id: "pemprov-jatim", name: "Pemerintah Provinsi Jawa Timur", type: .provinsi, region: "35"),
            Agency(id: "bank-jatim", name: "PT Bank Pembangunan Daerah Jawa Timur Tbk", type: .bumd, region: "35",
                   parent: "pemprov-jatim"),
        ])
    }

    @Test func columnsInAnyOrderAndExtraColumnsKept() {
        let list = agencies(MarkedCSV("""
            Parent,Catatan,ID,Type,Name,Region,Kontak
            ,dibentuk 1950,pemprov-jatim,PROVINSI,Pemerintah Provinsi Jawa Timur,35,
            pemprov-jatim,,bank-jatim,bumd,Bank Jatim,35,humas@bankjatim.co.id

            """))
        #expect(list == [
            Agency(id: "pemprov-jatim", name: "Pemerintah Provinsi Jawa Timur", type: .provinsi, region: "35",
                   extra: ["Catatan": "dibentuk 1950"]),
            Agency(id: "bank-jatim", name: "Bank Jatim", type: .bumd, region: "35", parent: "pemprov-jatim",
                   extra: ["Kontak": "humas@bankjatim.co.id"]),
        ])
    }

    @Test func bomCrlfSemicolonsAndQuotesReadLikeAPlainFile() throws {
        let plain = agencies(MarkedCSV("""
            \(Self.agencyHeader),note
            pln,PT PLN (Persero),bumn,,,"listrik; energi"
            pemkot-manado,Pemerintah Kota Manado,kota,71.71,,"baris 1
            baris 2"

            """))
        let excel = agencies(MarkedCSV("\u{FEFF}id;name;type;region;parent;note\r\n"
            + "pln;\"PT PLN (Persero)\";bumn;;;listrik, energi\r\n"
            + "pemkot-manado;Pemerintah Kota Manado;kota;71.71;;\"baris 1\r\nbaris 2\"\r\n"))
        try #require(plain.count == 2 && excel.count == 2)
        #expect(plain[1].extra["note"] == "baris 1\nbaris 2")
        #expect(excel.map(\.id) == plain.map(\.id))
        #expect(excel[1] == plain[1])
        #expect(excel[0].extra["note"] == "listrik, energi")
    }

    @Test func spacesAroundValuesAndEmptyRowsAreIgnored() {
        let list = agencies(MarkedCSV("\(Self.agencyHeader)\n pln , PT PLN (Persero) , bumn ,  ,\n,,,,\n"))
        #expect(list == [Agency(id: "pln", name: "PT PLN (Persero)", type: .bumn)])
        #expect(agencies(MarkedCSV("id;name;type;region;parent\npln;PLN;bumn;;\n;;;;\n")).count == 1)
    }

    @Test func missingColumnsAreNamedAtLineOne() {
        let csv = MarkedCSV("⟦1⟧⟦2⟧id,name,type,note\nx,X,bumn,\n")
        expectErrors(csv, [
            "missing column 'region'; an agencies file needs the columns id, name, type, region, parent",
            "missing column 'parent'; an agencies file needs the columns id, name, type, region, parent",
        ])
    }

    @Test func aHeaderOfNeitherKindIsRefused() {
        expectError(MarkedCSV("⟦1⟧kode,nama\n1,a\n"),
                    "cannot tell the kind of file from its header; agencies: id,name,type,region,parent; "
                    + "innovations: id,name,agency,kipp_year,kipp_award,replicates,status")
        expectError(MarkedCSV("⟦1⟧"), "the file is empty; its first line must be a header: "
                    + "id,name,type,region,parent or id,name,agency,kipp_year,kipp_award,replicates,status")
    }

    @Test func aColumnTwiceIsRefused() {
        expectError(MarkedCSV("id,name,type,region,parent,⟦1⟧Name\n"), "column 'Name' appears twice (first as column 2)")
    }

    @Test func aNamelessColumnMustBeEmpty() {
        #expect(agencies(MarkedCSV("\(Self.agencyHeader),\npln,PLN,bumn,,,\n")).count == 1)
        expectError(MarkedCSV("\(Self.agencyHeader),\npln,PLN,bumn,,,⟦1⟧x\n"), "a value in column 6, which has no header")
    }

    @Test func unknownType() {
        expectError(MarkedCSV("\(Self.agencyHeader)\npln,PLN,⟦1⟧perseroan,,\n"),
                    "unknown type 'perseroan'; expected one of kementerian, lembaga, provinsi, kabupaten, kota, bumn, bumd")
        expectError(MarkedCSV("\(Self.agencyHeader)\npln,PLN,⟦1⟧,,\n"),
                    "the type is empty; expected one of kementerian, lembaga, provinsi, kabupaten, kota, bumn, bumd")
    }

    @Test func unknownRegion() {
        expectError(MarkedCSV("\(Self.agencyHeader)\nx,X,bumd,⟦1⟧35.99,\n"),
                    "unknown region code '35.99' (a Kemendagri code such as 35 or 35.78)")
        expectError(MarkedCSV("\(Self.agencyHeader)\nx,X,kabupaten,⟦1⟧35.1,\n"),
                    "unknown region code '35.1'; did you mean '35.10' (Kabupaten Banyuwangi)? "
                    + "Excel drops a trailing zero when it takes the column for numbers")
    }

    @Test func aLocalGovernmentNeedsARegion() {
        expectError(MarkedCSV("\(Self.agencyHeader)\nx,X,kota,⟦1⟧,\n"), "an agency of type kota needs a region code")
    }

    @Test func aRegionOfAnotherLevelIsAWarning() throws {
        let file = try load(MarkedCSV("\(Self.agencyHeader)\nx,X,kota,35.10,\n")).get()
        #expect(file.warnings.map(\.message)
                == ["an agency of type kota in region 35.10, which is a kabupaten (Kabupaten Banyuwangi)"])
        #expect(file.warnings.map(\.location) == [SourceLocation(file: Self.file, line: 2, column: 10)])
        #expect(try load(MarkedCSV("\(Self.agencyHeader)\nx,X,kota,35.78,\n")).get().warnings.isEmpty)
    }

    @Test func duplicateIds() {
        expectError(MarkedCSV("\(Self.agencyHeader)\npln,PLN,bumn,,\nkemenkes,Kemenkes,kementerian,,\n⟦1⟧pln,PLN lagi,bumn,,\n"),
                    "duplicate id 'pln' (first on line 2)")
    }

    @Test func badIdsAndNames() {
        expectErrors(MarkedCSV("\(Self.agencyHeader)\n⟦1⟧,PLN,bumn,,\n⟦2⟧p l n,PLN,bumn,,\npln,⟦3⟧ ,bumn,,\n"),
                     ["the id is empty", "the id 'p l n' contains a space", "the name is empty"])
    }

    @Test func rowsOfTheWrongWidth() {
        expectErrors(MarkedCSV("\(Self.agencyHeader)\npln,PLN,bumn,,,⟦1⟧x\nkemenkes,Kemenkes,⟦2⟧kementerian\n"),
                     ["the row has 6 fields but the header has 5", "the row has 3 fields but the header has 5"])
    }

    @Test func parentsMayBeKnownOrLaterInTheFile() {
        let list = agencies(MarkedCSV("""
            \(Self.agencyHeader)
            dinkes,Dinas Kesehatan,kota,35.78,pemkot-surabaya
            uptd,UPTD,kota,35.78,dispenduk
            dispenduk,Dispendukcapil,kota,35.78,pemkot-surabaya

            """))
        #expect(list.map(\.parent) == ["pemkot-surabaya", "dispenduk", "pemkot-surabaya"])
    }

    @Test func unknownOrSelfParent() {
        expectErrors(MarkedCSV("\(Self.agencyHeader)\nx,X,bumn,,⟦1⟧x\ny,Y,bumn,,⟦2⟧nowhere\n"), [
            "an agency cannot be its own parent",
            "parent 'nowhere' is not an agency in the workspace or in this file",
        ])
    }

    @Test func parentLoops() {
        expectErrors(MarkedCSV("\(Self.agencyHeader)\na,A,bumn,,⟦1⟧b\nb,B,bumn,,⟦2⟧a\n"),
                     ["the parent chain loops: a → b → a", "the parent chain loops: b → a → b"])
        // Through the workspace: bkn's parent would become x, and x's is bkn.
        let known = RegistryFile.Known(agencies: [Agency(id: "bkn", name: "BKN", type: .lembaga, parent: "x")])
        expectError(MarkedCSV("\(Self.agencyHeader)\nx,X,lembaga,,⟦1⟧bkn\n"), "the parent chain loops: x → bkn → x",
                    known: known)
        // A file row replaces the stored one: no loop once bkn loses its parent.
        #expect(agencies(MarkedCSV("\(Self.agencyHeader)\nx,X,lembaga,,bkn\nbkn,BKN,lembaga,,\n"), known: known).count == 2)
    }

    /// Rows that lead into a loop are not on it; each row on it is reported
    /// with the loop from itself, whichever row the check reached it from.
    @Test func parentLoopEnteredFromAChain() {
        expectErrors(MarkedCSV("\(Self.agencyHeader)\nz,Z,bumn,,y\ny,Y,bumn,,b\na,A,bumn,,⟦1⟧c\nb,B,bumn,,⟦2⟧a\nc,C,bumn,,⟦3⟧b\n"),
                     ["the parent chain loops: a → c → b → a", "the parent chain loops: b → a → c → b",
                      "the parent chain loops: c → b → a → c"])
    }

    @Test func everyErrorIsReportedUpToALimit() throws {
        let rows = (1...150).map { "a\($0),A,nope,," }.joined(separator: "\n")
        let error = try #require(load(MarkedCSV("\(Self.agencyHeader)\n\(rows)\n")).failure)
        #expect(error.diagnostics.count == RegistryFile.maxErrors + 1)
        #expect(error.diagnostics.last?.message == "too many errors; checking stopped here")
        #expect(error.diagnostics.last?.location.line == 102)
    }

    // MARK: - Innovations

    @Test func innovationsAreToldByTheirHeader() {
        let list = innovations(MarkedCSV("""
            \(Self.innovationHeader)
            INOV-2019-0042,LAMBAIK,pemkot-surabaya,2019,Top 45,,berjalan dan dikembangkan
            INOV-2022-0140,Replikasi LAMBAIK,bkn,,,INOV-2019-0042,uji coba
            INOV-2023-0001,Replikasi lama,bkn,,,INOV-OLD,

            """))
        #expect(list == [
            Innovation(id: "INOV-2019-0042", name: "LAMBAIK", agency: "pemkot-surabaya", kippYear: 2019,
                       kippAward: "Top 45", status: "berjalan dan dikembangkan"),
            Innovation(id: "INOV-2022-0140", name: "Replikasi LAMBAIK", agency: "bkn", replicates: "INOV-2019-0042",
                       status: "uji coba"),
            Innovation(id: "INOV-2023-0001", name: "Replikasi lama", agency: "bkn", replicates: "INOV-OLD"),
        ])
    }

    @Test func anExtraColumnNamedLikeAnAgencyColumnDoesNotConfuseTheKind() {
        let list = innovations(MarkedCSV("status,type,replicates,kipp_award,kipp_year,agency,name,id\nx,digital,,,,bkn,N,I-1\n"))
        #expect(list == [Innovation(id: "I-1", name: "N", agency: "bkn", status: "x", extra: ["type": "digital"])])
    }

    @Test func innovationWithUnknownAgency() {
        expectError(MarkedCSV("\(Self.innovationHeader)\nI-1,N,⟦1⟧pemkab-antah,2020,Top 99,,\n"),
                    "agency 'pemkab-antah' is not in the workspace; import its agencies file first or in the same run")
        expectError(MarkedCSV("\(Self.innovationHeader)\nI-1,N,⟦1⟧,2020,Top 99,,\n"), "the agency is empty")
    }

    @Test func replicatesMustBeAnInnovation() {
        expectErrors(MarkedCSV("\(Self.innovationHeader)\nI-1,N,bkn,,,⟦1⟧bkn,\nI-2,N,bkn,,,⟦2⟧I-2,\n"), [
            "'bkn' is not an innovation in the workspace or in this file",
            "an innovation cannot replicate itself",
        ])
        expectErrors(MarkedCSV("\(Self.innovationHeader)\nI-1,N,bkn,,,⟦1⟧I-2,\nI-2,N,bkn,,,⟦2⟧I-1,\n"),
                     ["the replication chain loops: I-1 → I-2 → I-1", "the replication chain loops: I-2 → I-1 → I-2"])
    }

    @Test func kippYearMustBeAYear() {
        expectErrors(MarkedCSV("\(Self.innovationHeader)\nI-1,N,bkn,⟦1⟧dua ribu,,,\nI-2,N,bkn,⟦2⟧1899,,,\n"), [
            "kipp_year must be a year such as 2019, not 'dua ribu'",
            "kipp_year must be a year such as 2019, not '1899'",
        ])
    }

    @Test func kindFromTheHeaderAlone() {
        #expect(RegistryFile.kind(of: Array("\u{FEFF}ID;Name;Type;Region;Parent\r\n".utf8)) == .agencies)
        #expect(RegistryFile.kind(of: Array("\(Self.innovationHeader)\n".utf8)) == .innovations)
        #expect(RegistryFile.kind(of: Array("id,name\n".utf8)) == nil)
        #expect(RegistryFile.kind(of: Array("\"id".utf8)) == nil)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let e) = self { return e }
        return nil
    }
}
