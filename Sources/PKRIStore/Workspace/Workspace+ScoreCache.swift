import Foundation
import GRDB
import PKRICore

extension Workspace {
    /// Recomputes the cached index values of a submission inside the
    /// transaction that stores it, so the cache is never stale.
    func refreshScores(of submission: Submission, in db: Database) throws {
        // The hash first: the template's XML is read and compiled once per process.
        let sha = try String.fetchOne(db, sql: "SELECT sha256 FROM template WHERE id = ? AND version = ?",
                                      arguments: [submission.template, submission.templateVersion])
        guard let sha else { return }
        let template: Template
        if let cached = templates.cached(sha256: sha) {
            template = cached
        } else {
            guard let stored = try StoredTemplate.fetchOne(db, key: ["id": submission.template, "version": submission.templateVersion])
            else { return }
            template = try templates.template(for: stored, language: .en)
        }
        try storeScores(Scorer(template).score(submission.answers), of: submission.id,
                        templateSha256: template.sha256, in: db)
    }

    /// Replaces the cached index values of a submission.
    func storeScores(_ result: ScoreResult, of submission: String, templateSha256: String, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM score WHERE submission = ?").execute(arguments: [submission])
        let insert = try db.cachedStatement(
            sql: "INSERT INTO score (submission, templateSha256, indexId, value, band, gate, sections) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for index in result.indices {
            try insert.execute(arguments: [submission, templateSha256, index.id,
                                           index.value.map(DecimalText.format), index.band, index.gate, index.sectionsText])
        }
    }
}
