import Foundation
import PKRICore
import PKRIODK
import PKRIXML
import Testing

/// The ODK instance decoder on hand-made instances: what it reads, and
/// every field that does not belong to the form refused at its place.
@Suite("ODK instance decoder")
struct InstanceDecoderTests {
    static let template = try! TemplateLoader().load(
        contentsOf: PackagePaths.templates.appendingPathComponent("pkri-keberlanjutan.xml").path).template

    static func instance(_ sections: String, root: String = #"<data id="pkri-keberlanjutan" version="2025.1">"#,
                         pkri: String = "<subject>INOV-2019-0042</subject><assessor>tpi-07</assessor><role>verifier</role><stage>interview</stage><start>2026-06-19T08:00:00.000Z</start><end>2026-06-19T09:30:00.000+07:00</end>") -> String {
        """
        <?xml version='1.0' encoding='UTF-8' ?>
        \(root)
        <pkri>\(pkri)</pkri>
        \(sections)
        <pkri_nilai><keberlanjutan>12</keberlanjutan></pkri_nilai>
        <meta><instanceID>uuid:6f1c0e5e-3f7a-4a0e-9c1e-2b7d8c9a0f11</instanceID></meta>
        </data>

        """
    }

    func decode(_ xml: String, media: [String: String]? = nil) throws(DocumentError) -> Submission {
        let root = try XMLTree.read(Array(xml.utf8), file: "i.xml", language: .en)
        return try ODKInstanceDecoder(template: Self.template, language: .en).decode(root, media: media)
    }

    func errors(_ xml: String, media: [String: String]? = nil) -> [String] {
        do throws(DocumentError) {
            _ = try decode(xml, media: media)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func readsTheInstance() throws {
        let s = try decode(Self.instance("""
        <status-inovasi><status>berjalan</status><lama_terhenti/></status-inovasi>
        <dasar-hukum><dasar_hukum>perda</dasar_hukum><dasar_hukum__bukti>perda.pdf</dasar_hukum__bukti></dasar-hukum>
        <anggaran><tahun_anggaran>3</tahun_anggaran><nilai_anggaran>1.23456785E7</nilai_anggaran></anggaran>
        <kolaborasi><mitra>opd swasta</mitra></kolaborasi>
        """), media: ["perda.pdf": String(repeating: "a", count: 64)])
        #expect(s.id == "6f1c0e5e-3f7a-4a0e-9c1e-2b7d8c9a0f11")
        #expect(s.template == "pkri-keberlanjutan" && s.templateVersion == "2025.1")
        #expect(s.subject == "INOV-2019-0042" && s.assessor == "tpi-07" && s.role == .verifier && s.stage == "interview")
        #expect(s.status == .submitted)
        #expect(s.created == "2026-06-19T08:00:00.000Z" && s.updated == "2026-06-19T09:30:00.000+07:00")
        #expect(s.answers.map(\.question) == ["status", "dasar_hukum", "tahun_anggaran", "nilai_anggaran", "mitra"])
        #expect(s.answer("nilai_anggaran")?.values == ["12345678.5"])
        #expect(s.answer("mitra")?.values == ["opd", "swasta"])
        #expect(s.answer("dasar_hukum")?.evidence == [Evidence(href: "perda.pdf", status: .pending, sha256: String(repeating: "a", count: 64))])
        #expect(s.answer("status")?.location?.description == "i.xml:4:17")
    }

    @Test func fieldsThatDoNotBelongToTheForm() {
        let found = errors(Self.instance("""
        <status-inovasi><status>berjalan</status><asing>x</asing></status-inovasi>
        <bagian-lain><x>1</x></bagian-lain>
        """, pkri: "<subject>S</subject><assessor>A</assessor><role>self</role><start>2026-06-19T08:00:00Z</start><warna>merah</warna>"))
        #expect(found == [
            "i.xml:3:101: error: field pkri/warna does not belong to form pkri-keberlanjutan",
            "i.xml:4:42: error: field status-inovasi/asing does not belong to form pkri-keberlanjutan",
            "i.xml:5:1: error: element <bagian-lain> does not belong to form pkri-keberlanjutan",
        ])
    }

    @Test func anotherFormOrVersion() {
        #expect(errors(Self.instance("", root: #"<data id="pkri-keberlanjutan" version="2024">"#))
                == ["i.xml:2:1: error: this instance is for form pkri-keberlanjutan version 2024, not pkri-keberlanjutan version 2025.1"])
        #expect(errors(Self.instance("", root: #"<data id="pkri-replikasi" version="2025.1">"#)).count == 1)
    }

    @Test func evidenceMustComeWithItsFileAndItsAnswer() {
        let found = errors(Self.instance("""
        <dasar-hukum><dasar_hukum>perda</dasar_hukum><dasar_hukum__bukti>hilang.pdf</dasar_hukum__bukti><sop__bukti>sop.pdf</sop__bukti></dasar-hukum>
        """), media: ["sop.pdf": String(repeating: "b", count: 64)])
        #expect(found == [
            "i.xml:4:46: error: evidence file 'hilang.pdf' is not beside the instance",
            "i.xml:4:97: error: evidence is uploaded for sop, which is not answered",
        ])
    }

    @Test func identityFieldsAreRequired() {
        let found = errors(Self.instance("", pkri: "<subject/><assessor>A</assessor><role>boss</role><start>2026-06-19T08:00:00Z</start>"))
        #expect(found == ["i.xml:3:7: error: pkri/subject is empty", "i.xml:3:39: error: pkri/role 'boss' must be self or verifier"])
    }

    @Test func hostileXMLIsRefusedByTheSafeParser() {
        let xml = #"<?xml version="1.0"?><!DOCTYPE data [<!ENTITY x SYSTEM "file:///etc/passwd">]><data id="pkri-keberlanjutan" version="2025.1"><pkri><subject>&x;</subject></pkri></data>"#
        let found = errors(xml)
        #expect(found.count == 1)
        #expect(found.first?.contains("DOCTYPE") == true, "\(found)")
        #expect(!found.joined().contains("root:"))
    }
}

/// Telling an ODK instance from other XML by its first bytes.
@Suite("ODK instance sniff")
struct ODKInstanceSniffTests {
    @Test(arguments: [
        ("<data id=\"x\">", true),
        ("\u{FEFF}<?xml version='1.0' encoding='UTF-8' ?>\n<!-- a note -->\n  <data\nid=\"x\">", true),
        ("<data/>", true),
        ("<?xml version=\"1.0\"?><submission xmlns=\"urn:pkri:submission:1\">", false),
        ("<database>", false),
        ("<!-- never closed <data>", false),
        ("", false),
    ])
    func sniff(text: String, isInstance: Bool) {
        #expect(ODKInstanceSniff.looksLikeInstance(Array(text.utf8)) == isInstance)
    }
}
