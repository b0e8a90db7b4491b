import Foundation
import PKRICore
import PKRIXML
import Testing

/// Every shipped template loads clean, and its outline in both languages
/// matches a golden file. Record the golden files again after a template
/// changes (its `sha256:` line changes with it):
///
///     PKRI_RECORD_GOLDEN=1 swift test --filter ShippedTemplateTests
@Suite("Shipped templates")
struct ShippedTemplateTests {
    static let recording = ProcessInfo.processInfo.environment["PKRI_RECORD_GOLDEN"] == "1"

    @Test func thereAreShippedTemplates() {
        #expect(PackagePaths.shippedTemplates.count >= 4, "\(PackagePaths.templates.path)")
    }

    @Test(arguments: PackagePaths.shippedTemplates)
    func loadsWithoutErrorOrWarning(name: String) {
        let path = PackagePaths.templates.appendingPathComponent(name).path
        do {
            let loaded = try TemplateLoader(language: .en).load(contentsOf: path)
            #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
            // The file name is the template id.
            #expect(loaded.template.id + ".xml" == name)
        } catch {
            Issue.record("\(name) does not load:\n\(error)")
        }
    }

    @Test(arguments: PackagePaths.shippedTemplates, [Language.id, .en])
    func outlineMatchesGolden(name: String, language: Language) throws {
        let path = PackagePaths.templates.appendingPathComponent(name).path
        let template = try TemplateLoader(language: language).load(contentsOf: path).template
        let outline = TemplateOutline(template, language: language).render()
        let golden = PackagePaths.golden
            .appendingPathComponent(name.replacingOccurrences(of: ".xml", with: ".\(language.rawValue).txt"))
        if Self.recording {
            try FileManager.default.createDirectory(at: PackagePaths.golden, withIntermediateDirectories: true)
            try Data(outline.utf8).write(to: golden)
            return
        }
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            Issue.record("no golden file \(golden.lastPathComponent); record it with PKRI_RECORD_GOLDEN=1")
            return
        }
        let got = outline.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = (0..<min(got.count, want.count)).first { got[$0] != want[$0] }
            ?? (got.count != want.count ? min(got.count, want.count) : nil)
        if let i = firstDifference {
            Issue.record("""
                outline of \(name) (\(language.rawValue)) differs from \(golden.lastPathComponent) at line \(i + 1):
                  golden: \(i < want.count ? String(want[i]) : "<end>")
                  now:    \(i < got.count ? String(got[i]) : "<end>")
                (a changed template needs PKRI_RECORD_GOLDEN=1)
                """)
        }
    }

    /// No golden file outlives its template.
    @Test func everyGoldenFileHasATemplate() throws {
        let goldens = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.golden.path)
            .filter { $0.hasSuffix(".txt") }
        let expected = PackagePaths.shippedTemplates.flatMap { name in
            ["id", "en"].map { name.replacingOccurrences(of: ".xml", with: ".\($0).txt") }
        }
        #expect(Set(goldens) == Set(expected))
    }
}
