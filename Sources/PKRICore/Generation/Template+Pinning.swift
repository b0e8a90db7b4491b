extension Template {
    /// The same template with some answers fixed in advance, for generating
    /// answers that agree with what is known about a subject (its status,
    /// its type): a pinned `single` question offers only the pinned option,
    /// a pinned numeric question accepts only the pinned number. Everything
    /// else — expressions, weights, ids — is untouched, so answers made with
    /// the pinned template are valid for the original.
    ///
    /// ```swift
    /// let stopped = template.pinning(["status": "berhenti"])
    /// AnswerGenerator(stopped).answers(quality: 0.5, random: &random)   // status = berhenti
    /// ```
    ///
    /// A pin that names no such question, or an option the question does
    /// not have, is ignored.
    func pinning(_ pins: [String: String]) -> Template {
        guard !pins.isEmpty else { return self }
        let sections = sections.map { s in
            Section(id: s.id, index: s.index, weight: s.weight, label: s.label,
                    questions: s.questions.map { q in pins[q.id].map { q.pinned(to: $0) } ?? q }, location: s.location)
        }
        return Template(id: id, version: version, subject: subject, defaultLanguage: defaultLanguage, title: title,
                        indices: indices, sections: sections, engine: engine, source: source, sha256: sha256)
    }
}

extension Question {
    fileprivate func pinned(to value: String) -> Question {
        var options = self.options, low = min, high = max
        switch kind {
        case .single:
            let kept = option(value).map { [$0] } ?? []
            guard !kept.isEmpty else { return self }
            options = kept
        case .integer, .decimal:
            guard let number = DecimalText.parse(value) else { return self }
            low = number
            high = number
        case .multiple, .text, .date:
            return self
        }
        return Question(id: id, kind: kind, required: required, weight: weight, relevant: relevant,
                        constraint: constraint, evidence: evidence, min: low, max: high, maxScore: maxScore,
                        label: label, hint: hint, constraintMessage: constraintMessage, options: options,
                        bands: bands, location: location)
    }
}
