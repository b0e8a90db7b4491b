import Foundation
import GRDB
import PKRICore

extension Workspace {
    /// The subjects that have a submission (for template `only`, when
    /// given), by id: those `pkri report batch` writes a report for. Reads
    /// ids only, not the submissions.
    public func reportSubjects(template only: String? = nil) throws(WorkspaceError) -> [String] {
        try read { db in
            var request = Submission.select(Submission.Columns.subject, as: String.self).distinct()
            if let only { request = request.filter(Submission.Columns.template == only) }
            return try request.order(Submission.Columns.subject).fetchAll(db)
        }
    }

    /// Everything the evaluator report of one subject needs, from the
    /// registry and the stored submissions (one part per template version).
    public func subjectReport(_ subject: String, template only: String? = nil, producedAt: String,
                              language l: Language) throws(WorkspaceError) -> SubjectReport {
        let innovation = try self.innovation(subject)
        let agency: Agency?
        if let innovation { agency = try self.agency(innovation.agency) } else { agency = try self.agency(subject) }
        guard innovation != nil || agency != nil else {
            throw .notFound(kind: l.pick("subjek", "subject"), id: subject)
        }
        var replicated: Innovation?
        if let id = innovation?.replicates { replicated = try self.innovation(id) }
        var parts: [SubjectReport.Part] = []
        let all = try submissions(subject: subject, template: only)
        let byTemplate = Dictionary(grouping: all) { "\($0.template)@\($0.templateVersion)" }
        for key in byTemplate.keys.sorted() {
            let subs = byTemplate[key]!
            let t = try template(id: subs[0].template, version: subs[0].templateVersion, language: l)
            parts.append(.init(template: t, submissions: subs))
        }
        return SubjectReport(subject: subject, innovation: innovation, agency: agency, replicated: replicated,
                             parts: parts, producedAt: producedAt, language: l)
    }
}

extension Workspace {
    /// The recap of one index over every registered subject of the template,
    /// with the replication page: the originals ranked by reach (at most
    /// `top`) and the lineage of `innovation` (its original's, for a
    /// replica), or of the original with the widest reach when nil.
    public func summaryReport(template t: Template, index: String, by grouping: Grouping, top: Int,
                              innovation: String? = nil, producedAt: String,
                              language l: Language) throws(WorkspaceError) -> SummaryReport {
        guard let idx = t.index(index) else { throw .notFound(kind: l.pick("indeks", "index"), id: index) }
        let groups = try aggregate(template: t, index: index, by: grouping, language: l)
        var results: [SubjectResult] = []
        _ = try forEachResult(template: t, indices: [index]) { _, all in results += all }
        let registry = try registryMaps()
        var names: [String: String] = [:]
        for r in results { names[r.subject] = registry.innovations[r.subject]?.name ?? registry.agencies[r.subject]?.name }
        let network = try ReplicationQuery(template: t, index: index).network(in: self)
        let replication: ReplicationOverview
        do throws(ReplicationOverview.Failure) {
            replication = try ReplicationOverview(network: network, top: top, focus: innovation)
        } catch {
            switch error {
            case .notInAnyLineage(let id): throw .notFound(kind: l.pick("inovasi", "innovation"), id: id)
            }
        }
        return SummaryReport(template: t, index: idx, grouping: grouping, groups: groups, results: results,
                             names: names, top: top, producedAt: producedAt, language: l, replication: replication)
    }
}
