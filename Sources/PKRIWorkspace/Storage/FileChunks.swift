import Foundation

/// A file's bytes as chunks of at most ``EvidenceLimits/chunkBytes``, read
/// as they are asked for: what ``EvidenceStore/putEvidence(named:_:)``
/// takes from a file on disk.
public struct FileChunks: AsyncSequence, Sendable {
    public typealias Element = [UInt8]
    public let path: String
    public let chunkBytes: Int

    public init(path: String, chunkBytes: Int = EvidenceLimits.chunkBytes) {
        self.path = path
        self.chunkBytes = chunkBytes
    }

    public func makeAsyncIterator() -> Iterator { Iterator(path: path, chunkBytes: chunkBytes) }

    public struct Iterator: AsyncIteratorProtocol {
        let path: String
        let chunkBytes: Int
        var handle: FileHandle?
        var finished = false

        public mutating func next() async throws -> [UInt8]? {
            guard !finished else { return nil }
            if handle == nil { handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)) }
            guard let data = try handle!.read(upToCount: chunkBytes), !data.isEmpty else {
                finished = true
                try handle?.close()
                return nil
            }
            return [UInt8](data)
        }
    }
}
