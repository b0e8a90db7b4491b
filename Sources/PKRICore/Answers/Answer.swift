/// What an assessor answered to one question: values, proof and a note.
public struct Answer: Hashable, Sendable, Codable {
    public var question: String
    /// One value, or one per chosen option of a `multiple` question.
    public var values: [String]
    public var evidence: [Evidence]
    public var note: String?
    /// Where the answer stands in its document, when read from one.
    public var place: SourcePlace?
    public var location: SourceLocation? {
        get { place?.location }
        set { place = newValue.map(SourcePlace.known) }
    }

    public init(question: String, values: [String], evidence: [Evidence] = [], note: String? = nil,
                location: SourceLocation? = nil) {
        self.question = question
        self.values = values
        self.evidence = evidence
        self.note = note
        self.place = location.map(SourcePlace.known)
    }

    /// Scoring rule 4: some evidence item is not rejected.
    public var hasUsableEvidence: Bool { Self.hasUsableEvidence(evidence) }

    /// ``hasUsableEvidence`` of these items.
    static func hasUsableEvidence(_ evidence: [Evidence]) -> Bool { evidence.contains { $0.status != .rejected } }

    private enum CodingKeys: String, CodingKey { case question, values, evidence, note }
}

