import Foundation
import PKRICore
import PKRIWorkspace
import PostgresNIO

extension PostgresStore {
    public func merge(_ batch: [ScoredSubmission], as principal: Principal) async throws(ServiceError) -> [MergeOutcome] {
        try await transaction { c in
            // Writers hold the result lock shared: a cache fill waits for them (PostgresStore+Results).
            try await c.query("SELECT pg_advisory_xact_lock_shared(\(Self.resultLock))", logger: logger)
            var outcomes: [MergeOutcome] = []
            outcomes.reserveCapacity(batch.count)
            for item in batch {
                // Each document in a savepoint: one the server refuses leaves no trace, the others stand.
                try await c.query("SAVEPOINT document", logger: logger)
                do {
                    let outcome = try await mergeOne(item, as: principal, c)
                    try await c.query("RELEASE SAVEPOINT document", logger: logger)
                    outcomes.append(outcome)
                } catch {
                    // A lost race aborts the whole transaction: it is tried again from the start.
                    if Self.isTransient(error) { throw error }
                    try await c.query("ROLLBACK TO SAVEPOINT document", logger: logger)
                    outcomes.append(.failed(mapped(error)))
                }
            }
            return outcomes
        }
    }

    /// One document by ``MergeRule``. Inserting first (`ON CONFLICT DO
    /// NOTHING`) settles a race between two writers of a new id; a stored
    /// one is locked (`FOR UPDATE`) before it is compared and replaced.
    private func mergeOne(_ item: ScoredSubmission, as principal: Principal, _ c: PostgresConnection) async throws -> MergeOutcome {
        let s = item.submission
        let inserted = try await c.query("""
            INSERT INTO submission (id, template, template_version, subject, assessor, role, stage, status, created, updated, answers)
            VALUES (\(s.id), \(s.template), \(s.templateVersion), \(s.subject), \(s.assessor), \(s.role.rawValue), \(s.stage),
                    \(s.status.rawValue), \(s.created), \(s.updated), \(Answer.storedJSON(s.answers)))
            ON CONFLICT (id) DO NOTHING RETURNING 1
            """, logger: logger).all().count == 1
        if inserted {
            guard case .insert(let entries) = MergeRule.decide(stored: nil, incoming: s) else { return .new }
            try await storeScores(item, c)
            try await append(entries, principal: principal, c)
            return .new
        }
        let stored = try await c.query("SELECT \(unescaped: Self.submissionColumns) FROM submission WHERE id = \(s.id) FOR UPDATE",
                                       logger: logger).decode(SubmissionRow.self).all().first.map(Self.submission)
        let decision = MergeRule.decide(stored: stored, incoming: s)
        if case .replace(let entries) = decision {
            try await c.query("""
                UPDATE submission SET template = \(s.template), template_version = \(s.templateVersion), subject = \(s.subject),
                    assessor = \(s.assessor), role = \(s.role.rawValue), stage = \(s.stage), status = \(s.status.rawValue),
                    created = \(s.created), updated = \(s.updated), answers = \(Answer.storedJSON(s.answers))
                WHERE id = \(s.id)
                """, logger: logger)
            try await storeScores(item, c)
            try await append(entries, principal: principal, c)
        }
        return decision.outcome
    }

    /// Replaces a submission's cached index values.
    private func storeScores(_ item: ScoredSubmission, _ c: PostgresConnection) async throws {
        try await c.query("DELETE FROM score WHERE submission = \(item.submission.id)", logger: logger)
        guard !item.scores.isEmpty else { return }
        var binds = PostgresBindings(capacity: 2 + 3 * item.scores.count)
        binds.append(item.submission.id)
        binds.append(item.templateSHA256)
        var rows: [String] = []
        for (i, score) in item.scores.enumerated() {
            let p = 3 + 3 * i
            rows.append("($1, $2, $\(p), $\(p + 1), $\(p + 2))")
            binds.append(score.index)
            binds.append(score.value.map(DecimalText.format))
            binds.append(score.band)
        }
        try await c.query(PostgresQuery(unsafeSQL: """
            INSERT INTO score (submission, template_sha256, index_id, value, band) VALUES \(rows.joined(separator: ", "))
            """, binds: binds), logger: logger)
    }

