import Foundation

/// Runs a weight-sensitivity analysis: each run draws a factor in
/// [1 − spread, 1 + spread] for every section weight of the index (its
/// own ``SeededRandom/stream(_:of:)`` of the seed, so runs can go in
/// parallel and the same seed gives the same report), recombines every
/// joined submission's value from its stored section ratios (scoring rule
/// 6: `scale · Σ W(s)·r(s) / Σ W(s)` over counted sections, rounded half
/// away from zero to hundredths; a gated value stays), joins each
/// subject's values as the index says (mean or median, rounded), and ranks
/// the subjects (equal values share a rank).
///
/// ```swift
/// let report = SensitivityAnalysis(input).run(.init(spread: 0.2, runs: 1_000, seed: 1, top: 45))
/// report.subjects[0].rankLow...report.subjects[0].rankHigh
/// ```
///
/// Recombining in binary floating point is enough here: the weights are
/// random; the published ranking itself comes from the stored, exact values.
public struct SensitivityAnalysis: Sendable {
    let input: SensitivityInput
    let sections: Int
    /// Section weights of the index, as written.
    let weights: [Double]
    /// Subjects with a published value, in published rank order.
    let ranked: [Int]
    /// For each ranked subject, its contributors' range in the flat arrays.
    let starts: [Int]
    /// Per contributor: the fixed value in hundredths (gated), ``none``
    /// (no value), or ``recombined``.
    let fixed: [Int]
    /// Per contributor and section: r(s), 0 when not counted; and 1 or 0.
    let ratios: [Double]
    let counted: [Double]
    /// Published values in hundredths, per ranked subject.
    let baseline: [Int]
    /// Each band's `min` in whole hundredths (rounded up), highest band first.
    let bandFloors: [Int]

    static let none = Int.min
    static let recombined = Int.min + 1

    public init(_ input: SensitivityInput) {
        self.input = input
        let sections = input.template.sections(of: input.index)
        self.sections = sections.count
        weights = sections.map { NSDecimalNumber(decimal: $0.weight).doubleValue }
        var candidates: [(subject: Int, value: Int)] = []
        for (i, s) in input.subjects.enumerated() {
            let values = s.contributors.compactMap { $0.value.map(Self.hundredths) }
            if let v = Self.combine(values, input.index.combine) { candidates.append((i, v)) }
        }
        candidates.sort { a, b in
            a.value != b.value ? a.value > b.value
                : input.subjects[a.subject].id.utf8.lexicographicallyPrecedes(input.subjects[b.subject].id.utf8)
        }
        ranked = candidates.map(\.subject)
        baseline = candidates.map(\.value)
        var starts = [0], fixed: [Int] = [], ratios: [Double] = [], counted: [Double] = []
        for i in ranked {
            for c in input.subjects[i].contributors {
                if c.gated { fixed.append(c.value.map(Self.hundredths) ?? Self.none) }
                else if c.value == nil { fixed.append(Self.none) }
                else { fixed.append(Self.recombined) }
                for k in 0..<self.sections {
                    let r = k < c.ratios.count ? c.ratios[k] : nil
                    ratios.append(r ?? 0)
                    counted.append(r == nil ? 0 : 1)
                }
            }
            starts.append(fixed.count)
        }
        self.starts = starts
        self.fixed = fixed
        self.ratios = ratios
        self.counted = counted
        bandFloors = input.index.bands.map { band in
            var scaled = band.min * 100, up = Decimal()
            NSDecimalRound(&up, &scaled, 0, .up)
            return NSDecimalNumber(decimal: up).intValue
        }
    }

    /// A rounded value in whole hundredths.
    static func hundredths(_ d: Decimal) -> Int {
        var scaled = d * 100, rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        return NSDecimalNumber(decimal: rounded).intValue
    }

    /// Mean or median of hundredths, rounded half away from zero, as ``Statistics`` does.
    static func combine(_ values: [Int], _ method: AssessmentIndex.Combine) -> Int? {
        guard !values.isEmpty else { return nil }
        if values.count == 1 { return values[0] }
        if method == .mean { return divide(values.reduce(0, +), values.count) }
        let s = values.sorted(), mid = s.count / 2
        return s.count % 2 == 1 ? s[mid] : divide(s[mid - 1] + s[mid], 2)
    }

    static func divide(_ a: Int, _ b: Int) -> Int {
        let q = a / b, r = a % b
        guard 2 * r.magnitude >= b.magnitude else { return q }
        return a < 0 ? q - 1 : q + 1
    }

    /// What one thread adds up over its runs.
    struct Tally {
        var percentiles: RankPercentiles
        /// Per ranked subject: runs per band (then one slot for no band), runs in the top N.
        var bandRuns: [Int32]
        var topRuns: [Int32]
        /// τ_b of each run, by run number.
        var tau: [Int: Double?] = [:]
    }

