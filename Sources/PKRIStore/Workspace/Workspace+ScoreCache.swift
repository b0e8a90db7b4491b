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
        let result = Scorer(template).score(submission.answers)
        try db.execute(sql: "DELETE FROM score WHERE submission = ?", arguments: [submission.id])
        for index in result.indices {
            try db.execute(sql: "INSERT INTO score (submission, templateSha256, indexId, value, band) VALUES (?, ?, ?, ?, ?)",
                           arguments: [submission.id, template.sha256, index.id,
                                       index.value.map(DecimalText.format), index.band])
        }
    }
}
