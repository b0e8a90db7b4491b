import Foundation

extension SensitivityReport {
    /// The `pkri-sensitivity/1` object: `{"format","template","version",
    /// "index","runs","spread","seed","top","tau":{"median","p5"},
    /// "subjects":[{"subject","rank","value","rankP5","rankP95",
    /// "bands":{BAND: share},"top": share,"awardStable"}]}`. Shares are
    /// runs / all runs (four decimals); τ is unrounded.
    public var json: JSON {
        let subjects: [JSON] = self.subjects.map { s in
            let bands: [(String, JSON)] = s.bands.map { ($0.band, .number(share($0.runs))) }
            return .object([
                ("subject", .string(s.id)), ("rank", count(s.rank)), ("value", .number(s.value)),
                ("rankP5", count(s.rankLow)), ("rankP95", count(s.rankHigh)), ("bands", .object(bands)),
                ("top", .number(share(s.topRuns))), ("awardStable", .bool(s.awardStable)),
            ])
        }
        let tau: JSON = .object([("median", IndexAgreement.number(tauMedian)), ("p5", IndexAgreement.number(tauLow))])
        let members: [(String, JSON)] = [
            ("format", .string("pkri-sensitivity/1")), ("template", .string(template)), ("version", .string(version)),
            ("index", .string(index)), ("runs", count(options.runs)), ("spread", IndexAgreement.number(options.spread)),
            ("seed", .number(Decimal(options.seed))), ("top", count(options.top)), ("tau", tau), ("subjects", .array(subjects)),
        ]
        return .object(members)
    }

    /// A share of the runs, to four decimals (half away from zero), in
    /// integers: a national report has hundreds of thousands of them, and
    /// dividing `Decimal`s was most of writing it.
    public func share(_ runs: Int) -> Decimal {
        guard options.runs > 0 else { return 0 }
        var units = SensitivityAnalysis.divide(runs * 10_000, options.runs), exponent = -4
        while exponent < 0, units != 0, units % 10 == 0 {
            units /= 10
            exponent += 1
        }
        return Decimal(sign: .plus, exponent: units == 0 ? 0 : exponent, significand: Decimal(units))
    }

    private func count(_ n: Int) -> JSON { .number(Decimal(n)) }
}
