import Foundation

extension Template {
    /// The template as if it gave these weights: a what-if. Everything else
    /// (questions, expressions, bands, id and version, which find the
    /// submissions) is the template's own, so the scorer and combiner
    /// compute every figure exactly as for real results.
    ///
    /// Its ``sha256`` — the identity that caches are keyed by — is
    /// `whatif:` and the SHA-256 of the real template's hash and the
    /// weights. It can never equal a real template's (64 hex digits) and
    /// differs for other weights, so no cached score or result of the real
    /// template is read for it, and the workspace stores nothing under it
    /// (``isWhatIf``).
    public func withWeights(_ o: WeightOverrides) -> Template {
        let sections = sections.map { s in
            Section(id: s.id, index: s.index, weight: o.weight(of: .section, s.id) ?? s.weight, label: s.label,
                    questions: s.questions.map { q in o.weight(of: .question, q.id).map { q.weighted($0) } ?? q },
                    location: s.location)
        }
        let canonical = o.overrides.map { "\($0.kind.rawValue),\($0.id),\(DecimalText.format($0.weight))" }.sorted()
        let identity = "whatif:" + SHA256.hex(Array(([sha256] + canonical).joined(separator: "\n").utf8))
        return Template(id: id, version: version, subject: subject, defaultLanguage: defaultLanguage, title: title,
                        indices: indices, sections: sections, engine: engine, source: source, sha256: identity,
                        weightOverrides: o)
    }

    /// A what-if (``withWeights(_:)``): its figures are never stored.
    public var isWhatIf: Bool { weightOverrides != nil }
}

extension Question {
    fileprivate func weighted(_ w: Decimal) -> Question {
        Question(id: id, kind: kind, required: required, weight: w, relevant: relevant, constraint: constraint,
                 evidence: evidence, min: min, max: max, maxScore: maxScore, label: label, hint: hint,
                 constraintMessage: constraintMessage, options: options, bands: bands, location: location)
    }
}
