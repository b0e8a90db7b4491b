import Foundation
import PKRICore
import PKRIWorkspace
import PostgresNIO

/// The combined-result cache on PostgreSQL. Triggers (migration
/// `0005-result-cache`) drop a subject's rows in the transaction that
/// changes its submissions or scores. A fill holds the result lock
/// exclusively, every writer holds it shared: a fill waits for writers in
/// flight and holds new ones off, so a change can never land between the
/// fill's reading of a subject and its storing of the rows (rows computed
/// from the old state would look fresh). Writers never wait for each other.
extension PostgresStore {
    static let resultLock: Int64 = 0x706b_7269_7265_7375   // "pkriresu"

    public func fillResults(_ key: ResultKey, kind: Template.Subject, subject only: String?,
                            combine: @Sendable (String, [ScoredEntry]) -> [SubjectResult]) async throws(ServiceError) -> Int {
        if only == nil, try await resultsComplete(key) { return 0 }
        let table = kind.registryTable
        return try await transaction { c in
            try await c.query("SELECT pg_advisory_xact_lock(\(Self.resultLock))", logger: logger)
            var missing: [String] = []
            let rows = if let only {
                try await c.query("""
                    SELECT reg.id FROM \(unescaped: table) reg WHERE reg.id = \(only)
                        AND NOT EXISTS (SELECT 1 FROM result r WHERE r.template_identity = \(key.identity) AND r.subject = reg.id)
                    """, logger: logger)
            } else {
                try await c.query("""
                    SELECT reg.id FROM \(unescaped: table) reg
                    WHERE NOT EXISTS (SELECT 1 FROM result r WHERE r.template_identity = \(key.identity) AND r.subject = reg.id)
                    ORDER BY reg.id
                    """, logger: logger)
            }
            for try await id in rows.decode(String.self) { missing.append(id) }
            // Many subjects (after an import): one pass over every submission
            // in subject order. A few (after one assessment): one lookup each.
            if missing.count > 64 {
                var pending = missing[...]
                var current: String?
                var entries: [ScoredEntry] = []
                // A cursor, read a page at a time: the rows of a national
                // workspace are never all in memory, and the connection is
                // free between pages for the inserts.
                let query = Self.entriesQuery(key, subject: nil)
                try await c.query(PostgresQuery(unsafeSQL: "DECLARE pkri_entries NO SCROLL CURSOR FOR " + query.sql, binds: query.binds),
                                  logger: logger)
                while true {
                    let page = try await c.query("FETCH 2000 FROM pkri_entries", logger: logger).decode(EntryRow.self).all()
                    if page.isEmpty { break }
                    for row in page {
                        if row.0 != current, let subject = current {
                            try await storeUpTo(subject, &pending, &entries, key, combine, c)
                        }
                        current = row.0
                        entries.append(try Self.entry(row))
                    }
                }
                try await c.query("CLOSE pkri_entries", logger: logger)
                if let subject = current { try await storeUpTo(subject, &pending, &entries, key, combine, c) }
                for subject in pending { try await store(key, subject, combine(subject, []), c) }
            } else {
                for subject in missing {
                    try await store(key, subject, combine(subject, try await scoredEntries(key, subject: subject, c)), c)
                }
            }
            if only == nil {
                try await c.query("""
                    INSERT INTO result_complete (template_identity) VALUES (\(key.identity)) ON CONFLICT DO NOTHING
                    """, logger: logger)
            }
            return missing.count
        }
    }

    /// Stores the subjects of `pending` that sort before `subject` with no
    /// submissions, then `subject` with `entries` (when it is missing).
    private func storeUpTo(_ subject: String, _ pending: inout ArraySlice<String>, _ entries: inout [ScoredEntry], _ key: ResultKey,
                           _ combine: (String, [ScoredEntry]) -> [SubjectResult], _ c: PostgresConnection) async throws {
        while let next = pending.first, next.utf8.lexicographicallyPrecedes(subject.utf8) {
            try await store(key, next, combine(next, []), c)
            pending.removeFirst()
        }
        if pending.first == subject {
            try await store(key, subject, combine(subject, entries), c)
            pending.removeFirst()
        }
        entries.removeAll(keepingCapacity: true)
    }

    private func store(_ key: ResultKey, _ subject: String, _ results: [SubjectResult], _ c: PostgresConnection) async throws {
        guard !results.isEmpty else { return }
        var binds = PostgresBindings(capacity: 2 + 9 * results.count)
        binds.append(key.identity)
        binds.append(subject)
        var rows: [String] = []
        for (i, r) in results.enumerated() {
            let p = 3 + 9 * i
            rows.append("($1, $2, " + (p..<p + 9).map { "$\($0)" }.joined(separator: ", ") + ")")
            binds.append(r.index)
            binds.append(r.value.map(DecimalText.format))
            binds.append(r.band)
            binds.append(r.assessors)
            binds.append(r.spread.map(DecimalText.format))
            binds.append(r.disagreement)
            binds.append(r.claimed.map(DecimalText.format))
            binds.append(r.gap.map(DecimalText.format))
            binds.append(r.state.rawValue)
        }
        try await c.query(PostgresQuery(unsafeSQL: """
            INSERT INTO result (template_identity, subject, index_id, value, band, assessors, spread, disagreement, claimed, gap, state)
            VALUES \(rows.joined(separator: ", ")) ON CONFLICT DO NOTHING
            """, binds: binds), logger: logger)
    }

