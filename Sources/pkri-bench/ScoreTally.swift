import PKRICore

/// What the scored submissions came to, so every workload can be seen to do
/// the same work.
struct ScoreTally: Sendable {
    var scored = 0
    var invalid = 0
    var gated = 0
    var withoutValue = 0
    /// Count per band id.
    var bands: [String: Int] = [:]

    mutating func count(_ result: ScoreResult) {
        scored += 1
        for index in result.indices {
            if index.gated { gated += 1 }
            if let band = index.band { bands[band, default: 0] += 1 } else { withoutValue += 1 }
        }
    }

    mutating func add(_ other: ScoreTally) {
        scored += other.scored
        invalid += other.invalid
        gated += other.gated
        withoutValue += other.withoutValue
        bands.merge(other.bands, uniquingKeysWith: +)
    }

    var summary: String {
        let spread = bands.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return "\(scored) scored, \(invalid) invalid, \(gated) gated, \(withoutValue) without value; \(spread)"
    }
}
