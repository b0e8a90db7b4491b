import Foundation
import PKRICore

/// Builds a ``Template`` from a parsed tree and checks what the XML Schema
/// cannot: unique ids, references, bounds, bands, expressions. Attribute
/// syntax is the schema's job, so values it would reject are skipped here
/// quietly rather than reported twice.
final class TemplateReader {
    let parsed: ParsedDocument
    let lang: Language
    private(set) var diagnostics: [Diagnostic] = []
    private let ns = TemplateNamespace.uri
    private(set) var defaultLanguage = "id"
    /// Question ids in document order seen so far, for forward references.
    private var questionsSoFar: [String: Int] = [:]
    private var allQuestionIDs: [String: Int] = [:]
    let expressions: ExpressionCompiler

    init(_ parsed: ParsedDocument, language: Language) {
        self.parsed = parsed
        self.lang = language
        self.expressions = ExpressionCompiler(language: language)
    }

    func error(_ element: XMLElement, _ attribute: String? = nil, _ id: String, _ en: String) {
        diagnostics.append(Diagnostic(.error, at: parsed.location(of: element, attribute: attribute), lang.pick(id, en)))
    }

    func warning(_ element: XMLElement, _ attribute: String? = nil, _ id: String, _ en: String) {
        diagnostics.append(Diagnostic(.warning, at: parsed.location(of: element, attribute: attribute), lang.pick(id, en)))
    }

    // MARK: - Template

    func read(sha256: String) -> Template? {
        guard let root = parsed.root else { return nil }
        defaultLanguage = root.xmlLang ?? "id"
        let id = root.token("id") ?? ""
        let version = root.token("version") ?? ""
        let subject = root.token("subject").flatMap(Template.Subject.init) ?? .innovation
        let title = text(of: root.children(in: ns).filter { $0.hasName("title") })
        if title.byLanguage[defaultLanguage] == nil {
            error(root, nil, "tidak ada <title> dalam bahasa bawaan '\(defaultLanguage)' (xml:lang templat)",
                  "no <title> in the default language '\(defaultLanguage)' (the template's xml:lang)")
        }
        let children = root.children(in: ns)
        // Every question id first, so that a reference to a later question is
        // told apart from a reference to no question at all.
        var position = 0
        for section in children where section.hasName("section") {
            for q in section.children(in: ns) where q.hasName("question") {
                if let qid = q.token("id"), allQuestionIDs[qid] == nil { allQuestionIDs[qid] = position }
                position += 1
            }
        }
        let indexElements = children.filter { $0.hasName("index") }
        let sectionElements = children.filter { $0.hasName("section") }
        let indexIDs = Set(indexElements.compactMap { $0.token("id") })
        var sectionIDs: [String: Int] = [:]
        var questionIDs: [String: Int] = [:]
        let sections = sectionElements.map { readSection($0, indexIDs: indexIDs, sectionIDs: &sectionIDs,
                                                          questionIDs: &questionIDs) }
        var seenIndices: [String: Int] = [:]
        let indices = indexElements.map { readIndex($0, seen: &seenIndices, sections: sections) }
        return Template(id: id, version: version, subject: subject, defaultLanguage: defaultLanguage,
                        title: title, indices: indices, sections: sections,
                        engine: LibXMLExpressionEngine(), source: parsed.file, sha256: sha256)
    }

    // MARK: - Shared pieces

    /// Texts of `label`-like elements, one per language.
    func text(of elements: [XMLElement]) -> LocalizedText {
        var byLanguage: [String: String] = [:]
        for e in elements {
            let language = e.xmlLang ?? defaultLanguage
            if byLanguage[language] != nil {
                error(e, "lang", "<\(e.localName)> untuk bahasa '\(language)' sudah ada; satu per bahasa",
                      "a <\(e.localName)> in language '\(language)' is already given; one per language")
            }
            byLanguage[language] = e.text.trimmedWhitespace
        }
        return LocalizedText(byLanguage, defaultLanguage: defaultLanguage)
    }

    func label(of element: XMLElement) -> LocalizedText {
        let label = text(of: element.children(in: ns).filter { $0.hasName("label") })
        if !label.isEmpty, label.byLanguage[defaultLanguage] == nil {
            warning(element, nil, "<\(element.localName)> tidak punya label dalam bahasa bawaan '\(defaultLanguage)'",
                    "<\(element.localName)> has no label in the default language '\(defaultLanguage)'")
        }
        return label
    }

    func decimal(_ element: XMLElement, _ name: String) -> Decimal? {
        element.token(name).flatMap(DecimalText.parse)
    }

    /// Records `id` in `seen`; reports a repeat with the line of the first.
    func unique(_ id: String, _ element: XMLElement, in seen: inout [String: Int], kind: (String, String)) {
        if let first = seen[id] {
            error(element, "id", "\(kind.0) '\(id)' sudah dipakai di baris \(first)",
                  "\(kind.1) '\(id)' is already used on line \(first)")
        } else {
            seen[id] = element.line
        }
    }

    /// Checks where a `${name}` may point: any question for a gate, an
    /// earlier one for `relevant` and `constraint`.
    func checkReferences(_ expr: Condition, at element: XMLElement, attribute: String, earlierOnly: Bool) {
        for name in expr.references {
            if allQuestionIDs[name] == nil {
                // Earlier questions only where only those may be named; in document order.
                let names = (earlierOnly ? questionsSoFar : allQuestionIDs).sorted { $0.value < $1.value }.map(\.key)
                let meant = Suggestion.phrase(Suggestion.closest(to: name, among: names).map { "${\($0)}" }, lang)
                error(element, attribute, "\(attribute): ${\(name)} bukan pertanyaan templat ini\(meant)",
                      "\(attribute): ${\(name)} is not a question of this template\(meant)")
            } else if earlierOnly, questionsSoFar[name] == nil {
                error(element, attribute,
                      "\(attribute): ${\(name)} merujuk pertanyaan yang belum muncul; hanya pertanyaan sebelumnya yang boleh dirujuk",
                      "\(attribute): ${\(name)} refers to a question that comes later (or to itself); only earlier questions may be used")
            }
        }
    }

    func markSeen(_ questionID: String) {
        if questionsSoFar[questionID] == nil { questionsSoFar[questionID] = questionsSoFar.count }
    }
}
