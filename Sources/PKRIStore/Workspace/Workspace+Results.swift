import Foundation
import GRDB
import PKRICore

extension Workspace {
    /// Final results of one template version: every registered subject of
    /// the template's kind, every index, assessors joined as the spec says.
    public struct ResultsRun: Sendable {
        public let template: Template
        /// Submissions of the same template made with another version, left out.
        public let leftOut: Int
    }

    /// The template version results are computed with: `ID` (latest added)
    /// or `ID@VERSION`.
    public func resultsTemplate(_ reference: String, language: Language) throws(WorkspaceError) -> Template {
        let parts = reference.split(separator: "@", maxSplits: 1).map(String.init)
        return try template(id: parts[0], version: parts.count > 1 ? parts[1] : nil, language: language)
    }

    /// Streams results subject by subject (in id order), one subject's rows
    /// at a time. `body` gets the results of `indices` (every index of the
    /// template when nil), in the template's order.
    ///
    /// Results come from the combined-result cache, brought up to date
    /// first (Workspace+ResultCache.swift); a subject whose rows a
    /// concurrent writer dropped since is computed from its submissions.
    public func forEachResult(template t: Template, subject only: String? = nil, indices wanted: Set<String>? = nil,
                              _ body: (String, [SubjectResult]) throws -> Void) throws(WorkspaceError) -> ResultsRun {
        try forEachSubject(template: t, subject: only, indices: wanted) { try body($0.id, $1) }
    }

    /// A registered subject as grouping needs it, read with its results.
    struct SubjectRecord {
        var id: String
        /// The innovation's agency; for agency templates, the subject itself.
        var agency: String
        var kippYear: Int?
        var kippAward: String?
    }

    /// ``forEachResult(template:subject:indices:_:)`` with each subject's registry record.
    func forEachSubject(template t: Template, subject only: String? = nil, indices wanted: Set<String>? = nil,
                        _ body: (SubjectRecord, [SubjectResult]) throws -> Void) throws(WorkspaceError) -> ResultsRun {
        refreshResultCache(template: t, subject: only)
        let indices = t.indices.filter { wanted?.contains($0.id) ?? true }
        return try read { db in
            let registry = t.subject.registryTable + " reg"
            let record = t.subject == .agency ? "reg.id, NULL, NULL" : "reg.agency, reg.kippYear, reg.kippAward"
            var arguments: StatementArguments = [t.sha256]
            // One index (aggregate, a filtered listing): looked up by its key.
            let single = wanted?.count == 1 ? wanted!.first! : nil
            if let single { arguments += [single] }
            if let only { arguments += [only] }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT reg.id, r.indexId, r.value, r.band, r.assessors, r.spread, r.disagreement, r.claimed, r.gap, r.state,
                       \(record)
                FROM \(registry) LEFT JOIN result r ON r.subject = reg.id AND r.templateSha256 = ?
                    \(single == nil ? "" : "AND r.indexId = ?")
                \(only == nil ? "" : "WHERE reg.id = ?")
                ORDER BY reg.id
                """, arguments: arguments)
            var subject: SubjectRecord?
            var cached: [String: SubjectResult] = [:]
            func flush() throws {
                guard let s = subject else { return }
                var results = indices.compactMap { cached[$0.id] }
                if results.count != indices.count {
                    let all = try computeResults(of: s.id, template: t, in: db)
                    results = all.filter { r in indices.contains { $0.id == r.index } }
                }
                try body(s, results)
            }
            while let row = try rows.next() {
                let id: String = row[0]
                if id != subject?.id {
                    try flush()
                    subject = SubjectRecord(id: id, agency: row[10], kippYear: row[11], kippAward: row[12])
                    cached.removeAll(keepingCapacity: true)
                }
                guard let index: String = row[1], wanted?.contains(index) ?? true else { continue }
                cached[index] = SubjectResult(
                    subject: id, index: index, value: (row[2] as String?).flatMap(DecimalText.parse), band: row[3],
                    assessors: row[4], spread: (row[5] as String?).flatMap(DecimalText.parse), disagreement: row[6],
                    claimed: (row[7] as String?).flatMap(DecimalText.parse), gap: (row[8] as String?).flatMap(DecimalText.parse),
                    state: SubjectResult.State(rawValue: row[9]) ?? .notStarted)
            }
            try flush()
            let leftOut = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM submission WHERE template = ? AND templateVersion != ?",
                                           arguments: [t.id, t.version]) ?? 0
            return ResultsRun(template: t, leftOut: leftOut)
        }
    }

}
