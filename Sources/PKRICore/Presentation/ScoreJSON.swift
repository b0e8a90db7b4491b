import Foundation

/// The `pkri-score/1` object of the spec for one scored submission.
public enum ScoreJSON {
    public static let format = "pkri-score/1"

    public static func make(_ result: ScoreResult, submission: Submission, template: Template) -> JSON {
        .object([
            ("format", .string(format)),
            ("template", .string(template.id)),
            ("templateVersion", .string(template.version)),
            ("submission", .string(submission.id)),
            ("subject", .string(submission.subject)),
            ("assessor", .string(submission.assessor)),
            ("role", .string(submission.role.rawValue)),
            ("stage", .optional(submission.stage)),
            ("status", .string(submission.status.rawValue)),
            ("updated", .string(submission.updated)),
            ("indices", .array(result.indices.map(index))),
        ])
    }

    static func index(_ s: IndexScore) -> JSON {
        .object([
            ("id", .string(s.id)),
            ("value", s.valueUnits.map { .scaled($0, scale: 2) } ?? .optional(s.value)),
            ("band", .optional(s.band)),
            ("gated", .bool(s.gated)),
            ("gate", s.gate.map { .scaled(Int128($0 + 1), scale: 0) } ?? .null),
            ("sections", .array(s.sections.map { section in
                .object([
                    ("id", .string(section.id)),
                    ("weight", number(section.weightUnits, scale: ExactUnits.digits, section.weight)),
                    ("earned", sum(section, earned: true)),
                    ("max", sum(section, earned: false)),
                    ("counted", .bool(section.counted)),
                ])
            })),
            ("questions", .array(s.questions.map { q in
                .object([
                    ("id", .string(q.id)),
                    ("relevant", .bool(q.relevant)),
                    ("answer", .optional(q.answer)),
                    ("earned", number(q.earnedUnits, scale: ExactUnits.digits, q.earned)),
                    ("max", number(q.maxUnits, scale: ExactUnits.digits, q.max)),
                    ("weight", number(q.weightUnits, scale: ExactUnits.digits, q.weight)),
                    ("evidence", .string(q.evidence.rawValue)),
                    ("shortfall", .optional(q.shortfall?.code)),
                ])
            })),
        ])
    }
}

extension ScoreJSON {
    /// The exact figure when there is one, else the `Decimal`.
    static func number(_ units: Int128?, scale: Int, _ value: @autoclosure () -> Decimal) -> JSON {
        units.map { .scaled($0, scale: scale) } ?? .number(value())
    }

    /// A section's earned or max sum, from its exact units when it has them.
    static func sum(_ section: SectionScore, earned: Bool) -> JSON {
        switch section.sums {
        case .exact(let e, let m): return .scaled(earned ? e : m, scale: 2 * ExactUnits.digits)
        case .decimal(let e, let m): return .number(earned ? e : m)
        }
    }
}

extension QuestionScore.Shortfall {
    /// Stable code for machine output.
    public var code: String {
        switch self {
        case .notRelevant: return "not-relevant"
        case .unanswered: return "unanswered"
        case .evidenceMissing: return "evidence-missing"
        case .evidenceRejected: return "evidence-rejected"
        case .noBandContains: return "no-band"
        case .optionScoresZero: return "scores-zero"
        }
    }

    /// Why the question earned nothing, for a person.
    public func explanation(_ l: Language) -> String {
        switch self {
        case .notRelevant: return l.pick("tidak relevan", "not relevant")
        case .unanswered: return l.pick("tidak dijawab", "not answered")
        case .evidenceMissing: return l.pick("bukti wajib tidak ada", "required evidence missing")
        case .evidenceRejected: return l.pick("bukti ditolak", "evidence rejected")
        case .noBandContains(let v):
            return l.pick("nilai \(NumberText.literal(v, l)) tidak masuk band mana pun", "no band contains \(v)")
        case .optionScoresZero: return l.pick("jawaban berskor 0", "the answer scores 0")
        }
    }
}
