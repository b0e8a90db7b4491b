/// How a command names a template: `ID` (its latest added version) or
/// `ID@VERSION`.
public struct TemplateReference: Sendable, Hashable, CustomStringConvertible {
    public var id: String
    /// Nil: the latest added version.
    public var version: String?

    public init(id: String, version: String? = nil) {
        self.id = id
        self.version = version
    }

    /// Reads `ID` or `ID@VERSION`.
    public init(_ text: String) {
        let parts = text.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        self.init(id: parts[0], version: parts.count > 1 ? parts[1] : nil)
    }

    public var description: String { version.map { "\(id)@\($0)" } ?? id }
}
