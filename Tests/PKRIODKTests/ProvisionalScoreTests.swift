import Foundation
import PKRICore
import PKRIODK
import PKRIXML
import Testing

/// The provisional index values the form computes (JavaRosa, doubles)
/// match pkri's scores on the sample submissions and on generated answer
/// sets.
@Suite("Provisional scores")
struct ProvisionalScoreTests {
    static func loadTemplate(_ id: String) throws -> Template {
        try TemplateLoader().load(contentsOf: PackagePaths.templates.appendingPathComponent(id + ".xml").path).template
    }

    /// Fields for the form filler: answers, and an upload for each answer
    /// with evidence that was not rejected (a phone sends files, not verdicts).
    static func fields(_ template: Template, _ answers: [Answer]) -> [(String, String)] {
        let byID = Dictionary(answers.map { ($0.question, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [(String, String)] = []
        for q in template.questions {
            guard let a = byID[q.id] else { continue }
            out.append((q.id, a.values.joined(separator: " ")))
            if q.evidence != .none, let e = a.evidence.first(where: { $0.status != .rejected }) {
                out.append((XFormNames.evidenceField(of: q.id), URL(fileURLWithPath: e.href).lastPathComponent))
            }
        }
        return out
    }

    static var samples: [String] {
        let dir = PackagePaths.samples.appendingPathComponent("submissions").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".xml") }.sorted()
    }

    @Test func thereAreSamples() { #expect(Self.samples.count >= 10) }

    @Test(arguments: ["iid-2023-satuan-inovasi", "pkri-instansi", "pkri-keberlanjutan", "pkri-replikasi"])
    func samplesAndGeneratedAnswersScoreAlike(templateID: String) throws {
        let template = try Self.loadTemplate(templateID)
        var cases: [(String, [Answer])] = []
        for name in Self.samples {
            let path = PackagePaths.samples.appendingPathComponent("submissions/" + name).path
            let s = try SubmissionReader().read(contentsOf: path)
            if s.template == templateID { cases.append((name, s.answers)) }
        }
        for (k, answers) in AnswerSets.make(template, count: 25, seed: 99).enumerated() {
            // Only what pkri accepts: drop answers it would reject, as Collect would.
            let fill = PkriFill(template, answers)
            let kept = answers.filter { fill.outcomes[$0.key] == "ok" }
            cases.append(("generated-\(k)", kept.map { Answer(question: $0.key, values: $0.value,
                                                              evidence: [Evidence(href: "bukti/\($0.key).jpg")]) }))
        }
        let jobs = cases.enumerated().map { k, c in
            FillJob(name: "c\(k)", answers: Self.fields(template, c.1),
                    evals: template.indices.map { ($0.id, "/data/pkri_nilai/\($0.id)") })
        }
        let results = try JavaRosa.fill(try XFormWriter(template).xml(), jobs)
        var scored = 0
        for (k, c) in cases.enumerated() {
            let score = Scorer(template).score(c.1)
            for index in template.indices {
                let pkri = score.index(index.id)?.value.map(DecimalText.format) ?? ""
                if !pkri.isEmpty, pkri != "0" { scored += 1 }
                #expect(results["c\(k)"]?.evals[index.id] == pkri, "\(c.0): index \(index.id)")
            }
        }
        // Not a comparison of empty values: most cases have a score.
        #expect(scored > cases.count / 2)
    }
}
