import Foundation
import GRDB
import PKRICore
import PKRIXML

extension Workspace {
    /// Imports one submission document: checks it against its stored
    /// template, then merges it (same id and content: unchanged; later
    /// `updated`: replaces it and records the change; otherwise a conflict,
    /// nothing overwritten). The file is all-or-nothing.
    public func importSubmission(contentsOf path: String, language l: Language = .id) -> SubmissionImport {
        commit(prepareSubmission(contentsOf: path, language: l), language: l)
    }

    /// The part of an import that can run for many files at once: read,
    /// check against the stored template, copy evidence, score. Merge the
    /// results with ``commit(_:language:)`` in the order of the files.
    public func prepareSubmission(contentsOf path: String, language l: Language = .id) -> PreparedSubmission {
        func rejected(_ d: [Diagnostic], _ id: String? = nil) -> PreparedSubmission {
            PreparedSubmission(path: path, state: .rejected(SubmissionImport(file: path, submission: id, outcome: .rejected(d), warnings: [])))
        }
        var submission: Submission
        do {
            submission = try readSubmission(contentsOf: path, language: l)
        } catch {
            return rejected(error.diagnostics)
        }
        let at = submission.location ?? SourceLocation(file: path, line: 1)
        let template: Template
        do {
            template = try self.template(id: submission.template, version: submission.templateVersion, language: l)
        } catch {
            return rejected([Diagnostic(.error, at: at, l.pick(
                "templat \(submission.template) versi \(submission.templateVersion) tidak ada di workspace; tambahkan dengan 'pkri template add'",
                "template \(submission.template) version \(submission.templateVersion) is not in the workspace; add it with 'pkri template add'"))],
                submission.id)
        }
        do {
            if let mismatch = try subjectMismatch(submission.subject, template: template) {
                return rejected([Diagnostic(.error, at: at, mismatch.message(l))], submission.id)
            }
        } catch {
            return rejected([Diagnostic(.error, at: at, error.message(l))], submission.id)
        }
        let check = submission.check(against: template, language: l)
        guard let evaluation = check.evaluation, !check.problems.hasErrors else { return rejected(check.problems, submission.id) }
        // Evidence files only add their sha256, which scoring does not read.
        let warnings = collectEvidence(&submission, documentPath: path, language: l)
        // Scores depend only on the template (fixed for its id and version)
        // and the answers, so they are computed here, outside the write lock,
        // from the checker's evaluation (one relevance pass).
        let scores = Scorer(template).score(checked: evaluation)
        return PreparedSubmission(path: path, state: .ready(submission, scores: scores, templateSha256: template.sha256,
                                                            warnings: warnings))
    }

    /// Merges a prepared document in one write transaction.
    public func commit(_ prepared: PreparedSubmission, language l: Language = .id) -> SubmissionImport {
        commit([prepared], language: l)[0]
    }

    /// Merges prepared documents in order in one write transaction, each in
    /// a savepoint of its own: a document whose merge fails leaves no trace
    /// and the others stand, as with a transaction each. One transaction a
    /// document wrote about 32 database pages to the log per file (the
    /// submission, its scores, its audit entries, their indexes); a batch
    /// writes the pages it shares once. Should the transaction itself fail,
    /// no document of the batch is stored, and each says so.
    public func commit(_ batch: [PreparedSubmission], language l: Language = .id) -> [SubmissionImport] {
        var results: [SubmissionImport] = []
        results.reserveCapacity(batch.count)
        do {
            try write { db in
                for prepared in batch {
                    switch prepared.state {
                    case .rejected(let outcome):
                        results.append(outcome)
                    case .ready(let submission, let scores, let sha, let warnings):
                        var outcome = SubmissionImport.Outcome.unchanged
                        do {
                            try db.inSavepoint {
                                outcome = try merge(submission, scores: (scores, sha), language: l, in: db)
                                return .commit
                            }
                        } catch {
                            outcome = .rejected([failure(WorkspaceError.database(path, "\(error)"), submission, prepared, l)])
                        }
                        results.append(SubmissionImport(file: prepared.path, submission: submission.id, outcome: outcome,
                                                        warnings: warnings))
                    }
                }
            }
        } catch {
            // Nothing of the batch was stored: every document that was to be merged says so.
            return batch.map { prepared in
                switch prepared.state {
                case .rejected(let outcome):
                    outcome
                case .ready(let submission, _, _, let warnings):
                    SubmissionImport(file: prepared.path, submission: submission.id,
                                     outcome: .rejected([failure(error, submission, prepared, l)]), warnings: warnings)
                }
            }
        }
        return results
    }

    private func failure(_ error: WorkspaceError, _ submission: Submission, _ prepared: PreparedSubmission,
                         _ l: Language) -> Diagnostic {
        Diagnostic(.error, at: submission.location ?? SourceLocation(file: prepared.path, line: 1), error.message(l))
    }

