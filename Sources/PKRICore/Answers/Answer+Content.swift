extension Answer {
    /// Whether the answer holds anything: a value, evidence or a note.
    /// Evidence and a note may come before the value they go with.
    public var isEmpty: Bool { values.isEmpty && evidence.isEmpty && note == nil }

    /// Whether two answers say the same (ignoring where they were read).
    public func sameContent(as other: Answer) -> Bool {
        question == other.question && values == other.values && evidence == other.evidence && note == other.note
    }

    /// The answer, or nil when it holds nothing.
    static func record(_ answer: Answer) -> Answer? { answer.isEmpty ? nil : answer }

    /// ``sameContent(as:)`` of two optional answers (nil: none).
    static func same(_ a: Answer?, _ b: Answer?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): a.sameContent(as: b)
        default: false
        }
    }

    /// The questions whose answers differ between two answer sets, in the
    /// order they first appear.
    public static func questionsDiffering(_ a: [Answer], _ b: [Answer]) -> [String] {
        let left = Dictionary(a.compactMap(record).map { ($0.question, $0) }, uniquingKeysWith: { x, _ in x })
        let right = Dictionary(b.compactMap(record).map { ($0.question, $0) }, uniquingKeysWith: { x, _ in x })
        var seen = Set<String>()
        return (a + b).map(\.question).filter { seen.insert($0).inserted && !same(left[$0], right[$0]) }
    }
}
