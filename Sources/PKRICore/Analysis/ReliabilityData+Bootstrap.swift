extension ReliabilityData {
    /// A bootstrap confidence interval of alpha over units: `resamples`
    /// times, as many units as there are pairable ones are drawn with
    /// replacement (``SeededRandom/below(_:)`` on a generator of `seed`) and
    /// alpha is computed on them; the interval is the (100 − level)/2-th
    /// and (100 + level)/2-th ``Percentile`` of those alphas. A resample
    /// whose alpha is undefined (every drawn value the same) is left out.
    /// Nil when alpha itself is undefined.
    ///
    /// Units, not single values, are resampled: a subject's verifiers
    /// judge the same evidence, so their values are not independent.
    public func bootstrap(resamples: Int = 1_000, seed: UInt64, level: Double = 95) -> ClosedRange<Double>? {
        guard estimate.alpha != nil, resamples > 0 else { return nil }
        var random = SeededRandom(seed: seed)
        var draws = Array(repeating: 0.0, count: units.count)
        var alphas: [Double] = []
        alphas.reserveCapacity(resamples)
        for _ in 0..<resamples {
            for i in draws.indices { draws[i] = 0 }
            for _ in units.indices { draws[random.below(units.count)] += 1 }
            var totals = Totals(categories: categoryCount)
            for (u, w) in zip(units, draws) where w > 0 { totals.add(u, times: w) }
            if let a = totals.estimate(metric, units: units.count).alpha { alphas.append(a) }
        }
        alphas.sort()
        guard let low = Percentile.ofSorted(alphas, (100 - level) / 2),
              let high = Percentile.ofSorted(alphas, (100 + level) / 2) else { return nil }
        return low...high
    }
}
