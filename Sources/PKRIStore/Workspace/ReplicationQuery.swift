import Foundation
import GRDB
import PKRICore

/// Reads what the replication lineages are built from — the registry's
/// agencies and innovations and, when an index is asked for, its combined
/// results — and builds the ``ReplicationNetwork`` (PKRICore) from them.
/// The lineage itself is worked out in the core; this only supplies rows.
///
/// ```swift
/// let query = ReplicationQuery(template: t, index: "keberlanjutan")
/// let network = try query.network(in: workspace)
/// network.lineage(of: "INOV-2019-0042")?.total
/// ```
public struct ReplicationQuery: Sendable {
    /// The template whose results the lineages carry; nil for the registry alone.
    public let template: Template?
    /// An index of ``template``.
    public let index: String?

    /// Lineages from the registry alone.
    public init() {
        template = nil
        index = nil
    }

    /// Lineages with each innovation's combined result on `index` of
    /// `template`, which must assess innovations (`subject="innovation"`):
    /// an agency template has no result for an innovation, and none is read.
    public init(template: Template, index: String) {
        self.template = template
        self.index = index
    }

    public func network(in workspace: Workspace) throws(WorkspaceError) -> ReplicationNetwork {
        let (agencies, innovations) = try workspace.read { db in
            (try Self.agencies(db), try Self.innovations(db))
        }
        var results: [SubjectResult]?
        if let template, let index, template.subject == .innovation {
            var collected: [SubjectResult] = []
            collected.reserveCapacity(innovations.count)
            _ = try workspace.forEachResult(template: template, indices: [index]) { _, rows in
                collected.append(contentsOf: rows)
            }
            results = collected
        }
        return ReplicationNetwork(innovations: innovations, agencies: agencies, results: results)
    }

    /// Agencies with the columns a lineage shows, read by position.
    static func agencies(_ db: Database) throws -> [Agency] {
        var out: [Agency] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name, type, region FROM agency")
        while let row = try rows.next() {
            guard let type = Agency.Kind(rawValue: row[2]) else { continue }
            out.append(Agency(id: row[0], name: row[1], type: type, region: row[3]))
        }
        return out
    }

    /// Innovations in id order (the order of siblings in a lineage).
    static func innovations(_ db: Database) throws -> [Innovation] {
        var out: [Innovation] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name, agency, replicates, status FROM innovation ORDER BY id")
        while let row = try rows.next() {
            out.append(Innovation(id: row[0], name: row[1], agency: row[2], replicates: row[3], status: row[4]))
        }
        return out
    }
}
