import PKRICore

/// Tells the assessor that another session changed an answer first: the
/// answer as this session read it, the one typed here, and the one stored
/// now. Nothing was overwritten; typing the answer again replaces it.
struct ConflictView {
    let conflict: AnswerConflict
    let walk: Walk
    let language: Language

    func render() -> String {
        let l = language
        let labels = [l.pick("saat Anda membacanya:", "when you read it:"), l.pick("jawaban Anda:", "yours:"),
                      l.pick("tersimpan sekarang:", "now stored:")]
        let width = labels.map(\.count).max() ?? 0
        let rows = zip(labels, [conflict.read, conflict.proposed, conflict.stored]).map { label, answer in
            "  " + label + String(repeating: " ", count: width - label.count + 1) + describe(answer)
        }
        return ([l.pick("Sesi lain mengubah jawaban \(conflict.question) sejak Anda membacanya; tidak ada yang ditimpa.",
                        "Another session changed the answer to \(conflict.question) since you read it; nothing was overwritten.")]
                + rows
                + [l.pick("Ketik lagi untuk menggantinya, atau Enter untuk mempertahankan yang tersimpan.",
                          "Type it again to replace it, or press Enter to keep what is stored.")])
            .joined(separator: "\n")
    }

    private func describe(_ answer: Answer?) -> String {
        let l = language
        guard let answer else { return l.pick("(tidak ada jawaban)", "(no answer)") }
        var parts: [String] = []
        if let q = walk.template.question(conflict.question), !answer.values.isEmpty {
            parts.append(QuestionView(walk: walk, language: l, style: Style(enabled: false), selfAnswers: [:]).describe(answer.values, q))
        } else {
            parts.append(l.pick("(belum ada nilai)", "(no value yet)"))
        }
        if !answer.evidence.isEmpty {
            parts.append(l.pick("bukti: ", "evidence: ") + answer.evidence.map { "\($0.href) [\($0.status.label(l))]" }.joined(separator: ", "))
        }
        if let note = answer.note { parts.append(l.pick("catatan: ", "note: ") + note) }
        return parts.joined(separator: "; ")
    }
}
