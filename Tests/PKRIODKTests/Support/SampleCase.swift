import Foundation
import PKRICore
import PKRIXML

/// A pkri submission to send through JavaRosa: the sample submissions of a
/// template, and generated ones.
struct SampleCase {
    var name: String
    var submission: Submission

    static func samples(of template: Template) throws -> [SampleCase] {
        let dir = PackagePaths.samples.appendingPathComponent("submissions")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".xml") }.sorted()
        return try names.compactMap { name in
            let s = try SubmissionReader().read(contentsOf: dir.appendingPathComponent(name).path)
            return s.template == template.id && s.templateVersion == template.version ? SampleCase(name: name, submission: s) : nil
        }
    }

    /// Generated submissions holding only answers pkri accepts, each with a
    /// photo as evidence.
    static func generated(of template: Template, count: Int, seed: UInt64) -> [SampleCase] {
        var random = SeededRandom(seed: seed)
        return AnswerSets.make(template, count: count, seed: seed).enumerated().map { k, answers in
            let fill = PkriFill(template, answers)
            let kept = template.questions.compactMap { q -> Answer? in
                guard fill.outcomes[q.id] == "ok", let v = answers[q.id] else { return nil }
                return Answer(question: q.id, values: v, evidence: q.evidence == .none ? [] : [Evidence(href: "\(q.id).jpg")])
            }
            let s = Submission(id: random.uuid(), template: template.id, templateVersion: template.version,
                               subject: "INOV-2019-0042", assessor: "tpi-\(k)", role: k % 2 == 0 ? .self : .verifier,
                               stage: k % 2 == 0 ? nil : "interview", status: .draft,
                               created: "2026-06-19T08:00:00Z", updated: "2026-06-21T10:15:00Z", answers: kept)
            return SampleCase(name: "generated-\(k)", submission: s)
        }
    }

    /// The form filler's job: the pkri group, the answers the form will
    /// reach, an upload per answer whose evidence is not rejected (a phone
    /// sends files, not verdicts), and the id and times pinned.
    func job(_ template: Template, out: String?) -> FillJob {
        let s = submission
        var fields: [(String, String)] = [("subject", s.subject), ("assessor", s.assessor), ("role", s.role.rawValue)]
        if let stage = s.stage { fields.append(("stage", stage)) }
        let byID = Dictionary(s.answers.map { ($0.question, $0) }, uniquingKeysWith: { a, _ in a })
        for q in template.questions {
            guard let a = byID[q.id] else { continue }
            fields.append((q.id, a.values.joined(separator: " ")))
            if q.evidence != .none, let e = a.evidence.first(where: { $0.status != .rejected }) {
                fields.append((q.id + "__bukti", URL(fileURLWithPath: e.href).lastPathComponent))
            }
        }
        return FillJob(name: name, answers: fields,
                       pins: [("/data/pkri/start", s.created), ("/data/pkri/end", s.updated), ("/data/meta/instanceID", "uuid:" + s.id)],
                       evals: template.indices.map { ($0.id, "/data/pkri_nilai/\($0.id)") }, out: out)
    }
}