    /// Whether the registry holds this id, as an innovation or an agency.
    public func isRegistered(_ subject: String) throws(WorkspaceError) -> Bool {
        if try subjectExists(subject, kind: .innovation) { return true }
        return try subjectExists(subject, kind: .agency)
    }

    /// Why `subject` cannot be assessed with `template` (not registered,
    /// or registered as the other kind), or nil when it can.
    public func subjectMismatch(_ subject: String, template: Template) throws(WorkspaceError) -> SubjectMismatch? {
        if try subjectExists(subject, kind: template.subject) { return nil }
        let other: Template.Subject = template.subject == .agency ? .innovation : .agency
        return SubjectMismatch(subject: subject, registered: try subjectExists(subject, kind: other) ? other : nil, template: template)
    }

    /// Whether the registry holds this innovation (or agency, for agency templates).
    public func subjectExists(_ id: String, kind: Template.Subject) throws(WorkspaceError) -> Bool {
        try read { db in
            let sql = "SELECT 1 FROM \(kind.registryTable) WHERE id = ?"
            return try Bool.fetchOne(db.cachedStatement(sql: sql), arguments: [id]) != nil
        }
    }

    /// Merges one document inside the caller's transaction (same id and
    /// content: unchanged; later `updated`: replaces it and records the
    /// change; otherwise a conflict, nothing overwritten).
    private func merge(_ incoming: Submission, scores: (ScoreResult, templateSha256: String),
                       language l: Language, in db: Database) throws -> SubmissionImport.Outcome {
        // Cached statements: GRDB's record methods build their SQL anew
        // each call, which cost more than the rest of a merge.
        let exists = try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM submission WHERE id = ?"),
                                       arguments: [incoming.id]) != nil
        guard exists, let stored = try Submission.fetchOne(db, key: incoming.id) else {
            try incoming.insertCached(db)
            try storeScores(scores.0, of: incoming.id, templateSha256: scores.templateSha256, in: db)
            for var e in incoming.changes(from: nil, actor: incoming.assessor, at: incoming.updated) { try e.insert(db) }
            return .new
        }
        if stored.sameContent(as: incoming) { return .unchanged }
        if stored.subject != incoming.subject || stored.template != incoming.template
            || stored.role != incoming.role || stored.assessor != incoming.assessor {
            return .conflict(l.pick(
                "id \(incoming.id) di workspace milik \(stored.assessor) untuk \(stored.subject) (\(stored.template)); dokumen menyebut \(incoming.assessor) untuk \(incoming.subject) (\(incoming.template)); tidak ada yang ditimpa",
                "id \(incoming.id) in the workspace belongs to \(stored.assessor) for \(stored.subject) (\(stored.template)); the document names \(incoming.assessor) for \(incoming.subject) (\(incoming.template)); nothing overwritten"))
        }
        guard let new = Timestamp(incoming.updated), let old = Timestamp(stored.updated), new > old else {
            return .conflict(l.pick(
                "versi lain dengan id \(incoming.id): workspace diperbarui \(stored.updated) oleh \(stored.assessor), dokumen diperbarui \(incoming.updated) oleh \(incoming.assessor) dan tidak lebih baru; tidak ada yang ditimpa",
                "another version of \(incoming.id): the workspace's was updated \(stored.updated) by \(stored.assessor), the document's \(incoming.updated) by \(incoming.assessor), which is not later; nothing overwritten"))
        }
        let changes = incoming.changes(from: stored, actor: incoming.assessor, at: incoming.updated)
        try incoming.update(db)
        try storeScores(scores.0, of: incoming.id, templateSha256: scores.templateSha256, in: db)
        for var e in changes { try e.insert(db) }
        return .updated(changes: changes.count)
    }

    /// Stored submissions, by subject then last update.
    public func submissions(subject: String? = nil, status: Submission.Status? = nil,
                            template: String? = nil) throws(WorkspaceError) -> [Submission] {
        try read { db in
            var request = Submission.all()
            if let subject { request = request.filter(Submission.Columns.subject == subject) }
            if let status { request = request.filter(Submission.Columns.status == status.rawValue) }
            if let template { request = request.filter(Submission.Columns.template == template) }
            return try request.order(Submission.Columns.subject, Submission.Columns.updated).fetchAll(db)
        }
    }

    /// The audit log of a subject, oldest first.
    public func history(subject: String) throws(WorkspaceError) -> [AuditEntry] {
        try read { db in
            try AuditEntry.filter(Column("subject") == subject).order(Column("seq")).fetchAll(db)
        }
    }
}

extension Workspace: AssessmentStore {
    public func template(id: String, version: String?) throws -> Template {
        try template(id: id, version: version, language: .id)
    }

    public func submission(id: String) throws -> Submission? {
        try read { db in try Submission.fetchOne(db, key: id) }
    }

}
