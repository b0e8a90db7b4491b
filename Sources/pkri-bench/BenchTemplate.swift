import PKRICore
import PKRIXML

/// Loads the template under test, or says why not.
enum BenchTemplate {
    static func load(_ path: String) throws(BenchError) -> Template {
        do {
            return try TemplateLoader(language: .en).load(contentsOf: path).template
        } catch {
            throw .failed(error.diagnostics.map(\.description).joined(separator: "\n"))
        }
    }
}
