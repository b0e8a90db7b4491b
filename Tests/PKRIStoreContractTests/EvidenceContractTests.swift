import Foundation
import PKRICore
import PKRIWorkspace
import Testing

/// Evidence: content-addressed, stored once, streamed, 256 MiB at most.
@Suite struct EvidenceContractTests {
    /// Bytes handed over in pieces of `piece` bytes as they are asked for,
    /// each piece the same pattern (made once: debug builds are slow per byte).
    struct Pieces: AsyncSequence, Sendable {
        let total: Int
        let piece: Int
        let seed: UInt8
        func makeAsyncIterator() -> Iterator {
            var pattern = [UInt8](repeating: 0, count: piece)
            var next = seed
            for i in 0..<piece { pattern[i] = next; next &+= 31 }
            return Iterator(left: total, pattern: pattern)
        }
        struct Iterator: AsyncIteratorProtocol {
            var left: Int
            let pattern: [UInt8]
            mutating func next() async throws -> [UInt8]? {
                guard left > 0 else { return nil }
                let n = Swift.min(pattern.count, left)
                left -= n
                return n == pattern.count ? pattern : Array(pattern[..<n])
            }
        }
        var bytes: [UInt8] { get async throws { var all: [UInt8] = []; for try await p in self { all += p }; return all } }
    }

    /// Given bytes in pieces of another size.
    struct Rechunked: AsyncSequence, Sendable {
        let bytes: [UInt8]
        let piece: Int
        func makeAsyncIterator() -> AsyncStream<[UInt8]>.Iterator {
            AsyncStream { c in
                for start in stride(from: 0, to: bytes.count, by: piece) {
                    c.yield(Array(bytes[start..<Swift.min(start + piece, bytes.count)]))
                }
                c.finish()
            }.makeAsyncIterator()
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aFileIsStoredOnceUnderItsHashAndReadBackWhole(_ kind: StoreKind) async throws {
        let s = try await kind.makeStore().store
        // 2.5 MiB in uneven pieces: several chunks, neither aligned.
        let file = Pieces(total: 2_621_440 + 7, piece: 300_001, seed: 1)
        let bytes = try await file.bytes
        let first = try await s.putEvidence(named: "foto.jpg", file)
        #expect(first == EvidenceReceipt(sha256: SHA256.hex(bytes), size: bytes.count, name: "foto.jpg", isNew: true))
        // The same bytes in other pieces.
        let again = try await s.putEvidence(named: "salinan.jpg", Rechunked(bytes: bytes, piece: 65_536))
        #expect(again == EvidenceReceipt(sha256: first.sha256, size: bytes.count, name: "foto.jpg", isNew: false))
        #expect(try await s.evidenceFiles().map(\.sha256) == [first.sha256])
        var back: [UInt8] = []
        var largest = 0
        try await s.readEvidence(sha256: first.sha256) { piece in
            back += piece
            largest = max(largest, piece.count)
        }
        #expect(back == bytes)
        #expect(largest <= EvidenceLimits.chunkBytes)
        #expect(try await s.hasEvidence(sha256: first.sha256))
        await #expect(throws: ServiceError.notFound(.evidence, id: String(repeating: "0", count: 64))) {
            try await s.readEvidence(sha256: String(repeating: "0", count: 64)) { _ in }
        }
        let empty = try await s.putEvidence(named: "kosong.txt", Pieces(total: 0, piece: 1, seed: 0))
        #expect(empty.sha256 == SHA256.hex([UInt8]()) && empty.size == 0)
        await s.close()
    }

    /// 256 MiB and one byte go through the store and are refused; the
    /// process's peak memory grows by far less than the file (streamed,
    /// never whole in memory).
    @Test(arguments: StoreKind.allCases)
    func aFileOverTheLimitIsRefusedAndNothingIsStored(_ kind: StoreKind) async throws {
        let s = try await kind.makeStore().store
        let peakBefore = Self.peakResidentBytes()
        await #expect(throws: ServiceError.evidenceTooLarge(name: "besar.bin", limit: EvidenceLimits.maxBytes)) {
            _ = try await s.putEvidence(named: "besar.bin", Pieces(total: EvidenceLimits.maxBytes + 1, piece: 4 << 20, seed: 9))
        }
        #expect(Self.peakResidentBytes() - peakBefore < 128 << 20, "peak memory grew by \((Self.peakResidentBytes() - peakBefore) >> 20) MiB")
        #expect(try await s.evidenceFiles().isEmpty)
        await s.close()
    }

    /// The process's peak resident memory so far.
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
    }
}
