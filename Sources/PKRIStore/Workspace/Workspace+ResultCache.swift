import Foundation
import GRDB
import PKRICore

/// The combined-result cache: each subject's final results of one template
/// text, so that `results`, `aggregate` and `rank` read one row per subject
/// and index instead of joining every assessor again.
///
/// Rows are keyed by the template's sha256. The triggers of migration
/// `v5-result-cache` delete a subject's rows in the same transaction that
/// inserts, updates or deletes any of its submissions or their scores, so a
/// row that exists is never stale; a missing one is computed from the stored
/// submissions, exactly as without the cache.
extension Workspace {
    /// Computes and stores the results of every registered subject of the
    /// template's kind that has none cached for this template text. One write
    /// transaction; on a workspace that cannot be written (a read-only copy)
    /// nothing is stored and readers compute what they need.
    func refreshResultCache(template t: Template, subject only: String? = nil) {
        // A what-if's figures are stored nowhere (Template.withWeights).
        guard !t.indices.isEmpty, !isReadOnly, !t.isWhatIf else { return }
        let table = t.subject.registryTable
        do {
            // All of them: one flag (table resultComplete) says whether any is
            // missing; without it the write below finds the missing ones and
            // sets it. One subject: a lookup says whether it is cached.
            let fresh = try pool.read { db in
                if let only {
                    return try Bool.fetchOne(db.cachedStatement(sql: """
                        SELECT EXISTS (SELECT 1 FROM result WHERE subject = ? AND templateSha256 = ?)
                        """), arguments: [only, t.sha256]) ?? false
                }
                return try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM resultComplete WHERE templateSha256 = ?"),
                                         arguments: [t.sha256]) ?? false
            }
            if fresh { return }
            try pool.write { db in
                let missing = try String.fetchAll(db, sql: """
                    SELECT reg.id FROM \(table) reg WHERE \(only == nil ? "1" : "reg.id = ?")
                        AND NOT EXISTS (SELECT 1 FROM result r WHERE r.templateSha256 = ? AND r.subject = reg.id)
                    ORDER BY reg.id
                    """, arguments: only == nil ? [t.sha256] : [only!, t.sha256])
                let insert = try db.cachedStatement(sql: """
                    INSERT INTO result (templateSha256, subject, indexId, value, band, assessors, spread,
                                        disagreement, claimed, gap, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                let store = { (subject: String, results: [SubjectResult]) throws in
                    for r in results {
                        try insert.execute(arguments: [
                            t.sha256, subject, r.index, r.value.map(DecimalText.format), r.band, r.assessors,
                            r.spread.map(DecimalText.format), r.disagreement, r.claimed.map(DecimalText.format),
                            r.gap.map(DecimalText.format), r.state.rawValue,
                        ])
                    }
                }
                // A few subjects (after an assessment was saved): one lookup
                // each. Many (after an import): one pass over every
                // submission in subject order, as they come.
                if missing.count <= 64 {
                    for subject in missing { try store(subject, try computeResults(of: subject, template: t, in: db)) }
                } else {
                    let rows = try Row.fetchCursor(db, sql: "SELECT \(SubjectJoin.columns) ORDER BY s.subject, s.id",
                                                   arguments: [t.id, t.version])
                    var join = SubjectJoin(template: t)
                    var pending = try rows.next()
                    for subject in missing {
                        while let row = pending, SubjectJoin.precedesOrEqual(row[0], subject) {
                            if (row[0] as String) == subject { try join.add(row, in: db) }
                            pending = try rows.next()
                        }
                        try store(subject, join.finish(subject))
                    }
                }
                if only == nil {
                    try db.execute(sql: "INSERT OR REPLACE INTO resultComplete VALUES (?)", arguments: [t.sha256])
                }
            }
        } catch {
            // Not fatal: forEachResult computes whatever is not cached.
        }
    }

    /// One subject's results of every index, joined from its stored
    /// submissions of this template version.
    func computeResults(of subject: String, template t: Template, in db: Database) throws -> [SubjectResult] {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT \(SubjectJoin.columns) AND s.subject = ? ORDER BY s.id"),
                                       arguments: [t.id, t.version, subject])
        var join = SubjectJoin(template: t)
        while let row = try rows.next() { try join.add(row, in: db) }
        return join.finish(subject)
    }
}

/// Joins one subject's submission rows (``columns``) into its results: each
/// submission's cached index values, a missing or foreign score row
/// recomputed from the answers, combined as the spec says.
struct SubjectJoin {
    /// What ``add(_:in:)`` reads, in order; the caller adds conditions and the order.
    static let columns = """
        s.subject, s.id, s.assessor, s.role, s.status, s.updated, sc.indexId, sc.value, sc.templateSha256
        FROM submission s LEFT JOIN score sc ON sc.submission = s.id
        WHERE s.template = ? AND s.templateVersion = ?
        """

    let template: Template
    private var values: [String: [AssessorValue]] = [:]
    private var recomputed = Set<String>()

    init(template: Template) {
        self.template = template
    }

    mutating func add(_ row: Row, in db: Database) throws {
        let id: String = row[1]
        let role = Submission.Role(rawValue: row[3]) ?? .self
        let status = Submission.Status(rawValue: row[4]) ?? .draft
        let value = { (v: Decimal?) in
            AssessorValue(submission: id, assessor: row[2], role: role, status: status, updated: row[5], value: v)
        }
        guard (row[8] as String?) == template.sha256 else {
            guard recomputed.insert(id).inserted else { return }
            let json = try String.fetchOne(db.cachedStatement(sql: "SELECT answers FROM submission WHERE id = ?"),
                                           arguments: [id]) ?? "[]"
            let answers = try JSONDecoder().decode([Answer].self, from: Data(json.utf8))
            let fresh = Dictionary(Scorer(template).score(answers).indices.map { ($0.id, $0.value) },
                                   uniquingKeysWith: { a, _ in a })
            for index in template.indices { values[index.id, default: []].append(value(fresh[index.id] ?? nil)) }
            return
        }
        guard let indexID: String = row[6] else { return }
        values[indexID, default: []].append(value((row[7] as String?).flatMap(DecimalText.parse)))
    }

    /// The subject's results, in the template's index order; then starts afresh.
    mutating func finish(_ subject: String) -> [SubjectResult] {
        defer {
            values.removeAll(keepingCapacity: true)
            recomputed.removeAll(keepingCapacity: true)
        }
        return template.indices.map { Combiner.combine(values[$0.id] ?? [], subject: subject, index: $0) }
    }

    /// SQLite's BINARY order, which `ORDER BY` uses.
    static func precedesOrEqual(_ a: String, _ b: String) -> Bool {
        a == b || a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
