import PKRICore
import PKRIXML
import Testing

/// Loads a fixture with English messages and returns every diagnostic,
/// whether the template loaded or not.
struct LoadOutcome {
    let source: MarkedSource
    let template: Template?
    let diagnostics: [Diagnostic]

    init(_ source: MarkedSource, language: Language = .en, file: String = MinimalTemplate.file) {
        self.source = source
        do {
            let loaded = try TemplateLoader(language: language).load(source.bytes, file: file)
            template = loaded.template
            diagnostics = loaded.warnings
        } catch {
            template = nil
            diagnostics = error.diagnostics
        }
    }

    var errors: [Diagnostic] { diagnostics.errors }
    var warnings: [Diagnostic] { diagnostics.warnings }

    /// The location a marker stands for, in the fixture file.
    func location(_ marker: Int) -> PKRICore.SourceLocation {
        let p = source[marker]
        return PKRICore.SourceLocation(file: MinimalTemplate.file, line: p.line, column: p.column)
    }

    /// Expects exactly one error, with this message, at marker `marker`.
    func expectOnlyError(_ message: String, at marker: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(template == nil, "the template should not load", sourceLocation: sourceLocation)
        #expect(errors.count == 1, "errors: \(errors)", sourceLocation: sourceLocation)
        guard let e = errors.first else { return }
        #expect(e.message == message, sourceLocation: sourceLocation)
        #expect(e.location == location(marker), sourceLocation: sourceLocation)
    }

    /// Expects the template to load with no error and no warning.
    func expectClean(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(template != nil, "should load: \(diagnostics)", sourceLocation: sourceLocation)
        #expect(diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
    }
}
