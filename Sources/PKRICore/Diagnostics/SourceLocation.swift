/// A place in a source document: `file:line:column`.
///
/// Lines and columns count from 1. `column` is `nil` where the XML engine
/// does not know it; such a location prints as `file:line`.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = max(line, 1)
        self.column = column
    }

    public var description: String {
        if let column { return "\(file):\(line):\(column)" }
        return "\(file):\(line)"
    }
}