    public func resultsComplete(_ key: ResultKey) async throws(ServiceError) -> Bool {
        try await connection { c in
            try await c.query("SELECT 1 FROM result_complete WHERE template_identity = \(key.identity)", logger: logger).all().count == 1
        }
    }

    public func forEachResult(_ key: ResultKey, kind: Template.Subject, subject only: String?, indices wanted: Set<String>?,
                              _ body: (RegisteredSubject, [SubjectResult]?) throws -> Void) async throws(ServiceError) {
        let record = kind == .agency ? "reg.id, NULL::integer, NULL::text" : "reg.agency, reg.kipp_year, reg.kipp_award"
        var binds = PostgresBindings()
        binds.append(key.identity)
        var condition = ""
        if let only {
            binds.append(only)
            condition = "WHERE reg.id = $2"
        }
        let query = PostgresQuery(unsafeSQL: """
            SELECT reg.id, \(record), r.index_id, r.value, r.band, r.assessors, r.spread, r.disagreement, r.claimed, r.gap, r.state
            FROM \(kind.registryTable) reg LEFT JOIN result r ON r.subject = reg.id AND r.template_identity = $1
            \(condition) ORDER BY reg.id
            """, binds: binds)
        try await connection { c in
            var subject: RegisteredSubject?
            var results: [SubjectResult] = []
            var cached = false
            func flush() throws {
                guard let subject else { return }
                try body(subject, cached ? results : nil)
            }
            let rows = try await c.query(query, logger: logger)
                .decode((String, String, Int?, String?, String?, String?, String?, Int?, String?, Bool?, String?, String?, String?).self)
            for try await r in rows {
                if r.0 != subject?.id {
                    try flush()
                    subject = RegisteredSubject(id: r.0, agency: r.1, kippYear: r.2, kippAward: r.3)
                    results.removeAll(keepingCapacity: true)
                    cached = false
                }
                guard let index = r.4 else { continue }
                cached = true
                guard wanted?.contains(index) ?? true else { continue }
                results.append(SubjectResult(
                    subject: r.0, index: index, value: r.5.flatMap(DecimalText.parse), band: r.6, assessors: r.7 ?? 0,
                    spread: r.8.flatMap(DecimalText.parse), disagreement: r.9 ?? false, claimed: r.10.flatMap(DecimalText.parse),
                    gap: r.11.flatMap(DecimalText.parse), state: SubjectResult.State(rawValue: r.12 ?? "") ?? .notStarted))
            }
            try flush()
        }
    }

    public func scoredEntries(_ key: ResultKey, subject: String) async throws(ServiceError) -> [ScoredEntry] {
        try await connection { c in try await scoredEntries(key, subject: subject, c) }
    }

    private func scoredEntries(_ key: ResultKey, subject: String, _ c: PostgresConnection) async throws -> [ScoredEntry] {
        var out: [ScoredEntry] = []
        for try await row in try await c.query(Self.entriesQuery(key, subject: subject), logger: logger).decode(EntryRow.self) {
            out.append(try Self.entry(row))
        }
        return out
    }

    /// subject, id, assessor, role, status, updated, index ids and values
    /// (when computed with the key's identity), answers (otherwise).
    typealias EntryRow = (String, String, String, String, String, String, [String]?, [String]?, String?)

    /// Each submission of the key's template version with its score rows
    /// gathered, in subject then id order; its answers instead when its
    /// scores were computed with another text than the key's. A missing
    /// value is the empty string in the array.
    static func entriesQuery(_ key: ResultKey, subject: String?) -> PostgresQuery {
        var binds = PostgresBindings()
        binds.append(key.template)
        binds.append(key.version)
        binds.append(key.identity)
        if let subject { binds.append(subject) }
        return PostgresQuery(unsafeSQL: """
            SELECT s.subject, s.id, s.assessor, s.role, s.status, s.updated,
                   array_agg(sc.index_id ORDER BY sc.index_id) FILTER (WHERE sc.index_id IS NOT NULL),
                   array_agg(coalesce(sc.value, '') ORDER BY sc.index_id) FILTER (WHERE sc.index_id IS NOT NULL),
                   CASE WHEN bool_and(sc.template_sha256 IS NOT DISTINCT FROM $3) THEN NULL ELSE min(s.answers) END
            FROM submission s LEFT JOIN score sc ON sc.submission = s.id
            WHERE s.template = $1 AND s.template_version = $2 \(subject == nil ? "" : "AND s.subject = $4")
            GROUP BY s.subject, s.id ORDER BY s.subject, s.id
            """, binds: binds)
    }

    static func entry(_ r: EntryRow) throws -> ScoredEntry {
        var values: [String: Decimal?]?
        var answers: [Answer]?
        if let json = r.8 {
            answers = try JSONDecoder().decode([Answer].self, from: Data(json.utf8))
        } else {
            var v: [String: Decimal?] = [:]
            for (id, text) in zip(r.6 ?? [], r.7 ?? []) { v[id] = text.isEmpty ? nil : DecimalText.parse(text) }
            values = v
        }
        return ScoredEntry(submission: r.1, assessor: r.2, role: Submission.Role(rawValue: r.3) ?? .self,
                           status: Submission.Status(rawValue: r.4) ?? .draft, updated: r.5, values: values, answers: answers)
    }
}
