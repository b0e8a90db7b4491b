/// Evidence files, content-addressed: each distinct file is stored once
/// under its SHA-256, streamed in and out in chunks, never whole in memory.
public protocol EvidenceStore: Sendable {
    /// Stores the bytes `chunks` yields, hashing them as they come.
    /// Throws ``ServiceError/evidenceTooLarge(name:limit:)`` past
    /// ``EvidenceLimits/maxBytes`` (nothing stored). The same content again
    /// is stored once (``EvidenceReceipt/isNew`` false).
    func putEvidence<Chunks: AsyncSequence & Sendable>(named name: String, _ chunks: Chunks)
        async throws(ServiceError) -> EvidenceReceipt where Chunks.Element == [UInt8]

    func hasEvidence(sha256: String) async throws(ServiceError) -> Bool

    /// Passes the file's bytes to `body` chunk by chunk, in order. Throws
    /// ``ServiceError/notFound(_:id:)`` when no such file is stored.
    func readEvidence(sha256: String, _ body: ([UInt8]) async throws -> Void) async throws(ServiceError)

    /// What is stored, by hash.
    func evidenceFiles() async throws(ServiceError) -> [EvidenceReceipt]
}

/// A stored evidence file.
public struct EvidenceReceipt: Sendable, Hashable {
    public var sha256: String
    public var size: Int
    /// The name it was first stored under (names are not identity).
    public var name: String
    /// Whether this call stored it (false: the content was there already).
    public var isNew: Bool

    public init(sha256: String, size: Int, name: String, isNew: Bool) {
        self.sha256 = sha256
        self.size = size
        self.name = name
        self.isNew = isNew
    }
}

public enum EvidenceLimits {
    /// Largest evidence file a workspace takes: 256 MiB.
    public static let maxBytes = 256 * 1024 * 1024
    /// How much of a file is in memory at once when streaming.
    public static let chunkBytes = 1024 * 1024
}
