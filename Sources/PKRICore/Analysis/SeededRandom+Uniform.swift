extension SeededRandom {
    /// A whole number in `0..<n` (n > 0), every one equally likely, by
    /// Lemire's multiply-and-reject method on ``next()``: only integer
    /// arithmetic, so the same seed draws the same numbers on every
    /// platform and Swift version (the standard library's
    /// `Int.random(in:using:)` makes no such promise).
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "below(_:) needs a positive bound")
        let bound = UInt64(n)
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            // Values under 2^64 mod n would make some results likelier: draw again.
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = next().multipliedFullWidth(by: bound) }
        }
        return Int(product.high)
    }

    /// A number in `[low, high)`, from ``unit()``: `low + (high − low)·u`.
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// The generator of one numbered stream of a seed (a run of a
    /// simulation): the streams do not depend on how many are drawn or on
    /// which thread, so parallel runs give the same figures as one after
    /// another.
    public static func stream(_ index: Int, of seed: UInt64) -> SeededRandom {
        // Two SplitMix64 steps decorrelate neighbouring seeds and indices.
        var mixer = SeededRandom(seed: seed ^ 0x5DEE_CE66_D1CE_4E5B)
        let base = mixer.next()
        var stream = SeededRandom(seed: base &+ UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15)
        _ = stream.next()
        return stream
    }
}
