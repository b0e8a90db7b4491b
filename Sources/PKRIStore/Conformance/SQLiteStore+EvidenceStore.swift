import Foundation
import GRDB
import PKRICore
import PKRIWorkspace

/// Evidence in the folder beside the SQLite file, each file under its
/// SHA-256 (``Workspace/evidencePath(sha256:)``), with a row in
/// `evidenceFile`. Streamed to a temporary file while hashed, then renamed
/// under its hash: a crash never leaves half a file under a hash.
extension SQLiteStore {
    public func putEvidence<Chunks: AsyncSequence & Sendable>(named name: String, _ chunks: Chunks)
        async throws(ServiceError) -> EvidenceReceipt where Chunks.Element == [UInt8] {
        let fm = FileManager.default
        let temp = "\(workspace.evidenceDirectory)/.upload-\(getpid())-\(UUID().uuidString)"
        defer { try? fm.removeItem(atPath: temp) }
        let hasher = SHA256Hasher()
        var size = 0
        do {
            try fm.createDirectory(atPath: workspace.evidenceDirectory, withIntermediateDirectories: true)
            guard fm.createFile(atPath: temp, contents: nil) else { throw ServiceError.storage(location: path, detail: "cannot write \(temp)") }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temp))
            defer { try? handle.close() }
            for try await chunk in chunks {
                size += chunk.count
                guard size <= EvidenceLimits.maxBytes else {
                    throw ServiceError.evidenceTooLarge(name: name, limit: EvidenceLimits.maxBytes)
                }
                hasher.update(chunk)
                try handle.write(contentsOf: chunk)
            }
        } catch {
            throw serviceError(error)
        }
        let sha = hasher.finalizeHex()
        let target = workspace.evidencePath(sha256: sha)
        if !fm.fileExists(atPath: target) {
            do {
                try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try fm.moveItem(atPath: temp, toPath: target)
            } catch {
                // Another import placed the same content meanwhile: it is there.
                if !fm.fileExists(atPath: target) { throw .storage(location: path, detail: "cannot store evidence: \(error)") }
            }
        }
        let total = size
        let stored = EvidenceFile(sha256: sha, name: name, size: total, storedAt: Timestamp.now())
        return try await asyncWrite { db in
            if let existing = try EvidenceFile.fetchOne(db, key: sha) {
                return EvidenceReceipt(sha256: sha, size: existing.size, name: existing.name, isNew: false)
            }
            try stored.insert(db)
            return EvidenceReceipt(sha256: sha, size: total, name: name, isNew: true)
        }
    }

    public func hasEvidence(sha256: String) async throws(ServiceError) -> Bool {
        let known = try await asyncRead { db in try EvidenceFile.fetchOne(db, key: sha256) != nil }
        return known && FileManager.default.fileExists(atPath: workspace.evidencePath(sha256: sha256))
    }

    public func readEvidence(sha256: String, _ body: ([UInt8]) async throws -> Void) async throws(ServiceError) {
        guard try await hasEvidence(sha256: sha256) else { throw .notFound(.evidence, id: sha256) }
        do {
            for try await chunk in FileChunks(path: workspace.evidencePath(sha256: sha256)) { try await body(chunk) }
        } catch {
            throw serviceError(error)
        }
    }

    public func evidenceFiles() async throws(ServiceError) -> [EvidenceReceipt] {
        try await asyncRead { db in
            try EvidenceFile.order(Column("sha256")).fetchAll(db)
                .map { EvidenceReceipt(sha256: $0.sha256, size: $0.size, name: $0.name, isNew: false) }
        }
    }
}
