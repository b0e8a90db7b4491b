import Foundation
import NIOCore
import PKRICore
import PKRIWorkspace
import PostgresNIO

/// Evidence in the database: one `evidence_file` row per distinct content,
/// its bytes in `evidence_chunk` rows of at most 1 MiB. A file is written
/// under a temporary key while it is hashed, then, in the same transaction,
/// either given its hash or (when that content is stored already, perhaps
/// by a concurrent upload) rolled back: each content is stored once.
extension PostgresStore {
    public func putEvidence<Chunks: AsyncSequence & Sendable>(named name: String, _ chunks: Chunks)
        async throws(ServiceError) -> EvidenceReceipt where Chunks.Element == [UInt8] {
        let limit = EvidenceLimits.maxBytes
        do {
            return try await client.withConnection { c in
                try await c.query("BEGIN", logger: logger)
                do {
                    let receipt = try await upload(name, chunks, limit: limit, c)
                    try await c.query(receipt.isNew ? "COMMIT" : "ROLLBACK", logger: logger)
                    return receipt
                } catch {
                    _ = try? await c.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
        } catch {
            throw mapped(error)
        }
    }

    private func upload<Chunks: AsyncSequence>(_ name: String, _ chunks: Chunks, limit: Int, _ c: PostgresConnection)
        async throws -> EvidenceReceipt where Chunks.Element == [UInt8] {
        let temporary = "upload-\(UUID().uuidString)"
        let hasher = SHA256Hasher()
        var size = 0
        var n: Int32 = 0
        var pending: [UInt8] = []
        func write(_ bytes: ArraySlice<UInt8>) async throws {
            try await c.query("""
                INSERT INTO evidence_chunk (file, n, data) VALUES (\(temporary), \(n), \(ByteBuffer(bytes: bytes)))
                """, logger: logger)
            n += 1
        }
        for try await chunk in chunks {
            size += chunk.count
            guard size <= limit else { throw ServiceError.evidenceTooLarge(name: name, limit: limit) }
            hasher.update(chunk)
            pending.append(contentsOf: chunk)
            while pending.count >= EvidenceLimits.chunkBytes {
                try await write(pending[..<EvidenceLimits.chunkBytes])
                pending.removeFirst(EvidenceLimits.chunkBytes)
            }
        }
        if !pending.isEmpty { try await write(pending[...]) }
        let sha = hasher.finalizeHex()
        let inserted = try await c.query("""
            INSERT INTO evidence_file (sha256, name, size, stored_at) VALUES (\(sha), \(name), \(Int64(size)), \(Timestamp.now()))
            ON CONFLICT (sha256) DO NOTHING RETURNING 1
            """, logger: logger).all().count == 1
        if inserted {
            try await c.query("UPDATE evidence_chunk SET file = \(sha) WHERE file = \(temporary)", logger: logger)
            return EvidenceReceipt(sha256: sha, size: size, name: name, isNew: true)
        }
        let storedName = try await c.query("SELECT name FROM evidence_file WHERE sha256 = \(sha)", logger: logger)
            .decode(String.self).all().first ?? name
        return EvidenceReceipt(sha256: sha, size: size, name: storedName, isNew: false)
    }

    public func hasEvidence(sha256: String) async throws(ServiceError) -> Bool {
        try await connection { c in
            try await c.query("SELECT 1 FROM evidence_file WHERE sha256 = \(sha256)", logger: logger).all().count == 1
        }
    }

    public func readEvidence(sha256: String, _ body: ([UInt8]) async throws -> Void) async throws(ServiceError) {
        guard try await hasEvidence(sha256: sha256) else { throw .notFound(.evidence, id: sha256) }
        try await connection { c in
            let rows = try await c.query("SELECT data FROM evidence_chunk WHERE file = \(sha256) ORDER BY n", logger: logger)
            for try await data in rows.decode(ByteBuffer.self) {
                try await body(Array(data.readableBytesView))
            }
        }
    }

    public func evidenceFiles() async throws(ServiceError) -> [EvidenceReceipt] {
        try await connection { c in
            try await c.query("SELECT sha256, size, name FROM evidence_file ORDER BY sha256", logger: logger)
                .decode((String, Int64, String).self).all()
                .map { EvidenceReceipt(sha256: $0, size: Int($1), name: $2, isNew: false) }
        }
    }
}
