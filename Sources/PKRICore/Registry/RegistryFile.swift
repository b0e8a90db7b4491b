/// A registry CSV file read and checked: either agencies
/// (`id,name,type,region,parent`) or innovations
/// (`id,name,agency,kipp_year,kipp_award,replicates,status`), told apart by
/// the header. Columns may come in any order; other columns are kept in
/// `extra`. Pure: what the workspace already holds comes in as ``Known``.
///
/// ```swift
/// let file = try RegistryFile(bytes, file: "agencies.csv", known: .nothing, language: .en)
/// if case .agencies(let agencies) = file.records { agencies.count }
/// ```
///
/// Every error in the file is reported (up to ``maxErrors``), each at the
/// line and column of its cell; a file with any error gives no records.
///
/// ## Topics
/// - ``Kind``
/// - ``Records``
/// - ``Known``
public struct RegistryFile: Sendable {
    /// What a registry file holds.
    public enum Kind: String, Sendable, CaseIterable {
        case agencies, innovations

        /// The columns a file of this kind must have, in the documented order.
        public var columns: [String] {
            switch self {
            case .agencies: ["id", "name", "type", "region", "parent"]
            case .innovations: ["id", "name", "agency", "kipp_year", "kipp_award", "replicates", "status"]
            }
        }

        /// The kind whose own columns (beyond `id` and `name`) the header has
        /// more of; nil when neither or both equally.
        public init?(header: [String]) {
            let names = Set(header.map { $0.lowercased() })
            let score = { (k: Kind) in k.columns.dropFirst(2).filter(names.contains).count }
            let (a, i) = (score(.agencies), score(.innovations))
            guard a != i else { return nil }
            self = a > i ? .agencies : .innovations
        }
    }

    /// The checked records, in file order.
    public enum Records: Sendable, Hashable {
        case agencies([Agency])
        case innovations([Innovation])
    }

    /// What the workspace already holds, by id. A record in the file takes
    /// the place of a known one with the same id.
    public struct Known: Sendable {
        public var agency: @Sendable (String) -> Agency?
        public var innovation: @Sendable (String) -> Innovation?

        public init(agency: @escaping @Sendable (String) -> Agency? = { _ in nil },
                    innovation: @escaping @Sendable (String) -> Innovation? = { _ in nil }) {
            self.agency = agency
            self.innovation = innovation
        }

        public init(agencies: [Agency], innovations: [Innovation] = []) {
            let a = Dictionary(agencies.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
            let i = Dictionary(innovations.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
            self.init(agency: { a[$0] }, innovation: { i[$0] })
        }

        /// An empty workspace.
        public static var nothing: Known { Known() }
    }

    /// Reporting stops after this many errors in one file.
    public static let maxErrors = 100

    /// The file's name as given, for messages.
    public let file: String
    public let records: Records
    /// Non-fatal findings, such as a `kota` agency placed in a kabupaten.
    public let warnings: [Diagnostic]

    /// Agencies or innovations, as the header told.
    public var kind: Kind {
        if case .agencies = records { return .agencies }
        return .innovations
    }

    /// Reads and checks CSV bytes; `file` names them in messages. Throws
    /// every error found, with the warnings.
    public init(_ bytes: [UInt8], file: String, known: Known, language: Language = .id,
                limits: CSVReader.Limits = .standard) throws(DocumentError) {
        let table = try CSVReader(language: language, limits: limits).read(bytes, file: file)
        try self.init(table, file: file, known: known, language: language)
    }

    /// Checks a table already read.
    public init(_ table: CSVReader.Table, file: String, known: Known, language: Language = .id) throws(DocumentError) {
        var checker = try RegistryFileChecker(table, file: file, language: language)
        let records = checker.check(known: known)
        // In file order; reference checks come after the rows they point from.
        let diagnostics = checker.diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element.location, b.element.location)
            return (x.line, x.column ?? 0, a.offset) < (y.line, y.column ?? 0, b.offset)
        }.map(\.element)
        guard !diagnostics.hasErrors else { throw DocumentError(diagnostics) }
        self.file = file
        self.records = records
        self.warnings = diagnostics
    }

    /// The kind of a file from its header alone; nil when it cannot be read or told.
    public static func kind(of bytes: [UInt8]) -> Kind? {
        guard let table = try? CSVReader().read(bytes, file: ""), let header = table.rows.first else { return nil }
        return Kind(header: header.fields.map { $0.value.trimmingSpaces })
    }
}

