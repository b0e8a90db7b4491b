import Foundation

/// Gathers, subject by subject, what ``IndexAgreement`` is computed from:
/// per index, each subject's verifier values; per question, each
/// verifier's answer where the question is relevant and answered (an
/// unanswered or not relevant question is a missing value); the gap of
/// each verified subject. Memory grows with subjects and verifiers, not
/// with the answers: each submission is read once and let go.
///
/// ```swift
/// var analysis = AgreementAnalysis(template: t)
/// for s in subjects { analysis.add(s) }
/// let report = analysis.report(seed: 1)
/// ```
public struct AgreementAnalysis: Sendable {
    public let template: Template
    private let indices: [AssessmentIndex]
    /// Per index: one unit of verifier values per subject.
    private var indexUnits: [[[Double]]]
    /// Per index, its questions with a metric and their units.
    private var questionUnits: [[QuestionUnits]]
    /// Per index and grouping: group key → gaps.
    private var gaps: [[GapGroup.Grouping: [String: [Decimal]]]]

    struct QuestionUnits: Sendable {
        let question: Question
        /// `single`: the option value; numbers: the value.
        var nominal: [[String]] = []
        var interval: [[Double]] = []
        /// `multiple`: per option, 1 when chosen, 0 when not, for each verifier who answered.
        var options: [[[Int]]]
    }

    /// `indices`: the indices to report (every index of the template when nil).
    public init(template: Template, indices: [String]? = nil) {
        self.template = template
        let chosen = template.indices.filter { indices?.contains($0.id) ?? true }
        self.indices = chosen
        indexUnits = chosen.map { _ in [] }
        questionUnits = chosen.map { index in
            template.sections(of: index).flatMap(\.questions).filter { Self.metric(of: $0) != nil }.map {
                QuestionUnits(question: $0, options: $0.kind == .multiple ? $0.options.map { _ in [] } : [])
            }
        }
        gaps = chosen.map { _ in [:] }
    }

    /// The metric a question's type calls for; nil for text and dates.
    public static func metric(of q: Question) -> KrippendorffAlpha.Metric? {
        switch q.kind {
        case .single, .multiple: return .nominal
        case .integer, .decimal: return .interval
        case .text, .date: return nil
        }
    }

    public mutating func add(_ subject: AgreementSubject) {
        // Each verifier's answers as the scorer reads them: relevance, and
        // whether the answer counts (a value that fails its checks does not).
        let scorer = Scorer(template)
        let scored = subject.verifiers.map { (score: scorer.score($0.answers), answers: $0.answersByQuestion) }
        for (k, index) in indices.enumerated() {
            indexUnits[k].append(scored.compactMap { s in s.score.index(index.id)?.value.map { NSDecimalNumber(decimal: $0).doubleValue } })
            for q in questionUnits[k].indices {
                let question = questionUnits[k][q].question
                let answers = scored.compactMap { s -> [String]? in
                    guard let score = s.score.question(question.id), score.relevant, score.answer != nil else { return nil }
                    return s.answers[question.id]?.values
                }
                switch question.kind {
                case .single: questionUnits[k][q].nominal.append(answers.compactMap(\.first))
                case .integer, .decimal:
                    questionUnits[k][q].interval.append(answers.compactMap { $0.first.flatMap(DecimalText.parse) }
                        .map { NSDecimalNumber(decimal: $0).doubleValue })
                case .multiple:
                    for (o, option) in question.options.enumerated() {
                        questionUnits[k][q].options[o].append(answers.map { $0.contains { $0.hasSameBytes(as: option.value) } ? 1 : 0 })
                    }
                case .text, .date: break
                }
            }
            if let r = subject.results.first(where: { $0.index == index.id }), r.state == .verified, let gap = r.gap {
                for g in GapGroup.Grouping.allCases {
                    let key = g.grouping.key(agency: subject.agency, kippYear: nil, kippAward: nil)
                    gaps[k][g, default: [:]][key, default: []].append(gap)
                }
            }
        }
    }

    /// The figures, one per index in template order. `seed` drives the
    /// bootstrap (`resamples` draws).
    public func report(seed: UInt64, resamples: Int = 1_000) -> [IndexAgreement] {
        indices.enumerated().map { k, index in
            let data = ReliabilityData(interval: indexUnits[k])
            let questions = questionUnits[k].map(Self.agreement)
            let ordered = questions.enumerated().sorted { a, b in
                switch (a.element.estimate.alpha, b.element.estimate.alpha) {
                case let (x?, y?) where x != y: return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a.offset < b.offset
                }
            }.map(\.element)
            var gap: [GapGroup.Grouping: [GapGroup]] = [:]
            for g in GapGroup.Grouping.allCases {
                gap[g] = (gaps[k][g] ?? [:]).sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map {
                    GapGroup(group: $0.key, count: $0.value.count, mean: Statistics.mean($0.value), median: Statistics.median($0.value))
                }
            }
            return IndexAgreement(template: template.id, version: template.version, index: index.id,
                                  alpha: data.estimate, interval: data.bootstrap(resamples: resamples, seed: seed),
                                  questions: ordered, gap: gap)
        }
    }

    static func agreement(_ units: QuestionUnits) -> QuestionAgreement {
        let q = units.question
        switch q.kind {
        case .integer, .decimal:
            return QuestionAgreement(id: q.id, metric: .interval, options: nil,
                                     estimate: ReliabilityData(interval: units.interval).estimate)
        case .multiple:
            let perOption = units.options.map { ReliabilityData(nominal: $0).estimate }
            let defined = perOption.compactMap(\.alpha)
            let first = perOption.first
            var undefined: KrippendorffAlpha.Undefined?
            if defined.isEmpty { undefined = (first?.values ?? 0) < 2 ? .fewerThanTwoValues : .noVariation }
            let estimate = KrippendorffAlpha.Estimate(
                alpha: defined.isEmpty ? nil : defined.reduce(0, +) / Double(defined.count), undefined: undefined,
                units: first?.units ?? 0, values: first?.values ?? 0)
            return QuestionAgreement(id: q.id, metric: .nominal, options: defined.count, estimate: estimate)
        default:
            return QuestionAgreement(id: q.id, metric: .nominal, options: nil,
                                     estimate: ReliabilityData(nominal: units.nominal).estimate)
        }
    }
}
