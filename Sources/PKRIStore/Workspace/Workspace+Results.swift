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
            // The answers (the bulk of a row) are not selected: they are read
            // only for a submission whose cached values are missing or foreign.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT s.subject, s.id, s.assessor, s.role, s.status, s.updated,
                       sc.indexId, sc.value, sc.templateSha256
                FROM submission s LEFT JOIN score sc ON sc.submission = s.id
                WHERE s.template = ? AND s.templateVersion = ? \(only == nil ? "" : "AND s.subject = ?")
                ORDER BY s.subject, s.id
                """, arguments: only == nil ? [t.id, t.version] : [t.id, t.version, only!])
            let answersOf = try db.makeStatement(sql: "SELECT answers FROM submission WHERE id = ?")
            var pending: Row? = try rows.next()
            for subject in subjects {
                var values: [String: [AssessorValue]] = [:]
                var seen = Set<String>()
                while let row = pending, Self.precedesOrEqual(row[Column.subject], subject) {
                    defer { pending = try? rows.next() }
                    guard (row[Column.subject] as String) == subject else { continue }   // not registered
                    let id: String = row[Column.id]
                    let role = Submission.Role(rawValue: row[Column.role]) ?? .self
                    let status = Submission.Status(rawValue: row[Column.status]) ?? .draft
                    let value = { (v: Decimal?) in
                        AssessorValue(submission: id, assessor: row[Column.assessor], role: role, status: status,
                                      updated: row[Column.updated], value: v)
                    }
                    // A missing or foreign cache row is recomputed, never trusted.
                    if (row[Column.templateSha256] as String?) != t.sha256 {
                        guard seen.insert(id).inserted else { continue }
                        let json = try String.fetchOne(answersOf, arguments: [id]) ?? "[]"
                        let answers = try JSONDecoder().decode([Answer].self, from: Data(json.utf8))
                        let fresh = Dictionary(Scorer(t).score(answers).indices.map { ($0.id, $0.value) },
                                               uniquingKeysWith: { a, _ in a })
                        for index in t.indices { values[index.id, default: []].append(value(fresh[index.id] ?? nil)) }
                        continue
                    }
                    guard let indexID: String = row[Column.indexId] else { continue }
                    values[indexID, default: []].append(value((row[Column.value] as String?).flatMap(DecimalText.parse)))
                }
                try body(subject, t.indices.map { Combiner.combine(values[$0.id] ?? [], subject: subject, index: $0) })
            }
            let leftOut = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM submission WHERE template = ? AND templateVersion != ?",
                                           arguments: [t.id, t.version]) ?? 0
            return ResultsRun(template: t, leftOut: leftOut)
        }
    }

    /// The positions of the columns `forEachResult` selects.
    private enum Column {
        static let subject = 0, id = 1, assessor = 2, role = 3, status = 4, updated = 5
        static let indexId = 6, value = 7, templateSha256 = 8
    }

    /// SQLite's BINARY order, which `ORDER BY` used.
    static func precedesOrEqual(_ a: String, _ b: String) -> Bool {
        a == b || a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
