import Foundation
import PKRICore

/// The provisional value of an index as an XForms `calculate`: scoring
/// rules 1–8 of the spec in JavaRosa's arithmetic (doubles), so that the
/// form can show the assessor a value. pkri scores the imported instance
/// with exact decimals; that score is the official one.
struct ProvisionalScore {
    let template: Template
    let fields: [String: XFormPlan.Field]

    /// The rounded index value, or `''` when no section counts (or a gate's value).
    func value(of index: AssessmentIndex, gates: [(when: String, value: Decimal)]) -> String {
        var weighted: [String] = [], weights: [String] = []
        for section in template.sections(of: index) {
            var earned: [String] = [], possible: [String] = []
            for q in section.questions where q.isScored {
                guard let field = fields[q.id] else { continue }
                let w = DecimalText.format(q.weight)
                earned.append("\(w) * \(points(field))")
                let most = "\(w) * \(DecimalText.format(q.maxPoints))"
                possible.append(field.relevant.map { "if(\($0), \(most), 0)" } ?? most)
            }
            guard !possible.isEmpty else { continue }   // never counted (rule 5)
            let den = "(" + possible.joined(separator: " + ") + ")"
            let num = "(" + earned.joined(separator: " + ") + ")"
            let W = DecimalText.format(section.weight)
            weighted.append("if(\(den) > 0, \(W) * \(num) div \(den), 0)")
            weights.append("if(\(den) > 0, \(W), 0)")
        }
        var value = "''"
        if !weights.isEmpty {
            let sumW = "(" + weights.joined(separator: " + ") + ")"
            let ratio = "(" + weighted.joined(separator: " + ") + ")"
            value = "if(\(sumW) > 0, round(\(DecimalText.format(index.scale)) * \(ratio) div \(sumW), 2), '')"
        }
        for gate in gates.reversed() {
            value = "if(\(gate.when), \(DecimalText.format(DecimalText.round(gate.value))), \(value))"
        }
        return value
    }

    /// Rules 3 and 4: what the answer earns, 0 when unanswered or when
    /// required evidence was not uploaded.
    private func points(_ field: XFormPlan.Field) -> String {
        let q = field.question, p = field.path
        var e: String
        switch q.kind {
        case .single:
            e = "0"
            for o in q.options.reversed() where o.score > 0 {
                e = "if(string(\(p)) = \(XPathLiteral.quote(o.value)), \(DecimalText.format(o.score)), \(e))"
            }
        case .multiple:
            let sum = "(" + q.options.filter { $0.score > 0 }
                .map { "if(selected(\(p), \(XPathLiteral.quote($0.value))), \(DecimalText.format($0.score)), 0)" }
                .joined(separator: " + ") + ")"
            e = q.maxScore.map { cap in "if(\(sum) > \(DecimalText.format(cap)), \(DecimalText.format(cap)), \(sum))" } ?? sum
        case .integer, .decimal:
            e = "0"
            for band in q.bands.reversed() {
                var test = ["string-length(\(p)) > 0"]
                if let min = band.min { test.append("number(\(p)) >= \(DecimalText.format(min))") }
                if let max = band.max { test.append("number(\(p)) <= \(DecimalText.format(max))") }
                e = "if(\(test.joined(separator: " and ")), \(DecimalText.format(band.score)), \(e))"
            }
        case .text, .date:
            e = "0"
        }
        if q.evidence == .required, let upload = field.evidencePath {
            e = "if(string-length(\(upload)) > 0, \(e), 0)"
        }
        return e
    }
}
