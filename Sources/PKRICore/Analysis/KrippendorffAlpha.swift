/// Krippendorff's alpha, the agreement of several coders (here: the
/// verifiers of a subject) beyond what chance would give, for any number of
/// coders and with missing values.
///
/// `α = 1 − D_o / D_e`: the disagreement observed within units over the
/// disagreement expected if the same values were paired at random. 1 is
/// perfect agreement, 0 is agreement no better than chance, below 0 is
/// systematic disagreement.
///
/// Computed in the coincidence-matrix formulation of Krippendorff's
/// "Computing Krippendorff's Alpha-Reliability" (2011): every unit with
/// m ≥ 2 values adds each ordered pair of its values to the coincidence
/// matrix with weight 1/(m − 1); units with fewer values are not pairable
/// and count for nothing. With o_ck the coincidences, n_c their marginals
/// and n the number of pairable values,
/// `α = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck`,
/// where δ² is 1 for unequal and 0 for equal values (nominal) or (c − k)²
/// (interval). The sums are taken per unit in closed form, so the cost is
/// linear in the values.
///
/// ```swift
/// let data = ReliabilityData(interval: [[1, 1, 1], [2, 3, 2], [4, 4]])
/// data.estimate.alpha    // 0.84…
/// ```
public enum KrippendorffAlpha {
    /// How the difference of two values is weighed.
    public enum Metric: String, Sendable, CaseIterable {
        /// Categories: two values agree or they do not.
        case nominal
        /// Numbers on a scale with equal steps: the squared difference.
        case interval
    }

    /// Why alpha has no value.
    public enum Undefined: String, Sendable, Equatable {
        /// No unit has two values to pair.
        case fewerThanTwoValues = "fewer-than-two-values"
        /// Every pairable value is the same: nothing to agree or disagree about.
        case noVariation = "no-variation"
    }

    /// Alpha with what it was computed from.
    public struct Estimate: Sendable, Equatable {
        /// Nil when undefined (see ``undefined``).
        public let alpha: Double?
        public let undefined: Undefined?
        /// Units with at least two values.
        public let units: Int
        /// Pairable values: the values of those units.
        public let values: Int
    }
}

/// Values given to units (subjects) by coders (assessors), ready for
/// ``KrippendorffAlpha``: each unit's values, a missing value simply absent.
public struct ReliabilityData: Sendable {
    public let metric: KrippendorffAlpha.Metric

    /// What one pairable unit adds to the sums.
    struct Unit: Sendable {
        /// Its number of values, m.
        var count: Double
        /// Σ over ordered pairs i ≠ j of δ²(v_i, v_j) / (m − 1).
        var observed: Double
        /// Interval: Σ v and Σ v², after the shift below.
        var sum = 0.0
        var squares = 0.0
        /// Nominal: how many of its values fall in each category.
        var categories: [(category: Int, count: Double)] = []
        /// Its smallest and largest value (category numbers for nominal):
        /// a resample has variation only when these differ somewhere.
        var low: Double
        var high: Double
    }

    let units: [Unit]
    let categoryCount: Int

    /// Nominal data: any values compared for equality.
    public init<Value: Hashable>(nominal units: [[Value]]) {
        metric = .nominal
        var codes: [Value: Int] = [:]
        var out: [Unit] = []
        for values in units where values.count >= 2 {
            var counts: [Int: Double] = [:]
            for v in values {
                let code = codes[v] ?? codes.count
                codes[v] = code
                counts[code, default: 0] += 1
            }
            let m = Double(values.count)
            let agreeing = counts.values.reduce(0) { $0 + $1 * $1 }
            let categories = counts.sorted { $0.key < $1.key }.map { (category: $0.key, count: $0.value) }
            out.append(Unit(count: m, observed: (m * m - agreeing) / (m - 1), categories: categories,
                            low: Double(categories.first!.category), high: Double(categories.last!.category)))
        }
        self.units = out
        categoryCount = codes.count
    }

    /// Interval data: numbers.
    public init(interval units: [[Double]]) {
        metric = .interval
        let pairable = units.filter { $0.count >= 2 }
        // Alpha does not change when every value moves by the same amount;
        // centring keeps Σv² − (Σv)²/n from cancelling digits away.
        let all = pairable.joined()
        let shift = all.isEmpty ? 0 : all.reduce(0, +) / Double(all.count)
        self.units = pairable.map { values in
            let m = Double(values.count)
            var sum = 0.0, squares = 0.0
            for v in values {
                sum += v - shift
                squares += (v - shift) * (v - shift)
            }
            // Σ_{i≠j} (v_i − v_j)² = 2m·Σv² − 2(Σv)².
            return Unit(count: m, observed: (2 * m * squares - 2 * sum * sum) / (m - 1), sum: sum, squares: squares,
                        low: values.min()!, high: values.max()!)
        }
        categoryCount = 0
    }

    /// Alpha over every unit.
    public var estimate: KrippendorffAlpha.Estimate {
        var totals = Totals(categories: categoryCount)
        for u in units { totals.add(u, times: 1) }
        return totals.estimate(metric, units: units.count)
    }

    /// Running sums of units, each counted `times` (a bootstrap draws some twice).
    struct Totals {
        var n = 0.0, observed = 0.0, sum = 0.0, squares = 0.0
        var categories: [Double]
        var low = Double.infinity, high = -Double.infinity

        init(categories: Int) { self.categories = Array(repeating: 0, count: categories) }

        mutating func add(_ u: Unit, times w: Double) {
            n += w * u.count
            observed += w * u.observed
            sum += w * u.sum
            squares += w * u.squares
            for c in u.categories { categories[c.category] += w * c.count }
            low = Swift.min(low, u.low)
            high = Swift.max(high, u.high)
        }

        func estimate(_ metric: KrippendorffAlpha.Metric, units: Int) -> KrippendorffAlpha.Estimate {
            let values = Int(n.rounded())
            guard n >= 2 else { return .init(alpha: nil, undefined: .fewerThanTwoValues, units: units, values: values) }
            guard low < high else { return .init(alpha: nil, undefined: .noVariation, units: units, values: values) }
            // Σ_c Σ_k n_c n_k δ²_ck, the expected disagreement times n(n − 1).
            let expected: Double
            switch metric {
            case .nominal: expected = n * n - categories.reduce(0) { $0 + $1 * $1 }
            case .interval: expected = 2 * n * squares - 2 * sum * sum
            }
            return .init(alpha: 1 - (n - 1) * observed / expected, undefined: nil, units: units, values: values)
        }
    }
}
