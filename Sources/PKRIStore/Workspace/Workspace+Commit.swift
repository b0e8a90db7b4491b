import Foundation
import GRDB
import PKRICore

extension Workspace {
    /// Commits one change of an assessor's session (``SubmissionChange``)
    /// in one write transaction: reads the stored submission, applies the
    /// change to it by compare-and-set, and stores the result with its
    /// scores and audit entries only when it applies. When the session's
    /// submission is not stored yet, a submission another session started
    /// meanwhile for the same assessment is the one changed; otherwise the
    /// session's is created (never an empty one).
    ///
    /// ```swift
    /// let commit = try ws.commit(.answer(question: "status", from: read, to: mine), to: submission, actor: "tpi-07")
    /// ```
    public func commit(_ change: SubmissionChange, to session: Submission, actor: String,
                       at time: String = Timestamp.nowPrecise()) throws(WorkspaceError) -> SubmissionCommit {
        let template = try self.template(id: session.template, version: session.templateVersion, language: .en)
        return try write { db in
            let stored = try Submission.fetchOne(db, key: session.id) ?? sameAssessment(as: session, in: db)
            let commit = change.apply(to: stored, session: session, at: time, template: template)
            guard commit.outcome == .applied else { return commit }
            let after = commit.submission
            if let stored {
                try after.update(db)
                for var e in after.changes(from: stored, actor: actor, at: time) { try e.insert(db) }
            } else {
                try after.insert(db)
                // The creation, then every answer it starts with (the
                // first one typed, or those taken from a self-assessment).
                var empty = after
                empty.answers = []
                for var e in after.changes(from: nil, actor: actor, at: time) + after.changes(from: empty, actor: actor, at: time) {
                    try e.insert(db)
                }
            }
            try storeScores(Scorer(template).score(after.answers), of: after.id, templateSha256: template.sha256, in: db)
            return commit
        }
    }

    /// When a stored submission last changed (its `updated`), nil when it
    /// is not stored: a session asks before each question whether another
    /// one changed it, without reading its answers.
    public func updated(ofSubmission id: String) throws(WorkspaceError) -> String? {
        try read { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT updated FROM submission WHERE id = ?"), arguments: [id])
        }
    }

    /// The latest stored submission of the same assessor, role, stage,
    /// subject and template version as `session`, when another session
    /// created one since this one looked.
    private func sameAssessment(as session: Submission, in db: Database) throws -> Submission? {
        try Submission
            .filter(Submission.Columns.subject == session.subject && Submission.Columns.template == session.template
                    && Submission.Columns.templateVersion == session.templateVersion && Column("assessor") == session.assessor
                    && Column("role") == session.role.rawValue)
            .order(Submission.Columns.updated.desc)
            .fetchAll(db)
            .first { $0.stage == session.stage }
    }
}