/// The checks behind ``RegistryFile``: header first, then each row, then
/// the references between rows.
struct RegistryFileChecker {
    typealias Field = CSVReader.Field

    let table: CSVReader.Table
    let file: String
    let language: Language
    let kind: RegistryFile.Kind
    /// Known column name → index.
    var columns: [String: Int] = [:]
    /// Other columns: index → name as written.
    var extraColumns: [(Int, String)] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(_ table: CSVReader.Table, file: String, language: Language) throws(DocumentError) {
        self.table = table
        self.file = file
        self.language = language
        let all = RegistryFile.Kind.allCases.map { $0.columns.joined(separator: ",") }
        guard let header = table.rows.first else {
            throw DocumentError(SourceLocation(file: file, line: 1, column: 1), language.pick(
                "berkas kosong; baris pertama harus judul kolom: \(all[0]) atau \(all[1])",
                "the file is empty; its first line must be a header: \(all[0]) or \(all[1])"))
        }
        let names = header.fields.map { $0.value.trimmingSpaces }
        guard let kind = RegistryFile.Kind(header: names) else {
            throw DocumentError(SourceLocation(file: file, line: header.line, column: 1), language.pick(
                "jenis berkas tidak dapat dikenali dari judul kolomnya; instansi: \(all[0]); inovasi: \(all[1])",
                "cannot tell the kind of file from its header; agencies: \(all[0]); innovations: \(all[1])"))
        }
        self.kind = kind
        try readHeader(header, names: names)
    }

    private mutating func readHeader(_ header: CSVReader.Row, names: [String]) throws(DocumentError) {
        var seen: [String: Int] = [:]
        var errors: [Diagnostic] = []
        for (index, name) in names.enumerated() {
            let field = header.fields[index]
            let key = name.lowercased()
            if name.isEmpty {
                // A nameless column (a spreadsheet's stray delimiter) is ignored when empty.
                if let value = table.rows.dropFirst().lazy.compactMap({ $0.fields.indices.contains(index) ? $0.fields[index] : nil })
                    .first(where: { !$0.value.trimmingSpaces.isEmpty }) {
                    errors.append(error(at: value, language.pick(
                        "nilai di kolom \(index + 1) yang tidak punya judul", "a value in column \(index + 1), which has no header")))
                }
                continue
            }
            if let first = seen[key] {
                errors.append(error(at: field, language.pick(
                    "kolom '\(name)' muncul dua kali (pertama di kolom \(first + 1))",
                    "column '\(name)' appears twice (first as column \(first + 1))")))
                continue
            }
            seen[key] = index
            if kind.columns.contains(key) { columns[key] = index } else { extraColumns.append((index, name)) }
        }
        let wanted = kind.columns.joined(separator: ", ")
        for column in kind.columns where columns[column] == nil {
            errors.append(Diagnostic(.error, at: SourceLocation(file: file, line: header.line, column: 1), language.pick(
                "kolom '\(column)' tidak ada; berkas \(kind.label(.id)) memerlukan kolom \(wanted)",
                "missing column '\(column)'; an \(kind.label(.en)) file needs the columns \(wanted)")))
        }
        if !errors.isEmpty { throw DocumentError(errors) }
    }

