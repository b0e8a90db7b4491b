import Foundation
import PKRICore
import PKRIODK
import PKRIXML
import Testing

/// A template that cannot be expressed as an ODK form is refused, every
/// problem at its place in the template; nothing is dropped silently.
@Suite("XForm refusals")
struct XFormRefusalTests {
    /// A template with `sections` (each a `<section>` element's text), loaded.
    static func template(_ sections: String..., gate: String? = nil) throws -> Template {
        let source = """
        <?xml version="1.0" encoding="UTF-8"?>
        <template xmlns="urn:pkri:template:1" id="t" version="1" subject="innovation" xml:lang="id">
          <title xml:lang="id">T</title>
          <index id="i"><label xml:lang="id">I</label><band id="b" min="0"><label xml:lang="id">B</label></band>\(gate.map { #"<gate when="\#($0)" value="0"/>"# } ?? "")</index>
        \(sections.joined(separator: "\n"))
        </template>

        """
        return try TemplateLoader(language: .en).load(Array(source.utf8), file: "t.xml").template
    }

    static func section(_ id: String, _ questions: String...) -> String {
        #"  <section id="\#(id)" index="i" weight="1"><label xml:lang="id">S</label>"# + "\n"
            + questions.map { "    " + $0 }.joined(separator: "\n") + "\n  </section>"
    }

    static func single(_ attributes: String) -> String {
        #"<question type="single" \#(attributes)><label xml:lang="id">Q</label><option value="a" score="1"><label xml:lang="id">A</label></option><option value="b"><label xml:lang="id">B</label></option></question>"#
    }

    func problems(_ t: Template) -> [XFormExportProblem] {
        do throws(XFormExportError) {
            _ = try XFormWriter(t).xml()
            return []
        } catch {
            return error.problems
        }
    }

    @Test(arguments: ["pkri", "meta", "pkri_nilai"])
    func sectionWithAReservedName(id: String) throws {
        let found = problems(try Self.template(Self.section(id, Self.single(#"id="q""#))))
        #expect(found.map(\.kind) == [.reservedName(kind: .section, id: id)])
        #expect(found.first?.location.description == "t.xml:5:3")
        #expect(found.first?.message(.en).contains("section id '\(id)' is used by the form itself") == true)
    }

    @Test(arguments: ["pkri", "meta"])
    func questionWithAReservedName(id: String) throws {
        let found = problems(try Self.template(Self.section("s", Self.single(#"id="\#(id)""#))))
        #expect(found.map(\.kind) == [.reservedName(kind: .question, id: id)])
        #expect(found.first?.location.line == 6)
    }

    @Test func sectionIdThatIsNoElementName() throws {
        let found = problems(try Self.template(Self.section("1-bagian", Self.single(#"id="q""#))))
        #expect(found.map(\.kind) == [.notAnElementName(kind: .section, id: "1-bagian")])
    }

    @Test func questionNamedLikeAnotherQuestionsEvidenceUpload() throws {
        let found = problems(try Self.template(Self.section("s", Self.single(#"id="q" evidence="optional""#),
                                                            Self.single(#"id="q__bukti""#))))
        #expect(found.map(\.kind) == [.evidenceFieldClash(question: "q__bukti", owner: "q")])
        #expect(found.first?.location.line == 7)
    }

    @Test func optionValueWithASpace() throws {
        // The schema forbids it in a file; a template built in code may hold one.
        let loc = SourceLocation(file: "code", line: 3, column: 1)
        let label = LocalizedText(["id": "x"], defaultLanguage: "id")
        let q = Question(id: "q", kind: .multiple, label: label,
                         options: [.init(value: "a b", score: 1, label: label, location: loc),
                                   .init(value: "c", score: 0, label: label, location: loc)], location: loc)
        let t = Template(id: "t", version: "1", subject: .innovation, defaultLanguage: "id", title: label,
                         indices: [AssessmentIndex(id: "i", label: label, scale: 100, combine: .mean, disagreement: nil,
                                                   bands: [.init(id: "b", min: 0, label: label, location: loc)], gates: [], location: loc)],
                         sections: [Section(id: "s", index: "i", weight: 1, label: label, questions: [q], location: loc)],
                         engine: LibXMLExpressionEngine(), source: "code", sha256: "")
        #expect(problems(t).map(\.kind) == [.optionValueWithSpace(question: "q", value: "a b")])
    }

    @Test(arguments: [
        ("/answers/q = 'a'", TranslationFailure.path(offset: 0)),
        ("count(/answers/*) > 1", .path(offset: 6)),
        ("${q}[1] = 'a'", .path(offset: 4)),
        ("lang('id')", .unsupportedFunction("lang")),
        ("name(${q}) = 'q'", .unsupportedFunction("name")),
        (". = 'a'", .contextOutsideConstraint),
        ("string(${n} + 1) = '2'", .computedNumberAsText),
    ])
    func relevanceThatCannotBeCarried(relevant: String, failure: TranslationFailure) throws {
        let escaped = relevant.replacingOccurrences(of: "'", with: "&apos;")
        let t = try Self.template(Self.section("s", Self.single(#"id="q""#),
                                               #"<question id="n" type="integer"><label xml:lang="id">N</label></question>"#,
                                               Self.single(#"id="r" relevant="\#(escaped)""#)))
        let found = problems(t)
        #expect(found.map(\.kind) == [.expression(attribute: "relevant", owner: "r", failure)])
        #expect(found.first?.location.line == 8)
        #expect(found.first?.diagnostic(.id).description.hasPrefix("t.xml:8:") == true)
    }

    @Test func everyProblemIsReported() throws {
        let found = problems(try Self.template(Self.section("meta", Self.single(#"id="pkri""#),
                                                            Self.single(#"id="r" relevant="lang(&apos;id&apos;)""#)),
                                               gate: "name(${r}) = 'r'"))
        #expect(found.count == 4)
        #expect(found.contains { $0.kind == .expression(attribute: "gate when", owner: "i", .unsupportedFunction("name")) })
    }
}
