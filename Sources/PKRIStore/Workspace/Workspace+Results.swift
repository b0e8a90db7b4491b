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

    /// Streams results subject by subject (in id order), holding one
    /// subject's submissions at a time. `body` gets every index of a subject.
    public func forEachResult(template t: Template, subject only: String? = nil,
                              _ body: (String, [SubjectResult]) throws -> Void) throws(WorkspaceError) -> ResultsRun {
        try read { db in
            let table = t.subject == .agency ? "agency" : "innovation"
            var subjects = try String.fetchAll(db, sql: "SELECT id FROM \(table) ORDER BY id")
            if let only { subjects = subjects.filter { $0 == only } }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT s.subject, s.id, s.assessor, s.role, s.status, s.updated, s.answers,
                       sc.indexId, sc.value, sc.templateSha256
                FROM submission s LEFT JOIN score sc ON sc.submission = s.id
                WHERE s.template = ? AND s.templateVersion = ? \(only == nil ? "" : "AND s.subject = ?")
                ORDER BY s.subject, s.id
                """, arguments: only == nil ? [t.id, t.version] : [t.id, t.version, only!])
            var pending: Row? = try rows.next()
            for subject in subjects {
                var values: [String: [AssessorValue]] = [:]
                var seen = Set<String>()
                var fresh: [String: IndexScore] = [:]
                while let row = pending, Self.precedesOrEqual(row["subject"], subject) {
                    defer { pending = try? rows.next() }
                    guard (row["subject"] as String) == subject else { continue }   // not registered
                    let id: String = row["id"]
                    let role = Submission.Role(rawValue: row["role"]) ?? .self
                    let status = Submission.Status(rawValue: row["status"]) ?? .draft
                    // A missing or foreign cache row is recomputed, never trusted.
                    if (row["templateSha256"] as String?) != t.sha256, !seen.contains(id) {
                        let answers = try JSONDecoder().decode([Answer].self, from: Data((row["answers"] as String).utf8))
                        for s in Scorer(t).score(answers).indices { fresh["\(id)\u{0}\(s.id)"] = s }
                        for index in t.indices {
                            values[index.id, default: []].append(AssessorValue(
                                submission: id, assessor: row["assessor"], role: role, status: status,
                                updated: row["updated"], value: fresh["\(id)\u{0}\(index.id)"]?.value))
                        }
                        seen.insert(id)
                        continue
                    }
                    guard (row["templateSha256"] as String?) == t.sha256, let indexID: String = row["indexId"] else { continue }
                    values[indexID, default: []].append(AssessorValue(
                        submission: id, assessor: row["assessor"], role: role, status: status, updated: row["updated"],
                        value: (row["value"] as String?).flatMap(DecimalText.parse)))
                }
                try body(subject, t.indices.map { Combiner.combine(values[$0.id] ?? [], subject: subject, index: $0) })
            }
            let leftOut = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM submission WHERE template = ? AND templateVersion != ?",
                                           arguments: [t.id, t.version]) ?? 0
            return ResultsRun(template: t, leftOut: leftOut)
        }
    }

    /// SQLite's BINARY order, which `ORDER BY` used.
    static func precedesOrEqual(_ a: String, _ b: String) -> Bool {
        a == b || a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
