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

    /// A share of the runs, to four decimals.
    public func share(_ runs: Int) -> Decimal {
        options.runs == 0 ? 0 : DecimalText.round(Decimal(runs) / Decimal(options.runs), places: 4)
    }

    private func count(_ n: Int) -> JSON { .number(Decimal(n)) }
}
