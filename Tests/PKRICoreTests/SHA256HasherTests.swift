import PKRICore
import Testing

@Suite struct SHA256HasherTests {
    @Test func piecesHashAsTheWhole() {
        let whole = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let h = SHA256Hasher()
        var start = 0
        for size in [1, 63, 64, 65, 4_096, 95_711] {
            h.update(Array(whole[start..<start + size]))
            start += size
        }
        #expect(start == whole.count)
        #expect(h.finalizeHex() == SHA256.hex(whole))
    }

    @Test func emptyInputHasTheKnownDigest() {
        #expect(SHA256Hasher().finalizeHex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
