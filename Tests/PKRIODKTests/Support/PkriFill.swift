import PKRICore

/// What pkri makes of an answer set, question by question, as checking a
/// submission does (Submission+Checking): relevance from the answer
/// document so far, then the answer's values and constraint; a valid,
/// relevant answer joins the document.
struct PkriFill {
    /// Relevance of every question, by id.
    var relevant: [String: Bool] = [:]
    /// For each relevant answered question: `ok`, `constraint` or `invalid`.
    var outcomes: [String: String] = [:]
    /// Whether each gate's `when` holds at the end, by "index#position".
    var gates: [String: Bool] = [:]

    init(_ template: Template, _ answers: [String: [String]]) {
        let document = template.engine.makeAnswerDocument()
        for q in template.questions {
            let isRelevant = q.relevant.map(document.isTrue) ?? true
            relevant[q.id] = isRelevant
            guard isRelevant, let values = answers[q.id] else { continue }
            switch q.check(values) {
            case .failure: outcomes[q.id] = "invalid"
            case .success(let text):
                if let c = q.constraint, !document.isTrue(c, proposing: text, for: q.id) {
                    outcomes[q.id] = "constraint"
                } else {
                    outcomes[q.id] = "ok"
                    document.append(question: q.id, text: text)
                }
            }
        }
        for index in template.indices {
            for (k, gate) in index.gates.enumerated() { gates["\(index.id)#\(k)"] = document.isTrue(gate.when) }
        }
    }
}
