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
        self.message = Self.oneLine(message)
    }

    /// One finding, one line: a value quoted from a document may hold line
    /// breaks or other controls (VT, FF, NUL, …). They are written as escapes
    /// (`\n`, `\r`, `\t`, `\u{0B}`), a CRLF as one `\n`.
    static func oneLine(_ message: String) -> String {
        guard message.unicodeScalars.contains(where: isControl) else { return message }
        var out = ""
        var scalars = message.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let c = pending {
            pending = scalars.next()
            switch c {
            case "\r" where pending == "\n": out += "\\n"; pending = scalars.next()
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(c): out += "\\u{" + (c.value < 0x10 ? "0" : "") + String(c.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
    private static func isControl(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x20 || (0x7F...0x9F).contains(c.value) || c == "\u{2028}" || c == "\u{2029}"
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
