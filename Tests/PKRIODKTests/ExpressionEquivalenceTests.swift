import Foundation
import PKRICore
@testable import PKRIODK
import PKRIXML
import Testing

/// Relevance, constraints and gates give the same result in JavaRosa, on
/// the exported form, as in pkri, on answer sets that leave questions
/// unanswered in every combination: JavaRosa itself fills the forms.
@Suite("Expressions in JavaRosa")
struct ExpressionEquivalenceTests {
    @Test(arguments: PackagePaths.shippedTemplates)
    func shippedTemplate(name: String) throws {
        let template = try TemplateLoader().load(contentsOf: PackagePaths.templates.appendingPathComponent(name).path).template
        try expectSameOutcomes(template, AnswerSets.make(template, count: 60, seed: 16))
    }

    @Test func trickyTemplateOnRandomAnswerSets() throws {
        let t = TrickyTemplate.template
        try expectSameOutcomes(t, AnswerSets.make(t, count: 200, seed: 7))
    }

    /// Every combination of answered and unanswered among the questions the
    /// expressions read, with a few values for each answered one.
    @Test func trickyTemplateOnEveryCombination() throws {
        let t = TrickyTemplate.template
        let values: [String: [[String]]] = [
            "pilih": [["a"], ["b"]], "banyak": [["x", "y"], ["tidak"]], "jumlah": [["3"], ["12"]],
            "nilai": [["12.5"], ["12345678.5"]], "teks": [["a b"], ["ab"]], "tanggal": [["2024-01-02"], ["2013-12-31"]],
        ]
        let ids = ["pilih", "banyak", "jumlah", "nilai", "teks", "tanggal"]
        var sets: [[String: [String]]] = []
        for mask in 0..<(1 << ids.count) {
            for variant in 0..<2 {
                var answers: [String: [String]] = [:]
                for (k, id) in ids.enumerated() where mask & (1 << k) != 0 { answers[id] = values[id]![variant] }
                // Every later question answered "ya", so relevance alone decides.
                for q in t.questions where q.id.hasPrefix("r") { answers[q.id] = ["ya"] }
                sets.append(answers)
            }
        }
        try expectSameOutcomes(t, sets)
    }

    /// The comparison can fail: a form whose relevance reads an empty node
    /// the JavaRosa way (`!=` true when unanswered) is caught.
    @Test func naiveTranslationIsCaught() throws {
        let t = TrickyTemplate.template
        let form = try XFormWriter(t).xml()
        let naive = form.replacingOccurrences(
            of: #"relevant="string-length(/data/dasar/pilih) &gt; 0 and string(/data/dasar/pilih) != 'a'""#,
            with: #"relevant="/data/dasar/pilih != 'a'""#)
        #expect(naive != form)
        let answers: [String: [String]] = ["r2": ["ya"]]   // pilih unanswered
        let result = try JavaRosa.fill(naive, [FillJob(name: "n", answers: AnswerSets.fields(t, answers))])["n"]!
        let pkri = PkriFill(t, answers)
        #expect(pkri.relevant["r2"] == false)
        #expect(result.relevant.contains("r2"))
    }

    func expectSameOutcomes(_ template: Template, _ sets: [[String: [String]]]) throws {
        let form = try XFormWriter(template).xml()
        let plan = try XFormPlan(template)
        var jobs: [FillJob] = []
        for (k, answers) in sets.enumerated() {
            var job = FillJob(name: "set\(k)", answers: AnswerSets.fields(template, answers))
            for p in plan.provisional {
                for (g, when) in p.gates.enumerated() { job.evals.append(("\(p.index.id)#\(g)", "boolean(\(when))")) }
            }
            jobs.append(job)
        }
        let results = try JavaRosa.fill(form, jobs)
        var mismatches: [String] = []
        for (k, answers) in sets.enumerated() {
            guard let jr = results["set\(k)"] else { Issue.record("no JavaRosa result for set \(k)"); continue }
            let pkri = PkriFill(template, answers)
            let reached = Set(jr.relevant)
            for q in template.questions {
                let relevant = pkri.relevant[q.id] ?? false
                if relevant != reached.contains(q.id) {
                    mismatches.append("set \(k): \(q.id) relevant in pkri \(relevant), in JavaRosa \(!relevant) — relevant=\"\(q.relevant?.source ?? "")\" answers \(answers)")
                }
                if q.evidence != .none, reached.contains(XFormNames.evidenceField(of: q.id)) != reached.contains(q.id) {
                    mismatches.append("set \(k): \(q.id)'s evidence upload relevance differs from its question's")
                }
                let a = pkri.outcomes[q.id].map(Self.verdict), b = jr.outcomes[q.id].map(Self.verdict)
                if relevant == reached.contains(q.id), a != b {
                    mismatches.append("set \(k): \(q.id) = \(answers[q.id] ?? []) is \(a ?? "-") in pkri, \(b ?? "-") in JavaRosa — constraint=\"\(q.constraint?.source ?? "")\"")
                }
            }
            for (label, holds) in pkri.gates where jr.evals[label] != (holds ? "true" : "false") {
                mismatches.append("set \(k): gate \(label) is \(holds) in pkri, \(jr.evals[label] ?? "?") in JavaRosa; answers \(answers)")
            }
        }
        #expect(mismatches.isEmpty, Comment(rawValue: "\(mismatches.count) differences:\n" + mismatches.prefix(20).joined(separator: "\n")))
    }

    /// A value refused by bounds (pkri: invalid) or by the constraint is
    /// refused either way.
    static func verdict(_ outcome: String) -> String { outcome == "ok" ? "accepted" : "refused" }
}