    func error(at field: Field, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: SourceLocation(file: file, line: field.line, column: field.column), message)
    }

    mutating func report(_ diagnostic: Diagnostic) {
        let errors = diagnostics.errors.count
        if diagnostic.severity == .error, errors >= RegistryFile.maxErrors {
            if errors == RegistryFile.maxErrors {
                diagnostics.append(Diagnostic(.error, at: diagnostic.location, language.pick(
                    "terlalu banyak kesalahan; pemeriksaan berhenti di sini",
                    "too many errors; checking stopped here")))
            }
            return
        }
        diagnostics.append(diagnostic)
    }

    mutating func report(_ field: Field, _ indonesian: String, _ english: String) {
        report(error(at: field, language.pick(indonesian, english)))
    }

    /// The data rows with the right number of fields, skipping rows whose
    /// cells are all empty.
    mutating func dataRows() -> [CSVReader.Row] {
        let width = table.rows[0].fields.count
        var rows: [CSVReader.Row] = []
        for row in table.rows.dropFirst() {
            if row.fields.allSatisfy({ $0.value.trimmingSpaces.isEmpty }) { continue }
            if row.fields.count > width {
                report(row.fields[width], "baris ini punya \(row.fields.count) kolom, judul hanya \(width)",
                       "the row has \(row.fields.count) fields but the header has \(width)")
            } else if row.fields.count < width {
                report(row.fields[row.fields.count - 1], "baris ini hanya punya \(row.fields.count) kolom, judul \(width)",
                       "the row has \(row.fields.count) fields but the header has \(width)")
            } else {
                rows.append(row)
            }
        }
        return rows
    }

    /// The cell of a known column; nil when empty after trimming spaces.
    func cell(_ row: CSVReader.Row, _ column: String) -> (field: Field, value: String?) {
        let field = row.fields[columns[column]!]
        let value = field.value.trimmingSpaces
        return (field, value.isEmpty ? nil : value)
    }

    /// Other columns as written, leaving out empty cells.
    func extra(_ row: CSVReader.Row) -> [String: String] {
        var out: [String: String] = [:]
        for (index, name) in extraColumns where !row.fields[index].value.isEmpty {
            out[name] = row.fields[index].value
        }
        return out
    }

    /// The row's id, checked: present, without spaces, not seen before in the file.
    mutating func id(_ row: CSVReader.Row, seen: inout [String: Int]) -> String? {
        let (field, value) = cell(row, "id")
        guard let value else {
            report(field, "id kosong", "the id is empty")
            return nil
        }
        if value.contains(where: { $0.isWhitespace }) {
            report(field, "id '\(value)' mengandung spasi", "the id '\(value)' contains a space")
            return nil
        }
        if let first = seen[value] {
            report(field, "id '\(value)' ganda (pertama di baris \(first))",
                   "duplicate id '\(value)' (first on line \(first))")
            return nil
        }
        seen[value] = row.line
        return value
    }

    mutating func name(_ row: CSVReader.Row) -> String? {
        let (field, value) = cell(row, "name")
        if value == nil { report(field, "nama kosong", "the name is empty") }
        return value
    }

    mutating func check(known: RegistryFile.Known) -> RegistryFile.Records {
        switch kind {
        case .agencies: .agencies(checkAgencies(known: known))
        case .innovations: .innovations(checkInnovations(known: known))
        }
    }

}

