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
        _ = try forEachResult(template: t) { subject, results in
            guard let r = results.first(where: { $0.index == index }) else { return }
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

    func registryMaps() throws(WorkspaceError) -> RegistryMaps {
        try read { db in
            RegistryMaps(agencies: Dictionary(try Agency.fetchAll(db).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
                         innovations: Dictionary(try Innovation.fetchAll(db).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
        }
    }

    private func groupKey(_ subject: String, _ t: Template, _ grouping: Grouping, _ r: RegistryMaps) -> String {
        if t.subject == .agency { return grouping.key(agency: r.agencies[subject], innovation: nil) }
        let innovation = r.innovations[subject]
        return grouping.key(agency: innovation.flatMap { r.agencies[$0.agency] }, innovation: innovation)
    }
}
