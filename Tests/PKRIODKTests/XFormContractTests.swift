import Foundation
import PKRICore
import PKRIODK
@testable import PKRIXML
import Testing

/// The exported form's shape, as docs/odk-form.md promises it.
@Suite("XForm contract")
struct XFormContractTests {
    static let template = try! TemplateLoader().load(
        contentsOf: PackagePaths.templates.appendingPathComponent("pkri-keberlanjutan.xml").path).template

    /// The form, parsed by pkri's own safe parser; read-only once made.
    nonisolated(unsafe) static let form: ParsedDocument = {
        let xml = try! XFormWriter(template).xml()
        return try! SafeXMLParser().parse(Array(xml.utf8), file: "form.xml")
    }()

    static func all(_ name: String, in e: XMLElement? = form.root) -> [XMLElement] {
        guard let e else { return [] }
        return (e.localName == name ? [e] : []) + e.children.flatMap { all(name, in: $0) }
    }

    static var instance: XMLElement { all("instance")[0].children[0] }

    static func bind(_ path: String) -> XMLElement? { all("bind").first { $0.attribute("nodeset") == path } }

    @Test func rootCarriesTemplateIdAndVersion() {
        #expect(Self.instance.localName == "data")
        #expect(Self.instance.attribute("id") == "pkri-keberlanjutan")
        #expect(Self.instance.attribute("version") == "2025.1")
    }

    @Test func groupsInOrder() {
        let names = Self.instance.children.map(\.localName)
        #expect(names == ["pkri"] + Self.template.sections.map(\.id) + ["pkri_nilai", "meta"])
        #expect(Self.instance.children[0].children.map(\.localName) == ["subject", "assessor", "role", "stage", "start", "end"])
        #expect(Self.instance.children.last?.children.map(\.localName) == ["instanceID"])
        #expect(Self.instance.children[Self.instance.children.count - 2].children.map(\.localName) == ["keberlanjutan"])
    }

    @Test func oneFieldPerQuestionWithEvidenceUploads() {
        for (section, group) in zip(Self.template.sections, Self.instance.children.dropFirst()) {
            let expected = section.questions.flatMap { q in q.evidence == .none ? [q.id] : [q.id, q.id + "__bukti"] }
            #expect(group.children.map(\.localName) == expected)
        }
    }

    @Test func startEndAndInstanceIDFillThemselves() {
        #expect(Self.bind("/data/pkri/start")?.jr("preload") == "timestamp")
        #expect(Self.bind("/data/pkri/start")?.jr("preloadParams") == "start")
        #expect(Self.bind("/data/pkri/end")?.jr("preloadParams") == "end")
        #expect(Self.bind("/data/meta/instanceID")?.jr("preload") == "uid")
        #expect(Self.bind("/data/pkri/role") != nil)
        let role = Self.all("select1").first { $0.attribute("ref") == "/data/pkri/role" }
        #expect(role.map { Self.all("value", in: $0).map(\.text) } == ["self", "verifier"])
    }

    @Test func evidenceUploadIsNeverRequiredAndFollowsItsQuestion() {
        for q in Self.template.questions where q.evidence != .none {
            let s = Self.template.section(of: q.id)!.id
            let upload = Self.bind("/data/\(s)/\(q.id)__bukti")
            #expect(upload?.attribute("type") == "binary")
            #expect(upload?.attribute("required") == nil)
            #expect(upload?.attribute("relevant") == Self.bind("/data/\(s)/\(q.id)")?.attribute("relevant"))
        }
        let control = Self.all("upload").first { $0.attribute("ref") == "/data/dasar-hukum/dasar_hukum__bukti" }
        #expect(control?.attribute("mediatype") == "application/*")
    }

    @Test func typesRequiredBoundsAndMessages() {
        let tahun = Self.bind("/data/anggaran/tahun_anggaran")
        #expect(tahun?.attribute("type") == "int")
        #expect(tahun?.attribute("required") == "true()")
        #expect(tahun?.attribute("constraint") == ". >= 0 and . <= 12")
        #expect(tahun?.jr("constraintMsg") == "jr:itext('/data/anggaran/tahun_anggaran:constraintMsg')")
        #expect(Self.bind("/data/status-inovasi/tanggal_berhenti")?.attribute("type") == "date")
        #expect(Self.bind("/data/anggaran/nilai_anggaran")?.attribute("type") == "decimal")
    }

    @Test func bothLanguagesIndonesianFirst() {
        let translations = Self.all("translation")
        #expect(translations.map { $0.attribute("lang") } == ["Bahasa Indonesia (id)", "English (en)"])
        #expect(translations[0].attribute("default") == "true()")
        func text(_ id: String, _ k: Int) -> String? {
            Self.all("text", in: translations[k]).first { $0.attribute("id") == id }.map { Self.all("value", in: $0)[0].text }
        }
        let q = Self.template.question("dasar_hukum")!
        #expect(text("/data/dasar-hukum/dasar_hukum:label", 0) == q.label.text("id"))
        #expect(text("/data/dasar-hukum/dasar_hukum:label", 1) == q.label.text("en"))
        #expect(text("/data/dasar-hukum/dasar_hukum:hint", 1) == q.hint?.text("en"))
        #expect(text("/data/dasar-hukum/dasar_hukum__bukti:label", 0)?.contains("wajib") == true)
        #expect(text("/data/pkri_nilai/keberlanjutan:label", 0)?.contains("sementara") == true)
        #expect(text("/data/pkri_nilai/keberlanjutan:label", 1)?.contains("provisional") == true)
    }

    @Test func provisionalValuesAreCalculated() {
        let b = Self.bind("/data/pkri_nilai/keberlanjutan")
        #expect(b?.attribute("readonly") == "true()")
        #expect(b?.attribute("calculate")?.hasPrefix("if(") == true)
    }
}

extension XMLElement {
    /// An attribute in the JavaRosa namespace (`jr:preload`).
    func jr(_ name: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let ns = a.pointee.ns, String(cString: ns.pointee.href) == "http://openrosa.org/javarosa",
               String(cString: a.pointee.name) == name {
                return XMLElement.listText(of: a)
            }
            attr = a.pointee.next
        }
        return nil
    }
}
