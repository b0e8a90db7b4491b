import Foundation
import PKRICore
import PKRIXML
import Testing

/// `Fixtures/spec-only-template.xml` was written from the spec alone, before
/// reading the loader: it must load, and its maxima follow the spec's
/// scoring rules 1 and 2.
@Suite("Template written from the spec only")
struct SpecOnlyTemplateTests {
    static let path = PackagePaths.fixtures.appendingPathComponent("spec-only-template.xml").path

    @Test func loadsWithoutErrorOrWarning() throws {
        let loaded = try TemplateLoader(language: .en).load(contentsOf: Self.path)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        #expect(loaded.template.indices.map(\.id) == ["kematangan", "kepuasan"])
        #expect(loaded.template.questions.count == 9)
    }

    @Test func maximaFollowScoringRules() throws {
        let t = try TemplateLoader(language: .en).load(contentsOf: Self.path).template
        // Rule 1: a single question whose options all score 0, text and date are not scored.
        #expect(t.questions.filter(\.isScored).map(\.id) == [
            "kanal", "transaksi_per_bulan", "waktu_layanan_jam", "integrasi_satu_data", "survei_ikm", "nilai_ikm",
        ])
        // Rule 2: multiple → max-score 4 (not 1 + 2 + 1 + 1.5 = 5.5); numeric → highest band.
        #expect(t.question("kanal")?.maxPoints == 4)
        #expect(t.question("waktu_layanan_jam")?.maxPoints == 3)
        // Section denominators Σ w·max: 4; 2·3 + 3 + 2 = 11; 1 + 3·3 = 10.
        let sums = t.sections.map { s in s.questions.filter(\.isScored).map { $0.weight * $0.maxPoints }.reduce(0, +) }
        #expect(sums == [4, 11, 10])
    }

    @Test func titleFallsBackToTheDefaultLanguage() throws {
        let t = try TemplateLoader(language: .en).load(contentsOf: Self.path).template
        #expect(t.title.text("en") == "Digital Public Service Form")
        #expect(t.title.text("jv") == "Formulir Pelayanan Publik Digital")
    }
}
