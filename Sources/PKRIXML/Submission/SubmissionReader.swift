import Foundation
import PKRICore

/// Reads submission documents (`urn:pkri:submission:1`): safe parsing, the
/// shipped XML Schema, then the model. Checking the answers against their
/// template is ``Submission/problems(against:language:)``; ``load(contentsOf:template:)``
/// does both.
///
/// ```swift
/// let submission = try SubmissionReader().load(contentsOf: "s.xml", template: template)
/// ```
public struct SubmissionReader: Sendable {
    public var language: Language
    public var limits: XMLLimits

    public init(language: Language = .id, limits: XMLLimits = .standard) {
        self.language = language
        self.limits = limits
    }

    /// Reads and checks a file against `template`. Throws every error.
    public func load(contentsOf path: String, template: Template) throws(DocumentError) -> Submission {
        try load(try DocumentFile.read(path, limits: limits, language: language), file: path, template: template)
    }

    public func load(_ bytes: [UInt8], file: String, template: Template) throws(DocumentError) -> Submission {
        let submission = try read(bytes, file: file)
        let problems = submission.problems(against: template, language: language)
        if problems.hasErrors { throw DocumentError(problems) }
        return submission
    }

    public func read(contentsOf path: String) throws(DocumentError) -> Submission {
        try read(try DocumentFile.read(path, limits: limits, language: language), file: path)
    }

    /// Parses and schema-checks a document, without a template.
    public func read(_ bytes: [UInt8], file: String) throws(DocumentError) -> Submission {
        EmbeddedResources.installEntityLoader()
        let parsed = try SafeXMLParser(limits: limits, language: language, dropsBlankText: true).parse(bytes, file: file)
        let errors = SchemaValidator.submission.validate(parsed, language: language)
        guard errors.isEmpty, let root = parsed.root else { throw DocumentError(errors) }
        let ns = SubmissionNamespace.uri
        var answers: [Answer] = []
        root.forEachChild(in: ns) { a in
            guard a.hasName("answer") else { return }
            var values: [String] = [], evidence: [Evidence] = [], note: String?
            a.forEachChild(in: ns) { c in
                if c.hasName("value") {
                    values.append(c.text.trimmedWhitespace)
                } else if c.hasName("evidence") {
                    evidence.append(Evidence(href: c.token("href") ?? "",
                                             status: c.token("status").flatMap(Evidence.Status.init) ?? .pending,
                                             sha256: c.attribute("sha256")))
                } else if note == nil, c.hasName("note") {
                    note = c.text
                }
            }
            var answer = Answer(question: a.token("question") ?? "", values: values, evidence: evidence, note: note)
            answer.place = parsed.deferredLocation(of: a, named: "answer")
            answers.append(answer)
        }
        // Attributes of token types (and anyURI, dateTime, NCName) are read
        // collapsed, as the schema validated them; id and sha256 are
        // xs:string patterns that admit no white space.
        var submission = Submission(
            id: root.attribute("id") ?? "", template: root.token("template") ?? "",
            templateVersion: root.token("template-version") ?? "",
            subject: root.token("subject") ?? "", assessor: root.token("assessor") ?? "",
            role: root.token("role").flatMap(Submission.Role.init) ?? .self,
            stage: root.token("stage"),
            status: root.token("status").flatMap(Submission.Status.init) ?? .draft,
            created: root.token("created") ?? "", updated: root.token("updated") ?? "",
            answers: answers)
        submission.place = parsed.deferredLocation(of: root, named: "submission")
        return submission
    }
}
