import Foundation

/// A question's weight and points in exact millionths (``ExactUnits``), in
/// the order of its options and bands; nil when one of them is not exact.
struct ExactQuestion: Sendable {
    let weight: Int128
    let options: [Int128]
    let bands: [Int128]
    let maxPoints: Int128
    let maxScore: Int128?

    init?(weight: Decimal, options: [Question.Option], bands: [Question.ScoreBand], maxPoints: Decimal,
          maxScore: Decimal?) {
        guard let w = ExactUnits.of(weight), let m = ExactUnits.of(maxPoints) else { return nil }
        var o: [Int128] = [], b: [Int128] = []
        for option in options {
            guard let u = ExactUnits.of(option.score) else { return nil }
            o.append(u)
        }
        for band in bands {
            guard let u = ExactUnits.of(band.score) else { return nil }
            b.append(u)
        }
        var cap: Int128?
        if let maxScore {
            guard let u = ExactUnits.of(maxScore) else { return nil }
            cap = u
        }
        (self.weight, self.options, self.bands, self.maxPoints, self.maxScore) = (w, o, b, m, cap)
    }
}
