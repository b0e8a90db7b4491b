/// A document that proves an answer: a file beside the submission or a URL.
public struct Evidence: Hashable, Sendable, Codable {
    public enum Status: String, Sendable, Codable, CaseIterable { case pending, accepted, rejected }

    /// Relative path or URL, as written.
    public var href: String
    public var status: Status
    /// Lowercase hex SHA-256 of the file's content, when known.
    public var sha256: String?

    public init(href: String, status: Status = .pending, sha256: String? = nil) {
        self.href = href
        self.status = status
        self.sha256 = sha256
    }
}
