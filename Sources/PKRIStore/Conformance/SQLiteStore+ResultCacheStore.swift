import Foundation
import GRDB
import PKRICore
import PKRIWorkspace

/// The combined-result cache (migrations v5, v6) behind the protocol: the
/// key's identity in the `templateSha256` column. A fill is one write
/// transaction, so no writer can land between its reads and its rows.
extension SQLiteStore {
    public func fillResults(_ key: ResultKey, kind: Template.Subject, subject only: String?,
                            combine: @Sendable (String, [ScoredEntry]) -> [SubjectResult]) async throws(ServiceError) -> Int {
        if only == nil, try await resultsComplete(key) { return 0 }
        let table = kind.registryTable
        // GRDB's async write takes an escaping closure; `combine` does not escape this call.
        do {
            return try await withoutActuallyEscaping(combine) { combine in
                try await asyncWrite { db in
                    let missing = try String.fetchAll(db, sql: """
                        SELECT reg.id FROM \(table) reg WHERE \(only == nil ? "1" : "reg.id = ?")
                            AND NOT EXISTS (SELECT 1 FROM result r WHERE r.templateSha256 = ? AND r.subject = reg.id)
                        ORDER BY reg.id
                        """, arguments: only == nil ? [key.identity] : [only!, key.identity])
                    let insert = try db.cachedStatement(sql: """
                        INSERT OR IGNORE INTO result (templateSha256, subject, indexId, value, band, assessors, spread,
                                                      disagreement, claimed, gap, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                    for subject in missing {
                        for r in combine(subject, try Self.entries(key, subject: subject, in: db)) {
                            try insert.execute(arguments: [
                                key.identity, subject, r.index, r.value.map(DecimalText.format), r.band, r.assessors,
                                r.spread.map(DecimalText.format), r.disagreement, r.claimed.map(DecimalText.format),
                                r.gap.map(DecimalText.format), r.state.rawValue,
                            ])
                        }
                    }
                    if only == nil {
                        try db.execute(sql: "INSERT OR REPLACE INTO resultComplete VALUES (?)", arguments: [key.identity])
                    }
                    return missing.count
                }
            }
        } catch {
            throw serviceError(error)
        }
    }

    public func resultsComplete(_ key: ResultKey) async throws(ServiceError) -> Bool {
        try await asyncRead { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM resultComplete WHERE templateSha256 = ?", arguments: [key.identity]) ?? false
        }
    }

    public func forEachResult(_ key: ResultKey, kind: Template.Subject, subject only: String?, indices wanted: Set<String>?,
                              _ body: (RegisteredSubject, [SubjectResult]?) throws -> Void) async throws(ServiceError) {
        let record = kind == .agency ? "reg.id, NULL, NULL" : "reg.agency, reg.kippYear, reg.kippAward"
        let sql = """
            SELECT reg.id, \(record), r.indexId, r.value, r.band, r.assessors, r.spread, r.disagreement, r.claimed, r.gap, r.state
            FROM \(kind.registryTable) reg LEFT JOIN result r ON r.subject = reg.id AND r.templateSha256 = ?
            \(only == nil ? "" : "WHERE reg.id = ?") ORDER BY reg.id
            """
        let arguments: StatementArguments = only == nil ? [key.identity] : [key.identity, only!]
        // Streamed from one snapshot on GRDB's reader queue while this call
        // waits: `body` runs there, one subject at a time, never concurrently.
        do {
            try await withoutActuallyEscaping(body) { body in
                let call = UncheckedBody(call: body)
                try await asyncRead { db in
                    let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                    var subject: RegisteredSubject?
                    var results: [SubjectResult] = []
                    var cached = false
                    func flush() throws {
                        guard let subject else { return }
                        try call.call(subject, cached ? results : nil)
                    }
                    while let row = try rows.next() {
                        let id: String = row[0]
                        if id != subject?.id {
                            try flush()
                            subject = RegisteredSubject(id: id, agency: row[1], kippYear: row[2], kippAward: row[3])
                            results.removeAll(keepingCapacity: true)
                            cached = false
                        }
                        guard let index: String = row[4] else { continue }
                        cached = true
                        guard wanted?.contains(index) ?? true else { continue }
                        results.append(SubjectResult(
                            subject: id, index: index, value: (row[5] as String?).flatMap(DecimalText.parse), band: row[6],
                            assessors: row[7], spread: (row[8] as String?).flatMap(DecimalText.parse), disagreement: row[9],
                            claimed: (row[10] as String?).flatMap(DecimalText.parse), gap: (row[11] as String?).flatMap(DecimalText.parse),
                            state: SubjectResult.State(rawValue: row[12]) ?? .notStarted))
                    }
                    try flush()
                }
            }
        } catch {
            throw serviceError(error)
        }
    }

    public func scoredEntries(_ key: ResultKey, subject: String) async throws(ServiceError) -> [ScoredEntry] {
        try await asyncRead { db in try Self.entries(key, subject: subject, in: db) }
    }

    /// A subject's submissions of the key's version with their index values
    /// (or answers, when the values came from another text), by id.
    static func entries(_ key: ResultKey, subject: String, in db: Database) throws -> [ScoredEntry] {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT s.id, s.assessor, s.role, s.status, s.updated, sc.indexId, sc.value, sc.templateSha256
            FROM submission s LEFT JOIN score sc ON sc.submission = s.id
            WHERE s.template = ? AND s.templateVersion = ? AND s.subject = ? ORDER BY s.id
            """), arguments: [key.template, key.version, subject])
        var out: [ScoredEntry] = []
        for row in rows {
            let id: String = row[0]
            if out.last?.submission != id {
                out.append(ScoredEntry(submission: id, assessor: row[1], role: Submission.Role(rawValue: row[2]) ?? .self,
                                       status: Submission.Status(rawValue: row[3]) ?? .draft, updated: row[4],
                                       values: [:], answers: nil))
            }
            guard (row[7] as String?) == key.identity, let index: String = row[5] else {
                if out[out.count - 1].answers == nil {
                    let json = try String.fetchOne(db, sql: "SELECT answers FROM submission WHERE id = ?", arguments: [id]) ?? "[]"
                    out[out.count - 1].answers = try JSONDecoder().decode([Answer].self, from: Data(json.utf8))
                    out[out.count - 1].values = nil
                }
                continue
            }
            out[out.count - 1].values?[index] = (row[6] as String?).flatMap(DecimalText.parse)
        }
        return out
    }
}

/// A caller's non-Sendable closure run on GRDB's queue while the caller
/// awaits: it is called from one thread at a time and never after return.
private struct UncheckedBody: @unchecked Sendable {
    let call: (RegisteredSubject, [SubjectResult]?) throws -> Void
}
