import Foundation

/// Where one assessor's index value falls short of the scale, in index
/// points (the unit of the index value, 0–100 on the shipped templates):
/// the points each scored question did not earn, which add up to
/// scale − value; or, when a gate set the value, the gate alone.
struct IndexPointsLost {
    struct Entry {
        /// The question, or nil for a gate.
        var question: String?
        var reason: String
        var points: Decimal
    }

    let entries: [Entry]

    init(_ score: IndexScore, index: AssessmentIndex, template: Template, language l: Language) {
        guard let value = score.value else {
            entries = []
            return
        }
        if let g = score.gate {
            let reason = l.pick("gerbang \(g + 1) berlaku (\(index.gates[g].when.source)), nilai ditetapkan ",
                                "gate \(g + 1) fired (\(index.gates[g].when.source)), value set to ")
                + NumberText.display(value, l)
            entries = value < index.scale ? [Entry(question: nil, reason: reason, points: index.scale - value)] : []
            return
        }
        let counted = score.sections.filter(\.counted).map(\.weight).reduce(0, +)
        var entries: [Entry] = []
        for (section, sectionScore) in zip(template.sections(of: index), score.sections) where sectionScore.counted {
            for q in section.questions {
                guard let qs = score.questions.first(where: { $0.id == q.id }),
                      qs.scored, qs.relevant, qs.earned < qs.max else { continue }
                let points = index.scale * section.weight / counted * qs.weight * (qs.max - qs.earned) / sectionScore.max
                let reason = qs.shortfall?.explanation(l) ?? l.pick("jawaban di bawah skor tertinggi", "answer below the top score")
                entries.append(Entry(question: q.id, reason: reason, points: points))
            }
        }
        self.entries = entries
    }
}