    /// Appends audit entries in one statement.
    private func append(_ entries: [AuditEntry], principal: Principal, _ c: PostgresConnection) async throws {
        guard !entries.isEmpty else { return }
        var binds = PostgresBindings(capacity: 1 + 8 * entries.count)
        binds.append(principal.description)
        var rows: [String] = []
        for (i, e) in entries.enumerated() {
            let p = 2 + 8 * i
            rows.append("($\(p), $\(p + 1), $1, $\(p + 2), $\(p + 3), $\(p + 4), $\(p + 5), $\(p + 6), $\(p + 7))")
            binds.append(e.at)
            binds.append(e.actor)
            binds.append(e.submission)
            binds.append(e.subject)
            binds.append(e.question)
            binds.append(e.field.rawValue)
            binds.append(e.old)
            binds.append(e.new)
        }
        try await c.query(PostgresQuery(unsafeSQL: """
            INSERT INTO audit (at, actor, principal, submission, subject, question, field, old, new)
            VALUES \(rows.joined(separator: ", "))
            """, binds: binds), logger: logger)
    }

    public func submission(id: String) async throws(ServiceError) -> Submission? {
        try await connection { c in
            try await c.query("SELECT \(unescaped: Self.submissionColumns) FROM submission WHERE id = \(id)", logger: logger)
                .decode(SubmissionRow.self).all().first.map(Self.submission)
        }
    }

    public func submissions(_ filter: SubmissionFilter) async throws(ServiceError) -> [Submission] {
        var conditions: [String] = []
        var binds = PostgresBindings()
        for (column, value) in [("subject", filter.subject), ("status", filter.status?.rawValue), ("template", filter.template)] {
            guard let value else { continue }
            binds.append(value)
            conditions.append("\(column) = $\(binds.count)")
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let query = PostgresQuery(unsafeSQL: """
            SELECT \(Self.submissionColumns) FROM submission \(whereClause) ORDER BY subject, updated, id
            """, binds: binds)
        return try await connection { c in
            try await c.query(query, logger: logger).decode(SubmissionRow.self).all().map(Self.submission)
        }
    }

    public func subjectsWithSubmissions(template: String?) async throws(ServiceError) -> [String] {
        try await connection { c in
            let rows = if let template {
                try await c.query("SELECT DISTINCT subject FROM submission WHERE template = \(template) ORDER BY subject", logger: logger)
            } else {
                try await c.query("SELECT DISTINCT subject FROM submission ORDER BY subject", logger: logger)
            }
            return try await rows.decode(String.self).all()
        }
    }

    public func countSubmissions(template id: String, otherThan version: String) async throws(ServiceError) -> Int {
        try await connection { c in
            try await c.query("SELECT count(*) FROM submission WHERE template = \(id) AND template_version <> \(version)",
                              logger: logger).decode(Int.self).all().first ?? 0
        }
    }
}

extension PostgresStore {
    public func history(subject: String) async throws(ServiceError) -> [AuditRecord] {
        try await connection { c in
            try await c.query("""
                SELECT seq, at, actor, principal, submission, subject, question, field, old, new
                FROM audit WHERE subject = \(subject) ORDER BY seq
                """, logger: logger)
                .decode((Int64, String, String, String?, String, String, String?, String, String?, String?).self).all()
                .map { r in
                    AuditRecord(AuditEntry(seq: r.0, at: r.1, actor: r.2, submission: r.4, subject: r.5, question: r.6,
                                           field: AuditEntry.Field(rawValue: r.7) ?? .note, old: r.8, new: r.9),
                                principal: r.3.flatMap(Principal.init(recorded:)))
                }
        }
    }
}

extension PostgresStore {
    typealias SubmissionRow = (String, String, String, String, String, String, String?, String, String, String, String)
    static let submissionColumns = "id, template, template_version, subject, assessor, role, stage, status, created, updated, answers"

    static func submission(_ r: SubmissionRow) throws -> Submission {
        Submission(id: r.0, template: r.1, templateVersion: r.2, subject: r.3, assessor: r.4,
                   role: Submission.Role(rawValue: r.5) ?? .self, stage: r.6, status: Submission.Status(rawValue: r.7) ?? .draft,
                   created: r.8, updated: r.9, answers: try JSONDecoder().decode([Answer].self, from: Data(r.10.utf8)))
    }
}
