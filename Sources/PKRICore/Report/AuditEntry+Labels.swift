/// How `pkri history` names what changed, in the reader's language; the ids
/// (`created`, `submitted`, `pending`) stay in `--json` and in the log.
extension AuditEntry.Field {
    public func label(_ l: Language) -> String {
        switch self {
        case .created: l.pick("dibuat", "created")
        case .status: l.pick("status", "status")
        case .answer: l.pick("jawaban", "answer")
        case .evidence: l.pick("bukti", "evidence")
        case .note: l.pick("catatan", "note")
        }
    }
}

extension AuditEntry {
    /// An old or new value of this entry as a person reads it: a status as
    /// its label (`diajukan`), each evidence item's state as its label
    /// (`bukti/sk.pdf [diterima]`), a number in the reader's style (`87,42`).
    /// Notes are the assessor's own words and stay as written.
    public func display(_ value: String, _ l: Language) -> String {
        switch field {
        case .created, .status:
            return Submission.Status(rawValue: value)?.label(l) ?? value
        case .answer:
            return value.split(separator: " ", omittingEmptySubsequences: false)
                .map { NumberText.literal(String($0), l) }.joined(separator: " ")
        case .evidence:
            // As the log writes it: `href [state]` items joined by `; `.
            var text = value
            for state in Evidence.Status.allCases {
                text = text.replacingOccurrences(of: " [\(state.rawValue)]; ", with: " [\(state.label(l))]; ")
                if text.hasSuffix(" [\(state.rawValue)]") {
                    text = String(text.dropLast(state.rawValue.count + 1)) + "\(state.label(l))]"
                }
            }
            return text
        case .note:
            return value
        }
    }
}