extension RegistryFile.Kind {
    func label(_ language: Language) -> String {
        switch self {
        case .agencies: language.pick("instansi", "agencies")
        case .innovations: language.pick("inovasi", "innovations")
        }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}

extension RegistryFileChecker {
    mutating func checkAgencies(known: RegistryFile.Known) -> [Agency] {
        var agencies: [Agency] = []
        var parents: [String: Field] = [:]
        var seen: [String: Int] = [:]
        for row in dataRows() {
            let id = id(row, seen: &seen), name = name(row)
            let (typeField, typeText) = cell(row, "type")
            let type = typeText.flatMap { Agency.Kind(rawValue: $0.lowercased()) }
            if type == nil {
                let expected = Agency.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                if let typeText {
                    report(typeField, "jenis '\(typeText)' tidak dikenal; pilih salah satu: \(expected)",
                           "unknown type '\(typeText)'; expected one of \(expected)")
                } else {
                    report(typeField, "jenis kosong; pilih salah satu: \(expected)", "the type is empty; expected one of \(expected)")
                }
            }
            let (regionField, region) = cell(row, "region")
            if let region { checkRegion(region, at: regionField, type: type) } else if let type, type.level != nil {
                report(regionField, "instansi berjenis \(type.rawValue) memerlukan kode wilayah",
                       "an agency of type \(type.rawValue) needs a region code")
            }
            let (parentField, parent) = cell(row, "parent")
            if let parent, parent == id {
                report(parentField, "instansi tidak dapat menjadi induknya sendiri", "an agency cannot be its own parent")
            } else if parent != nil, let id {
                parents[id] = parentField
            }
            guard let id, let name, let type else { continue }
            agencies.append(Agency(id: id, name: name, type: type, region: region, parent: parent, extra: extra(row)))
        }
        let inFile = Dictionary(agencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var loops = ChainLoops { id in inFile[id].map(\.parent) ?? known.agency(id)?.parent }
        for agency in agencies {
            guard let parent = agency.parent, let field = parents[agency.id] else { continue }
            guard seen[parent] != nil || known.agency(parent) != nil else {
                report(field, "induk '\(parent)' bukan instansi di workspace maupun di berkas ini",
                       "parent '\(parent)' is not an agency in the workspace or in this file")
                continue
            }
            if let path = loops.loop(from: agency.id) {
                let chain = path.joined(separator: " → ")
                report(field, "rantai induk berputar: \(chain)", "the parent chain loops: \(chain)")
            }
        }
        return agencies
    }

    /// The code must be a built-in region; its level should match the type.
    private mutating func checkRegion(_ code: String, at field: Field, type: Agency.Kind?) {
        guard let region = Regions.region(code) else {
            // Excel turns 35.10 into 35.1 when it takes the code for a number.
            if code.split(separator: ".").last?.count == 1, let padded = Regions.region(code + "0") {
                report(field, "kode wilayah '\(code)' tidak dikenal; maksudnya '\(padded.code)' (\(padded.name))? Excel membuang angka nol di akhir bila kolom dianggap angka",
                       "unknown region code '\(code)'; did you mean '\(padded.code)' (\(padded.name))? Excel drops a trailing zero when it takes the column for numbers")
            } else {
                report(field, "kode wilayah '\(code)' tidak dikenal (kode Kemendagri seperti 35 atau 35.78)",
                       "unknown region code '\(code)' (a Kemendagri code such as 35 or 35.78)")
            }
            return
        }
        guard let type, let level = type.level, level != region.level else { return }
        report(Diagnostic(.warning, at: SourceLocation(file: file, line: field.line, column: field.column), language.pick(
            "instansi berjenis \(type.rawValue) di wilayah \(code) yang berjenis \(region.level.rawValue) (\(region.name))",
            "an agency of type \(type.rawValue) in region \(code), which is a \(region.level.rawValue) (\(region.name))")))
    }

    mutating func checkInnovations(known: RegistryFile.Known) -> [Innovation] {
        var innovations: [Innovation] = []
        var replicated: [String: Field] = [:]
        var seen: [String: Int] = [:]
        for row in dataRows() {
            let id = id(row, seen: &seen), name = name(row)
            let (agencyField, agency) = cell(row, "agency")
            if let agency {
                if known.agency(agency) == nil {
                    report(agencyField, "instansi '\(agency)' tidak ada di workspace; impor berkas instansinya lebih dulu atau bersamaan",
                           "agency '\(agency)' is not in the workspace; import its agencies file first or in the same run")
                }
            } else {
                report(agencyField, "instansi kosong", "the agency is empty")
            }
            let (yearField, yearText) = cell(row, "kipp_year")
            let year = yearText.flatMap { Int($0) }.flatMap { (2000...2100).contains($0) ? $0 : nil }
            if let yearText, year == nil {
                report(yearField, "kipp_year harus tahun seperti 2019, bukan '\(yearText)'",
                       "kipp_year must be a year such as 2019, not '\(yearText)'")
            }
            let (replicatesField, replicates) = cell(row, "replicates")
            if let replicates, replicates == id {
                report(replicatesField, "inovasi tidak dapat mereplikasi dirinya sendiri", "an innovation cannot replicate itself")
            } else if replicates != nil, let id {
                replicated[id] = replicatesField
            }
            guard let id, let name, let agency, yearText == nil || year != nil else { continue }
            innovations.append(Innovation(id: id, name: name, agency: agency, kippYear: year,
                                          kippAward: cell(row, "kipp_award").value, replicates: replicates,
                                          status: cell(row, "status").value, extra: extra(row)))
        }
        let inFile = Dictionary(innovations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var loops = ChainLoops { id in inFile[id].map(\.replicates) ?? known.innovation(id)?.replicates }
        for innovation in innovations {
            guard let original = innovation.replicates, let field = replicated[innovation.id] else { continue }
            guard seen[original] != nil || known.innovation(original) != nil else {
                report(field, "'\(original)' bukan inovasi di workspace maupun di berkas ini",
                       "'\(original)' is not an innovation in the workspace or in this file")
                continue
            }
            if let path = loops.loop(from: innovation.id) {
                let chain = path.joined(separator: " → ")
                report(field, "rantai replikasi berputar: \(chain)", "the replication chain loops: \(chain)")
            }
        }
        return innovations
    }
}

extension Agency.Kind {
    /// The region level an agency of this type governs; nil for the others.
    var level: Region.Level? {
        switch self {
        case .provinsi: .provinsi
        case .kabupaten: .kabupaten
        case .kota: .kota
        case .kementerian, .lembaga, .bumn, .bumd: nil
        }
    }
}
