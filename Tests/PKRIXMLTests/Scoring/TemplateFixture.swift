import Foundation
import PKRICore
import PKRIXML

/// Builds templates for tests from their interesting part only: the root,
/// title and every `<label>` are added, so a test shows just indices,
/// sections, questions, options and bands.
///
/// ```swift
/// let t = try TemplateFixture.make("""
///   <index id="k"><band id="low" min="0"/></index>
///   <section id="s" index="k" weight="1">
///     <question id="q" type="single"><option value="a" score="1"/><option value="b"/></question>
///   </section>
/// """)
/// ```
enum TemplateFixture {
    static func make(_ body: String, file: String = "fixture.xml") throws -> Template {
        try TemplateLoader(language: .en).load(Array(xml(body).utf8), file: file).template
    }

    static func xml(_ body: String) -> String {
        var text = body
        text = replace(in: text, pattern: "<question(\\s[^>]*?)/>", with: "<question$1></question>")
        // <index …> / <section …> / <question …> get a label as first child.
        for tag in ["index", "section", "question"] {
            text = replace(in: text, pattern: "<\(tag)(\\s[^>]*[^/])>", with: "<\(tag)$1><label xml:lang=\"id\">\(tag)</label>")
        }
        // Self-closing options and index bands (those with an id) get one too.
        text = replace(in: text, pattern: "<option(\\s[^>]*?)/>", with: "<option$1><label xml:lang=\"id\">o</label></option>")
        text = replace(in: text, pattern: "<band(\\s[^>]*\\bid=[^>]*?)/>", with: "<band$1><label xml:lang=\"id\">b</label></band>")
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <template xmlns="urn:pkri:template:1" id="t" version="1" subject="innovation" xml:lang="id">
          <title xml:lang="id">Uji</title>
        \(text)
        </template>
        """
    }

    private static func replace(in text: String, pattern: String, with template: String) -> String {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}

/// Fills a submission in a few lines and scores it.
///
/// ```swift
/// let s = Scenario(t).answer("q", "a").answer("p", "3", evidence: .rejected)
/// #expect(s.value("k") == 50)
/// ```
struct Scenario {
    let template: Template
    var answers: [Answer] = []

    init(_ template: Template) { self.template = template }

    func answer(_ question: String, _ values: String..., evidence: Evidence.Status? = nil) -> Scenario {
        var copy = self
        copy.answers.append(Answer(question: question, values: values,
                                   evidence: evidence.map { [Evidence(href: "bukti.pdf", status: $0)] } ?? []))
        return copy
    }

    var result: ScoreResult { Scorer(template).score(answers) }

    func value(_ index: String) -> Decimal? { result.index(index)?.value }

    func band(_ index: String) -> String? { result.index(index)?.band }

    func question(_ id: String) -> QuestionScore? { result.question(id) }

    func submission(status: Submission.Status = .submitted) -> Submission {
        Submission(id: "6f1c0e5e-3f7a-4a0e-9c1e-2b7d8c9a0f11", template: template.id,
                   templateVersion: template.version, subject: "INOV-1", assessor: "a", role: .verifier,
                   status: status, created: "2026-01-01T00:00:00Z", updated: "2026-01-02T00:00:00Z",
                   answers: answers, location: SourceLocation(file: "s.xml", line: 2, column: 1))
    }

    func problems(status: Submission.Status = .submitted) -> [String] {
        submission(status: status).problems(against: template, language: .en).map(\.message)
    }
}

func dec(_ s: String) -> Decimal { Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))! }
