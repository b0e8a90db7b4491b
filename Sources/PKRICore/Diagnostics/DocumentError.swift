/// A document could not be used. Carries every error found in it (and the
/// warnings found on the way), each with its location.
public struct DocumentError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public init(_ location: SourceLocation, _ message: String) {
        self.diagnostics = [Diagnostic(.error, at: location, message)]
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
