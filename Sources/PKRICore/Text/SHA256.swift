import CLibCrypto

/// SHA-256 as lowercase hex, the form the spec uses for `@sha256`.
///
/// ```swift
/// SHA256.hex(bytes)                      // all at once
/// var h = SHA256.Hasher(); h.update(chunk); h.finish()   // as a file streams
/// ```
public enum SHA256 {
    public static func hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        let input = Array(bytes)
        input.withUnsafeBufferPointer { buffer in
            _ = CLibCrypto.SHA256(buffer.baseAddress, buffer.count, &digest)
        }
        return hex(digest: digest)
    }

    /// A hash fed piece by piece, so a large file never sits in memory whole.
    public struct Hasher: ~Copyable {
        private let context: OpaquePointer

        public init() {
            context = EVP_MD_CTX_new()
            EVP_DigestInit_ex(context, EVP_sha256(), nil)
        }

        deinit { EVP_MD_CTX_free(context) }

        public mutating func update(_ bytes: UnsafeRawBufferPointer) {
            guard let base = bytes.baseAddress, bytes.count > 0 else { return }
            EVP_DigestUpdate(context, base, bytes.count)
        }

        /// The hex digest of everything fed so far.
        public consuming func finish() -> String {
            var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
            var length: UInt32 = 0
            EVP_DigestFinal_ex(context, &digest, &length)
            return SHA256.hex(digest: digest)
        }
    }

    private static func hex(digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
