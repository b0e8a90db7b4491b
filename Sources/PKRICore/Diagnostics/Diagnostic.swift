import Foundation

/// One finding about a document: an error that makes it unusable, or a
/// warning that does not.
///
/// ```swift
/// Diagnostic(.error, at: SourceLocation(file: "t.xml", line: 4, column: 7),
///            "section 'regulasi' names unknown index 'x'")
/// // prints: t.xml:4:7: error: section 'regulasi' names unknown index 'x'
/// ```
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        // One finding, one line: a value quoted from a document may hold line breaks.
        self.message = message.contains(where: \.isNewline)
            ? message.replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
                .replacingOccurrences(of: "\r", with: "\\r")
            : message
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
