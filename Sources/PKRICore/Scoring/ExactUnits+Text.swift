extension ExactUnits {
    /// `units` × 10^-`scale` as ``DecimalText/format(_:)`` writes the same
    /// number (`77.78`, `0`, `-0.5`: plain, no trailing zeros), with integer
    /// arithmetic only: formatting a `Decimal` took about 3 µs, and a score
    /// line holds over a hundred numbers. Beyond 64-bit magnitudes, or 20
    /// decimals, it asks `Decimal` itself, so the two never differ.
    static func text(_ units: Int128, scale: Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxDigits) { buffer in
            guard let i = write(units, scale: scale, atEndOf: buffer) else {
                return DecimalText.format(decimal(units, scale: scale))
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[i...]), as: UTF8.self)
        }
    }

    /// Bytes ``write(_:scale:atEndOf:)`` may need: a sign, 20 integer
    /// digits at most, the point and 20 decimals at most.
    static let maxDigits = 48

    /// Writes ``text(_:scale:)`` at the end of `buffer` (``maxDigits``
    /// bytes at least) and returns where it starts; nil when it needs
    /// `Decimal` (beyond 64-bit magnitudes, or 20 decimals). Writing in
    /// place lets ``JSONWriter`` put numbers straight into its own buffer.
    static func write(_ units: Int128, scale: Int, atEndOf buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        guard units.magnitude <= UInt128(UInt64.max), (0...20).contains(scale) else { return nil }
        var m = UInt64(units.magnitude)
        var i = buffer.count
        func put(_ byte: UInt8) {
            i -= 1
            buffer[i] = byte
        }
        guard m != 0 else {
            put(UInt8(ascii: "0"))
            return i
        }
        var scale = scale
        while scale > 0, m % 10 == 0 {
            m /= 10
            scale -= 1
        }
        for _ in 0..<scale {
            put(UInt8(ascii: "0") + UInt8(m % 10))
            m /= 10
        }
        if scale > 0 { put(UInt8(ascii: ".")) }
        repeat {
            put(UInt8(ascii: "0") + UInt8(m % 10))
            m /= 10
        } while m > 0
        if units < 0 { put(UInt8(ascii: "-")) }
        return i
    }
}
