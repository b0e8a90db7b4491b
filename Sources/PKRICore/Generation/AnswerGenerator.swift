import Foundation

/// Fills a template with plausible, valid answers: relevance and constraints
/// are honoured, as an assessor would meet them. `quality` (0…1) leans the
/// choices toward high (1) or low (0) scores, so generated assessors can
/// differ the way a self-assessment and a verifier do.
///
/// ```swift
/// var random = SeededRandom(seed: 7)
/// let answers = AnswerGenerator(template).answers(quality: 0.8, random: &random)
/// ```
public struct AnswerGenerator: Sendable {
    public let template: Template

    public init(_ template: Template) { self.template = template }

    public func answers(quality: Double, random: inout SeededRandom, skipOptional: Double = 0.05) -> [Answer] {
        let document = template.engine.makeAnswerDocument()
        var answers: [Answer] = []
        for q in template.questions {
            guard q.relevant.map(document.isTrue) ?? true else { continue }
            if !q.required, random.chance(skipOptional) { continue }
            for _ in 0..<8 {
                let values = propose(q, quality: quality, random: &random)
                guard case .success(let text) = q.check(values) else { continue }
                if let c = q.constraint, !document.isTrue(c, proposing: text, for: q.id) { continue }
                document.append(question: q.id, text: text)
                answers.append(Answer(question: q.id, values: values,
                                      evidence: evidence(q, random: &random)))
                break
            }
        }
        return answers
    }

    private func propose(_ q: Question, quality: Double, random: inout SeededRandom) -> [String] {
        switch q.kind {
        case .single:
            return [pick(q.options, quality: quality, random: &random).value]
        case .multiple:
            let chosen = q.options.filter { _ in random.chance(0.25 + 0.6 * quality) }
            return (chosen.isEmpty ? [q.options[0]] : chosen).map(\.value)
        case .integer, .decimal:
            let sorted = q.bands.sorted { $0.score < $1.score }
            let band = sorted.isEmpty ? nil : sorted[index(sorted.count, quality: quality, random: &random)]
            let low = [band?.min, q.min].compactMap { $0 }.max() ?? 0
            let high = [band?.max, q.max].compactMap { $0 }.min() ?? low + 1000
            guard high >= low else { return [DecimalText.format(low)] }
            let span = NSDecimalNumber(decimal: high - low).doubleValue
            var value = low + Decimal(Int(random.unit() * min(span, 1e9)))
            if q.kind == .decimal, value < high { value += Decimal(Int(random.unit() * 100)) / 100 }
            return [DecimalText.format(min(value, high))]
        case .date:
            return [String(format: "%04d-%02d-%02d", 2019 + Int(random.unit() * 7),
                           1 + Int(random.unit() * 12), 1 + Int(random.unit() * 28))]
        case .text:
            let phrases = ["Dilaksanakan sesuai rencana kerja.", "Didukung SK kepala daerah.",
                           "Layanan berjalan di semua kecamatan.", "Perlu penguatan anggaran tahun depan."]
            return [phrases[Int(random.unit() * Double(phrases.count))]]
        }
    }

    /// Options with scores lean by quality; unscored ones (filters such as a
    /// status) mostly take the first, usually the "still running" answer.
    private func pick(_ options: [Question.Option], quality: Double, random: inout SeededRandom) -> Question.Option {
        guard options.contains(where: { $0.score > 0 }) else {
            return random.chance(0.85) ? options[0] : options[Int(random.unit() * Double(options.count))]
        }
        let sorted = options.sorted { $0.score < $1.score }
        return sorted[index(sorted.count, quality: quality, random: &random)]
    }

    private func index(_ count: Int, quality: Double, random: inout SeededRandom) -> Int {
        let spread = (random.unit() - 0.5) * 0.6
        return max(0, min(count - 1, Int(((quality + spread) * Double(count)).rounded(.down))))
    }

    private func evidence(_ q: Question, random: inout SeededRandom) -> [Evidence] {
        guard q.evidence != .none, q.evidence == .required || random.chance(0.5) else { return [] }
        if random.chance(0.05) { return [] }
        let status: Evidence.Status = random.chance(0.08) ? .rejected : (random.chance(0.5) ? .accepted : .pending)
        return [Evidence(href: "bukti/\(q.id).pdf", status: status)]
    }
}
