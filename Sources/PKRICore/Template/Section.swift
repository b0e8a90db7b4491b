import Foundation

/// A group of questions that feeds one index with a weight.
public struct Section: Sendable {
    public let id: String
    /// Id of the index this section feeds.
    public let index: String
    public let weight: Decimal
    let exactWeight: Int128?
    public let label: LocalizedText
    public let questions: [Question]
    public let location: SourceLocation

    public init(id: String, index: String, weight: Decimal, label: LocalizedText,
                questions: [Question], location: SourceLocation) {
        self.id = id
        self.index = index
        self.weight = weight
        self.exactWeight = ExactUnits.of(weight)
        self.label = label
        self.questions = questions
        self.location = location
    }
}
