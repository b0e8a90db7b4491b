import Foundation
import GRDB
import PKRICore

extension Workspace {
    /// Per group: counts, statistics and band counts of one index over every
    /// registered subject of the template's kind. Streams the results:
    /// memory grows with groups and subjects, not with submissions.
    public func aggregate(template t: Template, index: String, by grouping: Grouping,
                          language l: Language) throws(WorkspaceError) -> [GroupSummary] {
        let agencies = try registryMaps(innovations: false).agencies
        var groups: [String: GroupSummary] = [:]
        var keys: [String: String] = [:]   // by agency, for the groupings that depend on the agency alone
        _ = try forEachSubject(template: t, indices: [index]) { subject, results in
            guard let r = results.first else { return }
            let key = Self.groupKey(subject, grouping, agencies, memo: &keys)
            groups[key, default: GroupSummary(group: key, name: grouping.name(of: key, agencies: agencies, l))].add(r)
        }
        return groups.values.sorted { $0.group.utf8.lexicographicallyPrecedes($1.group.utf8) }
    }

    /// Results of every index with their group, for rankings.
    public func groupedResults(template t: Template, index: String, by grouping: Grouping?,
                               language l: Language) throws(WorkspaceError) -> [(group: String, name: String, results: [SubjectResult])] {
        let agencies = try registryMaps(innovations: false).agencies
        var groups: [String: [SubjectResult]] = [:]
        var keys: [String: String] = [:]
        _ = try forEachSubject(template: t) { subject, results in
            let key = grouping.map { Self.groupKey(subject, $0, agencies, memo: &keys) } ?? "*"
            groups[key, default: []].append(contentsOf: results)
        }
        return groups.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { key in
            (key, grouping.map { $0.name(of: key, agencies: agencies, l) } ?? l.pick("semua", "all"), groups[key]!)
        }
    }

    private static func groupKey(_ s: SubjectRecord, _ grouping: Grouping, _ agencies: [String: Agency],
                                 memo: inout [String: String]) -> String {
        switch grouping {
        case .kippYear, .award:
            return grouping.key(agency: agencies[s.agency], kippYear: s.kippYear, kippAward: s.kippAward)
        case .province, .regency, .agencyType, .agency:
            if let known = memo[s.agency] { return known }
            let key = grouping.key(agency: agencies[s.agency], kippYear: nil, kippAward: nil)
            memo[s.agency] = key
            return key
        }
    }

    struct RegistryMaps {
        var agencies: [String: Agency]
        var innovations: [String: Innovation]
    }

    /// The registry as naming needs it: ids, names, agency type and region,
    /// and (when asked) innovation agency, KIPP year and award. The extra
    /// columns, parents and replications are not read.
    func registryMaps(innovations withInnovations: Bool = true) throws(WorkspaceError) -> RegistryMaps {
        try read { db in
            var agencies: [String: Agency] = [:]
            let agencyRows = try Row.fetchCursor(db, sql: "SELECT id, name, type, region FROM agency")
            while let row = try agencyRows.next() {
                guard let type = Agency.Kind(rawValue: row[2]) else { continue }
                agencies[row[0]] = Agency(id: row[0], name: row[1], type: type, region: row[3])
            }
            var innovations: [String: Innovation] = [:]
            guard withInnovations else { return RegistryMaps(agencies: agencies, innovations: innovations) }
            let innovationRows = try Row.fetchCursor(db, sql: "SELECT id, name, agency, kippYear, kippAward FROM innovation")
            while let row = try innovationRows.next() {
                innovations[row[0]] = Innovation(id: row[0], name: row[1], agency: row[2], kippYear: row[3], kippAward: row[4])
            }
            return RegistryMaps(agencies: agencies, innovations: innovations)
        }
    }
}
