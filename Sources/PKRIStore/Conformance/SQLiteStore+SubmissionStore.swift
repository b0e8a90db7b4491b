import Foundation
import GRDB
import PKRICore
import PKRIWorkspace

extension SQLiteStore {
    /// One write transaction, each document in a savepoint. SQLite has one
    /// writer at a time, so writers never race; the principal is not
    /// recorded yet (the SQLite audit table has no column for it).
    public func merge(_ batch: [ScoredSubmission], as principal: Principal) async throws(ServiceError) -> [MergeOutcome] {
        let path = self.path
        return try await asyncWrite { db in
            var outcomes: [MergeOutcome] = []
            outcomes.reserveCapacity(batch.count)
            for item in batch {
                var outcome = MergeOutcome.unchanged
                do {
                    try db.inSavepoint {
                        outcome = try Self.mergeOne(item, in: db)
                        return .commit
                    }
                } catch {
                    outcome = .failed(.storage(location: path, detail: "\(error)"))
                }
                outcomes.append(outcome)
            }
            return outcomes
        }
    }

    private static func mergeOne(_ item: ScoredSubmission, in db: Database) throws -> MergeOutcome {
        let s = item.submission
        let stored = try Submission.fetchOne(db, key: s.id)
        let decision = MergeRule.decide(stored: stored, incoming: s)
        switch decision {
        case .insert(let entries):
            try s.insertCached(db)
            try storeScores(item, in: db)
            for var e in entries { try e.insert(db) }
        case .replace(let entries):
            try s.update(db)
            try storeScores(item, in: db)
            for var e in entries { try e.insert(db) }
        case .unchanged, .conflict:
            break
        }
        return decision.outcome
    }

    private static func storeScores(_ item: ScoredSubmission, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM score WHERE submission = ?").execute(arguments: [item.submission.id])
        let insert = try db.cachedStatement(
            sql: "INSERT INTO score (submission, templateSha256, indexId, value, band) VALUES (?, ?, ?, ?, ?)")
        for score in item.scores {
            try insert.execute(arguments: [item.submission.id, item.templateSHA256, score.index,
                                           score.value.map(DecimalText.format), score.band])
        }
    }

    public func submission(id: String) async throws(ServiceError) -> Submission? {
        try await asyncRead { db in try Submission.fetchOne(db, key: id) }
    }

    public func submissions(_ filter: SubmissionFilter) async throws(ServiceError) -> [Submission] {
        try await asyncRead { db in
            var request = Submission.all()
            if let subject = filter.subject { request = request.filter(Submission.Columns.subject == subject) }
            if let status = filter.status { request = request.filter(Submission.Columns.status == status.rawValue) }
            if let template = filter.template { request = request.filter(Submission.Columns.template == template) }
            return try request.order(Submission.Columns.subject, Submission.Columns.updated, Submission.Columns.id).fetchAll(db)
        }
    }

    public func subjectsWithSubmissions(template: String?) async throws(ServiceError) -> [String] {
        try await asyncRead { db in
            var request = Submission.select(Submission.Columns.subject, as: String.self).distinct()
            if let template { request = request.filter(Submission.Columns.template == template) }
            return try request.order(Submission.Columns.subject).fetchAll(db)
        }
    }

    public func countSubmissions(template id: String, otherThan version: String) async throws(ServiceError) -> Int {
        try await asyncRead { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM submission WHERE template = ? AND templateVersion != ?",
                             arguments: [id, version]) ?? 0
        }
    }
}

extension SQLiteStore {
    public func history(subject: String) async throws(ServiceError) -> [AuditRecord] {
        try await asyncRead { db in
            try AuditEntry.filter(Column("subject") == subject).order(Column("seq")).fetchAll(db)
                .map { AuditRecord($0, principal: nil) }
        }
    }
}
