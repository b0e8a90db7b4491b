import Foundation
import GRDB
import PKRICore

extension Workspace {
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
