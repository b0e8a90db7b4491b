import Foundation
import GRDB
import PKRICore

/// What `pkri agreement` and `pkri sensitivity` read from a workspace, in
/// one place: the analyses themselves are pure functions in PKRICore
/// (``AgreementAnalysis``, ``SensitivityAnalysis``), so another store
/// needs only these readings.
///
/// ```swift
/// var analysis = AgreementAnalysis(template: t)
/// try TrustQuery(ws).forEachAgreementSubject(template: t) { analysis.add($0) }
/// ```
public struct TrustQuery: Sendable {
    public let workspace: Workspace

    public init(_ workspace: Workspace) { self.workspace = workspace }

    /// Every registered subject of the template's kind, in id order, with
    /// its final results (the result cache, as `results` reads them) and
    /// the latest submitted submission of each of its verifiers under this
    /// template version.
    public func forEachAgreementSubject(template t: Template, _ body: (AgreementSubject) -> Void) throws(WorkspaceError) {
        let agencies = try workspace.registryMaps(innovations: false).agencies
        var subjects: [(id: String, agency: String, results: [SubjectResult])] = []
        _ = try workspace.forEachSubject(template: t) { record, results in
            subjects.append((record.id, record.agency, results))
        }
        try workspace.read { db in
            let submissions = try Submission.fetchCursor(db, sql: """
                SELECT * FROM submission WHERE template = ? AND templateVersion = ? AND role = 'verifier' AND status = 'submitted'
                ORDER BY subject, id
                """, arguments: [t.id, t.version])
            var pending = try submissions.next()
            for subject in subjects {
                var own: [Submission] = []
                while let s = pending, SubjectJoin.precedesOrEqual(s.subject, subject.id) {
                    if s.subject == subject.id { own.append(s) }
                    pending = try submissions.next()
                }
                let chosen = Set(Combiner.latestSubmitted(own.map {
                    AssessorValue(submission: $0.id, assessor: $0.assessor, role: $0.role, status: $0.status,
                                  updated: $0.updated, value: nil)
                }).verifiers.map(\.submission))
                let verifiers = own.filter { chosen.contains($0.id) }.sorted { ($0.assessor, $0.id) < ($1.assessor, $1.id) }
                body(AgreementSubject(id: subject.id, agency: agencies[subject.agency], verifiers: verifiers,
                                      results: subject.results))
            }
        }
    }
}
