import Foundation
import PKRICore
import PKRIODK
import PKRIXML
import Testing

/// Every shipped template becomes a form that ODK Validate (JavaRosa's own
/// parser and checker) accepts.
@Suite("ODK Validate")
struct ODKValidateTests {
    @Test(arguments: PackagePaths.shippedTemplates)
    func shippedTemplateFormIsValid(name: String) throws {
        let template = try TemplateLoader().load(contentsOf: PackagePaths.templates.appendingPathComponent(name).path).template
        let form = try XFormWriter(template).xml()
        let verdict = try JavaRosa.validate(form)
        #expect(verdict.valid, "\(verdict.output)")
    }

    @Test func trickyTemplateFormIsValid() throws {
        let verdict = try JavaRosa.validate(try XFormWriter(TrickyTemplate.template).xml())
        #expect(verdict.valid, "\(verdict.output)")
    }

    @Test func validateRefusesABrokenForm() throws {
        // The check can fail: a relevance that is not XPath.
        let valid = try XFormWriter(TrickyTemplate.template).xml()
        let form = valid.replacingOccurrences(of: "relevant=\"string-length(/data/dasar/pilih) &gt; 0 and string(/data/dasar/pilih) != 'a'\"",
                                              with: "relevant=\"string-length(/data/dasar/pilih) &gt; 0 and (\"")
        #expect(form != valid)
        #expect(try !JavaRosa.validate(form).valid)
    }
}
