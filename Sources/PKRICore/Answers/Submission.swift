import Foundation

/// One assessor's answers about one subject (`urn:pkri:submission:1`).
public struct Submission: Hashable, Sendable, Codable {
    public enum Role: String, Sendable, Codable, CaseIterable { case `self`, verifier }
    public enum Status: String, Sendable, Codable, CaseIterable { case draft, submitted }

    /// Lowercase UUID v4, stable for the life of the submission.
    public var id: String
    public var template: String
    public var templateVersion: String
    /// Innovation or agency id.
    public var subject: String
    public var assessor: String
    public var role: Role
    public var stage: String?
    public var status: Status
    /// ISO 8601 UTC timestamps as written.
    public var created: String
    public var updated: String
    /// Answers in document order.
    public var answers: [Answer]
    /// Where the `<submission>` element stands, when read from a document.
    public var place: SourcePlace?
    public var location: SourceLocation? {
        get { place?.location }
        set { place = newValue.map(SourcePlace.known) }
    }

    public init(id: String, template: String, templateVersion: String, subject: String,
                assessor: String, role: Role, stage: String? = nil, status: Status,
                created: String, updated: String, answers: [Answer] = [], location: SourceLocation? = nil) {
        self.id = id
        self.template = template
        self.templateVersion = templateVersion
        self.subject = subject
        self.assessor = assessor
        self.role = role
        self.stage = stage
        self.status = status
        self.created = created
        self.updated = updated
        self.answers = answers
        self.place = location.map(SourcePlace.known)
    }

    private enum CodingKeys: String, CodingKey {
        case id, template, templateVersion, subject, assessor, role, stage, status, created, updated, answers
    }

    /// The answer to a question, if any.
    public func answer(_ questionID: String) -> Answer? { answers.first { $0.question == questionID } }

    /// Answers keyed by question id.
    public var answersByQuestion: [String: Answer] {
        Dictionary(answers.map { ($0.question, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
