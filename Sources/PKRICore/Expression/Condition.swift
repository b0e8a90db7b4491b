/// A `relevant`, `constraint` or gate `when` condition: XPath 1.0 as the
/// author wrote it, compiled once at load.
///
/// A final class of constants, not a struct: each use (`if let condition =
/// question.relevant`, a gate) copied the struct, retaining and releasing
/// its four fields, about 300 instructions; a reference costs one retain.
public final class Condition: Sendable, CustomStringConvertible {
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
