import Foundation
import GRDB
import PKRICore

extension TrustQuery {
    /// The joined submissions of every registered subject on one index,
    /// each with its stored value, gate and section ratios (the score
    /// cache's `gate` and `sections`). Scores stored before those columns
    /// existed are filled in first, once (the answers scored again and
    /// stored, as an import would); on a workspace that cannot be written
    /// they are computed for this reading only.
    public func sensitivityInput(template t: Template, index: AssessmentIndex) throws(WorkspaceError) -> SensitivityInput {
        let computed = try fillSections(template: t, index: index)
        let table = t.subject.registryTable
        return try workspace.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT s.subject, s.id, s.assessor, s.role, s.status, s.updated, sc.value, sc.gate, sc.sections, sc.templateSha256
                FROM submission s LEFT JOIN score sc ON sc.submission = s.id AND sc.indexId = ?
                WHERE s.template = ? AND s.templateVersion = ? AND s.status = 'submitted'
                    AND EXISTS (SELECT 1 FROM \(table) reg WHERE reg.id = s.subject)
                ORDER BY s.subject, s.id
                """, arguments: [index.id, t.id, t.version])
            var subjects: [SensitivityInput.Subject] = []
            var current: String?
            var values: [AssessorValue] = []
            var parts: [String: SensitivityInput.Contributor] = [:]
            func flush() {
                guard let id = current else { return }
                let (verifiers, latestSelf) = Combiner.latestSubmitted(values)
                let joined = verifiers.isEmpty ? (latestSelf.map { [$0] } ?? []) : verifiers
                subjects.append(.init(id: id, contributors: joined.compactMap { parts[$0.submission] }))
                values.removeAll(keepingCapacity: true)
                parts.removeAll(keepingCapacity: true)
            }
            while let row = try rows.next() {
                let subject: String = row[0], id: String = row[1]
                if subject != current {
                    flush()
                    current = subject
                }
                values.append(AssessorValue(submission: id, assessor: row[2], role: Submission.Role(rawValue: row[3]) ?? .self,
                                            status: .submitted, updated: row[5], value: nil))
                if let fresh = computed[id] {
                    parts[id] = fresh
                } else if (row[9] as String?) == t.sha256, let text: String = row[8],
                          let ratios = IndexScore.sectionRatios(text) {
                    parts[id] = .init(value: (row[6] as String?).flatMap(DecimalText.parse), gated: (row[7] as Int?) != nil,
                                      ratios: ratios)
                }
            }
            flush()
            return SensitivityInput(template: t, index: index, subjects: subjects)
        }
    }

    /// Scores the submitted submissions of this template version whose
    /// stored score of the index lacks its parts (stored before they were,
    /// or made with other text), and stores them. Returns them, by
    /// submission, only when they could not be stored.
    private func fillSections(template t: Template, index: AssessmentIndex) throws(WorkspaceError) -> [String: SensitivityInput.Contributor] {
        let stale = try workspace.read { db in
            try String.fetchAll(db, sql: """
                SELECT s.id FROM submission s LEFT JOIN score sc ON sc.submission = s.id AND sc.indexId = ?
                WHERE s.template = ? AND s.templateVersion = ? AND s.status = 'submitted'
                    AND (sc.submission IS NULL OR sc.sections IS NULL OR sc.templateSha256 != ?)
                """, arguments: [index.id, t.id, t.version, t.sha256])
        }
        var unstored: [String: SensitivityInput.Contributor] = [:]
        let scorer = Scorer(t)
        for start in stride(from: 0, to: stale.count, by: 500) {
            let batch = stale[start..<min(start + 500, stale.count)]
            let scored = try workspace.read { db in
                try batch.map { id -> (String, ScoreResult) in
                    let json = try String.fetchOne(db, sql: "SELECT answers FROM submission WHERE id = ?", arguments: [id]) ?? "[]"
                    return (id, scorer.score(try JSONDecoder().decode([Answer].self, from: Data(json.utf8))))
                }
            }
            do {
                try workspace.write { db in
                    for (id, result) in scored { try workspace.storeScores(result, of: id, templateSha256: t.sha256, in: db) }
                }
            } catch {
                // A copy that cannot be written: use them for this reading only.
                for (id, result) in scored {
                    guard let score = result.index(index.id) else { continue }
                    unstored[id] = .init(value: score.value, gated: score.gate != nil,
                                         ratios: IndexScore.sectionRatios(score.sectionsText) ?? [])
                }
            }
        }
        return unstored
    }
}
