/// A template as a store keeps it: the exact bytes added, their SHA-256,
/// and when it was added (the latest added version of an id is its default).
public struct TemplateRecord: Sendable, Hashable {
    public var id: String
    public var version: String
    /// Lowercase hex SHA-256 of ``xml``: the template's identity in caches.
    public var sha256: String
    /// ISO 8601 UTC.
    public var addedAt: String
    /// The exact bytes added; empty in listings (``TemplateStore/templates()``).
    public var xml: [UInt8]

    public init(id: String, version: String, sha256: String, addedAt: String, xml: [UInt8]) {
        self.id = id
        self.version = version
        self.sha256 = sha256
        self.addedAt = addedAt
        self.xml = xml
    }
}
