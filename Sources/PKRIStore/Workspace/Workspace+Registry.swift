import Foundation
import GRDB
import PKRICore

/// What importing one registry file changed: ids new to the workspace,
/// ids whose row differed and was updated, ids already stored as given.
public struct RegistryImportSummary: Sendable, Hashable {
    public var file: String
    public var kind: RegistryFile.Kind
    public var added: [String] = []
    public var updated: [String] = []
    public var unchanged: [String] = []
    /// Non-fatal findings about the file.
    public var warnings: [Diagnostic] = []
}

extension Workspace {
    /// Imports one registry CSV (agencies or innovations, told by its header)
    /// in one write transaction: every row is stored, or, when any row is
    /// wrong, none. Rows already stored as given are left alone.
    ///
    /// ```swift
    /// let summary = try ws.importRegistry(contentsOf: "samples/registry/agencies.csv")
    /// summary.added.count   // 22
    /// ```
    public func importRegistry(contentsOf path: String, language: Language = .id)
        throws(WorkspaceError) -> RegistryImportSummary {
        let bytes: [UInt8]
        do throws(DocumentError) {
            bytes = try CSVReader(language: language).readBytes(path)
        } catch {
            throw .invalid(error.diagnostics)
        }
        return try importRegistry(bytes, file: path, language: language)
    }

    /// Imports registry CSV bytes; `file` names them in messages.
    public func importRegistry(_ bytes: [UInt8], file: String, language: Language = .id)
        throws(WorkspaceError) -> RegistryImportSummary {
        let table: CSVReader.Table
        do throws(DocumentError) {
            table = try CSVReader(language: language).read(bytes, file: file)
        } catch {
            throw .invalid(error.diagnostics)
        }
        // Checked inside the transaction, so references are checked against
        // the very state the rows are written to.
        return try write { db in
            let known = RegistryFile.Known(agencies: try Agency.fetchAll(db), innovations: try Innovation.fetchAll(db))
            let checked: RegistryFile
            do throws(DocumentError) {
                checked = try RegistryFile(table, file: file, known: known, language: language)
            } catch {
                throw WorkspaceError.invalid(error.diagnostics)
            }
            var summary = RegistryImportSummary(file: file, kind: checked.kind, warnings: checked.warnings)
            switch checked.records {
            case .agencies(let agencies):
                try Self.store(agencies, existing: known.agency, id: \.id, into: &summary, db)
            case .innovations(let innovations):
                try Self.store(innovations, existing: known.innovation, id: \.id, into: &summary, db)
            }
            return summary
        }
    }

    /// Imports several files, each in its own transaction, agencies files
    /// before innovations files (so innovations may name agencies from the
    /// same run), otherwise in the order given. A rejected file does not stop
    /// the others.
    public func importRegistry(contentsOf paths: [String], language: Language = .id)
        -> [(file: String, result: Result<RegistryImportSummary, WorkspaceError>)] {
        let reader = CSVReader(language: language)
        let inputs = paths.map { path -> (String, Result<[UInt8], WorkspaceError>) in
            do throws(DocumentError) {
                return (path, .success(try reader.readBytes(path)))
            } catch {
                return (path, .failure(.invalid(error.diagnostics)))
            }
        }
        let agenciesFirst = inputs.enumerated().sorted { a, b in
            let rank = { (input: (String, Result<[UInt8], WorkspaceError>)) -> Int in
                guard case .success(let bytes) = input.1 else { return 1 }
                return RegistryFile.kind(of: bytes) == .agencies ? 0 : 1
            }
            return (rank(a.element), a.offset) < (rank(b.element), b.offset)
        }
        return agenciesFirst.map { _, input in
            let (path, read) = input
            return (path, read.flatMap { bytes in
                Result { () throws(WorkspaceError) in try importRegistry(bytes, file: path, language: language) }
            })
        }
    }

    /// Inserts new records and updates changed ones; notes each id in the summary.
    private static func store<R: PersistableRecord & Equatable>(
        _ records: [R], existing: (String) -> R?, id: KeyPath<R, String>,
        into summary: inout RegistryImportSummary, _ db: Database) throws {
        for record in records {
            switch existing(record[keyPath: id]) {
            case nil:
                try record.insert(db)
                summary.added.append(record[keyPath: id])
            case let old? where old != record:
                try record.update(db)
                summary.updated.append(record[keyPath: id])
            case _?:
                summary.unchanged.append(record[keyPath: id])
            }
        }
    }
}

extension Workspace {
    /// Agencies by id; with `region`, those in it: a province code (`35`)
    /// includes its kabupaten/kota, `35.78` just that one.
    public func agencies(region: String? = nil) throws(WorkspaceError) -> [Agency] {
        try read { db in try Agency.all().inRegion(region).order(Agency.Columns.id).fetchAll(db) }
    }

    /// Innovations by id; with `region`, those whose agency is in it (see ``agencies(region:)``).
    public func innovations(region: String? = nil) throws(WorkspaceError) -> [Innovation] {
        try read { db in
            var request = Innovation.all()
            if let region {
                let agencies = Agency.select(Agency.Columns.id).inRegion(region)
                request = request.filter(agencies.contains(Innovation.Columns.agency))
            }
            return try request.order(Innovation.Columns.id).fetchAll(db)
        }
    }

    /// The agency with this id, if stored.
    public func agency(_ id: String) throws(WorkspaceError) -> Agency? {
        try read { db in try Agency.fetchOne(db, key: id) }
    }

    /// The innovation with this id, if stored.
    public func innovation(_ id: String) throws(WorkspaceError) -> Innovation? {
        try read { db in try Innovation.fetchOne(db, key: id) }
    }

    /// Agencies whose parent is `id`, by id.
    public func agencies(parent id: String) throws(WorkspaceError) -> [Agency] {
        try read { db in try Agency.filter(Column("parent") == id).order(Agency.Columns.id).fetchAll(db) }
    }

    /// Innovations run by the agency `id`, by id.
    public func innovations(agency id: String) throws(WorkspaceError) -> [Innovation] {
        try read { db in try Innovation.filter(Innovation.Columns.agency == id).order(Innovation.Columns.id).fetchAll(db) }
    }

    /// Innovations that replicate `id`, by id.
    public func replications(of id: String) throws(WorkspaceError) -> [Innovation] {
        try read { db in try Innovation.filter(Column("replicates") == id).order(Innovation.Columns.id).fetchAll(db) }
    }
}

extension QueryInterfaceRequest<Agency> {
    /// Agencies in a region; a province code includes its kabupaten/kota.
    /// Nil keeps every agency.
    func inRegion(_ code: String?) -> Self {
        guard let code else { return self }
        return filter(sql: "region = ? OR substr(region, 1, length(?) + 1) = ? || '.'", arguments: [code, code, code])
    }
}
