import Foundation
import GRDB
import PKRICore

extension Workspace {
    /// Per group: counts, statistics and band counts of one index over every
    /// registered subject of the template's kind. Streams the results:
    /// memory grows with groups and subjects, not with submissions.
    public func aggregate(template t: Template, index: String, by grouping: Grouping,
                          language l: Language) throws(WorkspaceError) -> [GroupSummary] {
        let registry = try registryMaps()
        var groups: [String: GroupSummary] = [:]
        _ = try forEachResult(template: t, indices: [index]) { subject, results in
            guard let r = results.first else { return }
            let key = groupKey(subject, t, grouping, registry)
            groups[key, default: GroupSummary(group: key, name: grouping.name(of: key, agencies: registry.agencies, l))].add(r)
        }
        return groups.values.sorted { $0.group.utf8.lexicographicallyPrecedes($1.group.utf8) }
    }

    /// Results of one index with their group, for rankings.
    public func groupedResults(template t: Template, index: String, by grouping: Grouping?,
                               language l: Language) throws(WorkspaceError) -> [(group: String, name: String, results: [SubjectResult])] {
        let registry = try registryMaps()
        var groups: [String: [SubjectResult]] = [:]
        _ = try forEachResult(template: t) { subject, results in
            let key = grouping.map { groupKey(subject, t, $0, registry) } ?? "*"
            groups[key, default: []].append(contentsOf: results)
        }
        return groups.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { key in
            (key, grouping.map { $0.name(of: key, agencies: registry.agencies, l) } ?? l.pick("semua", "all"), groups[key]!)
        }
    }

    struct RegistryMaps {
        var agencies: [String: Agency]
        var innovations: [String: Innovation]
    }

    /// The registry as grouping and naming need it: ids, names, agency
    /// type and region, innovation agency, KIPP year and award. The extra
    /// columns, parents and replications are not read (decoding them for
    /// every subject was a fifth of an aggregation's time).
    func registryMaps() throws(WorkspaceError) -> RegistryMaps {
        try read { db in
            var agencies: [String: Agency] = [:]
            let agencyRows = try Row.fetchCursor(db, sql: "SELECT id, name, type, region FROM agency")
            while let row = try agencyRows.next() {
                guard let type = Agency.Kind(rawValue: row[2]) else { continue }
                agencies[row[0]] = Agency(id: row[0], name: row[1], type: type, region: row[3])
            }
            var innovations: [String: Innovation] = [:]
            let innovationRows = try Row.fetchCursor(db, sql: "SELECT id, name, agency, kippYear, kippAward FROM innovation")
            while let row = try innovationRows.next() {
                innovations[row[0]] = Innovation(id: row[0], name: row[1], agency: row[2], kippYear: row[3], kippAward: row[4])
            }
            return RegistryMaps(agencies: agencies, innovations: innovations)
        }
    }

    private func groupKey(_ subject: String, _ t: Template, _ grouping: Grouping, _ r: RegistryMaps) -> String {
        if t.subject == .agency { return grouping.key(agency: r.agencies[subject], innovation: nil) }
        let innovation = r.innovations[subject]
        return grouping.key(agency: innovation.flatMap { r.agencies[$0.agency] }, innovation: innovation)
    }
}
