import Foundation
import PKRICore

/// Loads assessment templates (`urn:pkri:template:1`): safe parsing, the
/// shipped XML Schema, then the semantic checks of the spec, with every
/// expression compiled.
///
/// ```swift
/// let loaded = try TemplateLoader().load(contentsOf: "templates/pkri-keberlanjutan.xml")
/// loaded.template.questions.count
/// loaded.warnings   // non-fatal findings, such as an unreachable band
/// ```
public struct TemplateLoader: Sendable {
    public var language: Language
    public var limits: XMLLimits

    public init(language: Language = .id, limits: XMLLimits = .standard) {
        self.language = language
        self.limits = limits
    }

    /// A template that passed every check, with the warnings found on the way.
    public struct Loaded: Sendable {
        public let template: Template
        public let warnings: [Diagnostic]
    }

    /// Reads and loads a file. Throws every error found in it.
    public func load(contentsOf path: String) throws(DocumentError) -> Loaded {
        try load(try DocumentFile.read(path, limits: limits, language: language), file: path)
    }

    /// Loads template bytes; `file` names them in messages.
    public func load(_ bytes: [UInt8], file: String) throws(DocumentError) -> Loaded {
        EmbeddedResources.installEntityLoader()
        let parsed = try SafeXMLParser(limits: limits, language: language).parse(bytes, file: file)
        let schemaErrors = SchemaValidator.template.validate(parsed, language: language)
        if let root = parsed.root, root.namespace != TemplateNamespace.uri || root.localName != "template" {
            throw DocumentError(schemaErrors)
        }
        let reader = TemplateReader(parsed, language: language)
        let template = reader.read(sha256: SHA256.hex(bytes))
        // Schema errors first, then the loader's own, each once, in line order.
        var seen = Set<Diagnostic>()
        let all = (schemaErrors + reader.diagnostics).filter { seen.insert($0).inserted }
        let errors = all.errors.sorted { $0.location.line < $1.location.line }
        guard errors.isEmpty, let template else {
            throw DocumentError(errors.isEmpty ? all : errors + all.warnings)
        }
        return Loaded(template: template, warnings: all.warnings)
    }
}
