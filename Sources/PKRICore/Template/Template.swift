import Foundation

/// A loaded assessment template (`urn:pkri:template:1`): immutable, checked,
/// with every expression compiled.
///
/// Load one with `TemplateLoader` (module PKRIXML); score answers with
/// ``Scorer``.
///
/// ## Topics
/// - ``AssessmentIndex``
/// - ``Section``
/// - ``Question``
public struct Template: Sendable {
    public enum Subject: String, Sendable { case innovation, agency }

    public let id: String
    public let version: String
    public let subject: Subject
    public let defaultLanguage: String
    public let title: LocalizedText
    public let indices: [AssessmentIndex]
    public let sections: [Section]
    /// Every question in document order.
    public let questions: [Question]
    /// Creates answer documents that this template's expressions run on.
    public let engine: any ExpressionEngine
    /// Where the template came from (file name as given).
    public let source: String
    /// SHA-256 of the exact bytes loaded, lowercase hex; for a what-if
    /// (``withWeights(_:)``), an identity of its own.
    public let sha256: String
    /// The weights a what-if put in place of the loaded ones; nil for a real template.
    public let weightOverrides: WeightOverrides?

    private let questionPosition: [String: Int]
    /// No two questions share an id (as `==` compares), so a guessed
    /// position that matches is the one the dictionary holds.
    private let idsAreUnique: Bool

    public init(id: String, version: String, subject: Subject, defaultLanguage: String,
                title: LocalizedText, indices: [AssessmentIndex], sections: [Section],
                engine: any ExpressionEngine, source: String, sha256: String, weightOverrides: WeightOverrides? = nil) {
        self.id = id
        self.version = version
        self.subject = subject
        self.defaultLanguage = defaultLanguage
        self.title = title
        self.indices = indices
        self.sections = sections
        self.questions = sections.flatMap(\.questions)
        self.engine = engine
        self.source = source
        self.sha256 = sha256
        self.weightOverrides = weightOverrides
        var position: [String: Int] = [:]
        for (i, q) in questions.enumerated() { position[q.id] = i }
        self.questionPosition = position
        self.idsAreUnique = position.count == questions.count
    }

    /// The question with this id, if any.
    public func question(_ id: String) -> Question? {
        questionPosition[id].map { questions[$0] }
    }

    /// Position of a question in document order.
    public func position(of questionID: String) -> Int? { questionPosition[questionID] }

    /// The id of the question a mistyped `id` most likely meant, for "did
    /// you mean" (see ``Suggestion``); nil when none is close.
    public func questionID(near id: String) -> String? {
        Suggestion.closest(to: id, among: questions.lazy.map(\.id))
    }

    /// ``position(of:)``, trying `guess` first: when answers follow the
    /// template, one string comparison finds the question without hashing
    /// its id.
    func position(of questionID: String, guess: Int) -> Int? {
        if idsAreUnique, guess < questions.count, questions[guess].id == questionID { return guess }
        return questionPosition[questionID]
    }

    public func index(_ id: String) -> AssessmentIndex? { indices.first { $0.id == id } }

    /// Sections that feed an index, in document order.
    public func sections(of index: AssessmentIndex) -> [Section] {
        sections.filter { $0.index == index.id }
    }

    /// The section a question stands in.
    public func section(of questionID: String) -> Section? {
        sections.first { $0.questions.contains { $0.id == questionID } }
    }
}
