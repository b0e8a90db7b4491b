extension Answer {
    /// `answers` as one JSON array, as the workspace stores them and the
    /// `Codable` conformance reads them back: per answer `evidence` (`href`,
    /// `sha256` when known, `status`), `note` when there is one, `question`
    /// and `values`, keys in that order. Written straight to bytes: building
    /// a ``JSON`` tree first was a quarter of merging a submission.
    public static func storedJSON(_ answers: [Answer]) -> String {
        var w = JSONWriter(capacity: 64 + 160 * answers.count)
        w.openArray()
        for a in answers {
            w.openObject()
            w.key(literal: "evidence")
            w.openArray()
            for e in a.evidence {
                w.openObject()
                w.key(literal: "href"); w.string(e.href)
                if let sha = e.sha256 { w.key(literal: "sha256"); w.string(sha) }
                w.key(literal: "status"); w.string(e.status.rawValue)
                w.closeObject()
            }
            w.closeArray()
            if let note = a.note { w.key(literal: "note"); w.string(note) }
            w.key(literal: "question"); w.string(a.question)
            w.key(literal: "values")
            w.openArray()
            for v in a.values { w.string(v) }
            w.closeArray()
            w.closeObject()
        }
        w.closeArray()
        return w.text
    }
}
