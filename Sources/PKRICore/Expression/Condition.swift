/// A `relevant`, `constraint` or gate `when` condition: XPath 1.0 as the
/// author wrote it, compiled once at load.
public struct Condition: Sendable, CustomStringConvertible {
    /// As written in the template, with `${name}` references.
    public let source: String
    /// Ids of the questions it names, in order of first use.
    public let references: [String]
    public let location: SourceLocation
    /// The engine's compiled form; only its own ``AnswerDocument`` reads it.
    public let compiled: any CompiledExpression

    public init(source: String, references: [String], location: SourceLocation,
                compiled: any CompiledExpression) {
        self.source = source
        self.references = references
        self.location = location
        self.compiled = compiled
    }

    public var description: String { source }
}

/// An engine's compiled expression. Opaque to the core.
public protocol CompiledExpression: AnyObject, Sendable {}
