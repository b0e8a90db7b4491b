extension Submission {
    /// The audit entries that take `old` to `self`: status, and per question
    /// the values, evidence and note that differ.
    public func changes(from old: Submission?, actor: String, at: String) -> [AuditEntry] {
        func entry(_ field: AuditEntry.Field, _ question: String?, _ before: String?, _ after: String?) -> AuditEntry {
            AuditEntry(at: at, actor: actor, submission: id, subject: subject, question: question,
                       field: field, old: before, new: after)
        }
        guard let old else { return [entry(.created, nil, nil, status.rawValue)] }
        var out: [AuditEntry] = []
        if old.status != status { out.append(entry(.status, nil, old.status.rawValue, status.rawValue)) }
        let before = old.answersByQuestion, after = answersByQuestion
        var questions = old.answers.map(\.question)
        for a in answers where before[a.question] == nil { questions.append(a.question) }
        for q in questions {
            let b = before[q], a = after[q]
            // No value is no answer, though evidence or a note may wait for one.
            let bv = b.flatMap(Self.valueText), av = a.flatMap(Self.valueText)
            if bv != av { out.append(entry(.answer, q, bv, av)) }
            let be = b.map { Self.describe($0.evidence) }, ae = a.map { Self.describe($0.evidence) }
            if (be ?? "") != (ae ?? "") { out.append(entry(.evidence, q, be, ae)) }
            if b?.note != a?.note { out.append(entry(.note, q, b?.note, a?.note)) }
        }
        return out
    }

    /// Whether two versions say the same thing (ignoring where they were read).
    public func sameContent(as other: Submission) -> Bool {
        var a = self, b = other
        a.location = nil
        b.location = nil
        a.answers = a.answers.map { var x = $0; x.location = nil; return x }
        b.answers = b.answers.map { var x = $0; x.location = nil; return x }
        return a == b
    }

    private static func valueText(_ answer: Answer) -> String? {
        answer.values.isEmpty ? nil : answer.values.joined(separator: " ")
    }

    static func describe(_ evidence: [Evidence]) -> String {
        evidence.map { "\($0.href) [\($0.status.rawValue)]" }.joined(separator: "; ")
    }
}
