import Foundation

extension Question {
    /// Scoring rule 1: a choice question with a positive option score, or a
    /// numeric question with a positive band score. Text and date never are.
    static func isScored(_ kind: Kind, options: [Option], bands: [ScoreBand]) -> Bool {
        switch kind {
        case .single, .multiple: return options.contains { $0.score > 0 }
        case .integer, .decimal: return bands.contains { $0.score > 0 }
        case .text, .date: return false
        }
    }

    /// Scoring rule 2: the most this question can earn.
    static func maxPoints(_ kind: Kind, options: [Option], bands: [ScoreBand], maxScore: Decimal?) -> Decimal {
        switch kind {
        case .single: return options.map(\.score).max() ?? 0
        case .multiple:
            return maxScore ?? options.map(\.score).filter { $0 > 0 }.reduce(0, +)
        case .integer, .decimal: return bands.map(\.score).max() ?? 0
        case .text, .date: return 0
        }
    }

    /// Scoring rule 3: what an answer earns before the evidence rule.
    /// `values` are already checked against the question.
    public func points(for values: [String]) -> Decimal {
        switch kind {
        case .single:
            return values.first.flatMap(option)?.score ?? 0
        case .multiple:
            let sum = values.compactMap(option).map(\.score).reduce(0, +)
            return maxScore.map { Swift.min(sum, $0) } ?? sum
        case .integer, .decimal:
            guard let text = values.first, let number = DecimalText.parse(text) else { return 0 }
            return band(containing: number)?.score ?? 0
        case .text, .date:
            return 0
        }
    }

    /// Scoring rule 3, with the points also in exact millionths when the
    /// question's figures are exact (``ExactQuestion``).
    func award(for values: [String]) -> (points: Decimal, units: Int128?) {
        switch kind {
        case .single:
            guard let v = values.first, let i = optionIndex(v) else { return (0, 0) }
            return (options[i].score, exact?.options[i])
        case .multiple:
            guard let exact else { return (points(for: values), nil) }
            var sum: Int128 = 0
            for v in values { if let i = optionIndex(v) { sum += exact.options[i] } }
            if let cap = exact.maxScore { sum = Swift.min(sum, cap) }
            return (ExactUnits.decimal(sum, scale: ExactUnits.digits), sum)
        case .integer, .decimal:
            guard let text = values.first, let i = bandIndex(containing: text) else { return (0, 0) }
            return (bands[i].score, exact?.bands[i])
        case .text, .date:
            return (0, 0)
        }
    }

    /// Position of the band that holds the number written `text`, if any:
    /// compared in exact integers when the bands and the number allow
    /// (``ExactNumber``), with `Decimal` otherwise; the same band either way.
    func bandIndex(containing text: String) -> Int? {
        if let exactBands, let number = ExactNumber(text) {
            return exactBands.firstIndex { $0.contains(number) }
        }
        guard let number = DecimalText.parse(text) else { return nil }
        return bands.firstIndex { $0.contains(number) }
    }

    /// The numeric band that holds `value`, if any.
    public func band(containing value: Decimal) -> ScoreBand? {
        bands.first { $0.contains(value) }
    }
}