    public func run(_ options: SensitivityReport.Options, threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> SensitivityReport {
        let n = ranked.count, runs = Swift.max(options.runs, 0)
        let workers = Swift.max(1, Swift.min(threads, runs))
        let tallies = ParallelRuns.map(workers) { w -> Tally in
            var tally = Tally(percentiles: RankPercentiles(subjects: n, runs: Swift.max(runs, 1)),
                              bandRuns: Array(repeating: 0, count: n * (bandFloors.count + 1)),
                              topRuns: Array(repeating: 0, count: n))
            let tau = KendallTau.Baseline(baseline)
            var values = Array(repeating: 0, count: n), ranks = Array(repeating: Int32(0), count: n)
            var run = w
            while run < runs {
                simulate(run: run, options: options, into: &values)
                Self.rank(values, into: &ranks)
                tally.percentiles.add(ranks)
                for s in 0..<n {
                    tally.bandRuns[s * (bandFloors.count + 1) + band(of: values[s])] += 1
                    if Int(ranks[s]) <= options.top { tally.topRuns[s] += 1 }
                }
                tally.tau[run] = tau.tauB(values)
                run += workers
            }
            return tally
        }
        var total = tallies[0]
        for t in tallies.dropFirst() {
            total.percentiles.merge(t.percentiles)
            for i in total.bandRuns.indices { total.bandRuns[i] += t.bandRuns[i] }
            for i in total.topRuns.indices { total.topRuns[i] += t.topRuns[i] }
            total.tau.merge(t.tau) { a, _ in a }
        }
        var published = Array(repeating: Int32(0), count: n)
        Self.rank(baseline, into: &published)
        let bandIDs = input.index.bands.map(\.id)
        let subjects = (0..<n).map { s -> SensitivityReport.Subject in
            let (low, high) = runs > 0 ? total.percentiles.percentiles(of: s) : (Int(published[s]), Int(published[s]))
            let counts = bandIDs.indices.map { (bandIDs[$0], Int(total.bandRuns[s * (bandIDs.count + 1) + $0])) }
            return SensitivityReport.Subject(id: input.subjects[ranked[s]].id, rank: Int(published[s]),
                                             value: Hundredths.decimal(Int64(baseline[s])), rankLow: low, rankHigh: high,
                                             bands: counts, topRuns: Int(total.topRuns[s]), top: options.top, runs: runs)
        }
        let taus = (0..<runs).compactMap { total.tau[$0] ?? nil }.sorted()
        return SensitivityReport(template: input.template.id, version: input.template.version, index: input.index.id,
                                 options: options, subjects: subjects,
                                 tauMedian: Percentile.ofSorted(taus, 50), tauLow: Percentile.ofSorted(taus, 5))
    }

    /// The band slot of a value in hundredths (the last slot: no band).
    func band(of value: Int) -> Int {
        bandFloors.firstIndex { value >= $0 } ?? bandFloors.count
    }

    /// One run's value of every ranked subject, in hundredths.
    func simulate(run: Int, options: SensitivityReport.Options, into values: inout [Int]) {
        var random = SeededRandom.stream(run, of: options.seed)
        let w = weights.map { $0 * random.uniform(1 - options.spread, 1 + options.spread) }
        let scale = NSDecimalNumber(decimal: input.index.scale).doubleValue * 100
        let method = input.index.combine
        var joined: [Int] = []
        ratios.withUnsafeBufferPointer { ratios in
            counted.withUnsafeBufferPointer { counted in
                for s in 0..<values.count {
                    joined.removeAll(keepingCapacity: true)
                    for c in starts[s]..<starts[s + 1] {
                        switch fixed[c] {
                        case Self.none: continue
                        case Self.recombined:
                            var sum = 0.0, total = 0.0
                            let base = c * sections
                            for k in 0..<sections {
                                sum += w[k] * ratios[base + k]
                                total += w[k] * counted[base + k]
                            }
                            joined.append(Int((scale * sum / total).rounded(.toNearestOrAwayFromZero)))
                        default: joined.append(fixed[c])
                        }
                    }
                    // A subject ranked at publication has a value in every run.
                    values[s] = Self.combine(joined, method) ?? 0
                }
            }
        }
    }

    /// Competition ranks, highest value first: 1 + how many are greater.
    static func rank(_ values: [Int], into ranks: inout [Int32]) {
        guard let low = values.min(), let high = values.max() else { return }
        let range = high - low
        if range <= 4 * values.count + 1_024 {
            // Counting: how many have each value, then how many are above it.
            var above = Array(repeating: Int32(0), count: range + 2)
            for v in values { above[high - v + 1] += 1 }
            for i in 1..<above.count { above[i] += above[i - 1] }
            for (s, v) in values.enumerated() { ranks[s] = above[high - v] + 1 }
        } else {
            let order = values.indices.sorted { values[$0] > values[$1] }
            for (position, s) in order.enumerated() {
                ranks[s] = position > 0 && values[order[position - 1]] == values[s] ? ranks[order[position - 1]] : Int32(position + 1)
            }
        }
    }
}
