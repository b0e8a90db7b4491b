/// Size limits of the spec for every document pkri reads.
public struct XMLLimits: Sendable {
    public var maxBytes = 16 * 1024 * 1024
    public var maxDepth = 64
    public var maxElements = 100_000
    /// Per attribute value or text node, in bytes.
    public var maxTextBytes = 64 * 1024

    public init() {}

    public static let standard = XMLLimits()
}
