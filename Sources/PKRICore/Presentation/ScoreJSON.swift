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
            ("value", .optional(s.value)),
            ("band", .optional(s.band)),
            ("gated", .bool(s.gated)),
            ("gate", s.gate.map { .number(Decimal($0 + 1)) } ?? .null),
            ("sections", .array(s.sections.map { section in
                .object([
                    ("id", .string(section.id)),
                    ("weight", .number(section.weight)),
                    ("earned", .number(section.earned)),
                    ("max", .number(section.max)),
                    ("counted", .bool(section.counted)),
                ])
            })),
            ("questions", .array(s.questions.map { q in
                .object([
                    ("id", .string(q.id)),
                    ("relevant", .bool(q.relevant)),
                    ("answer", .optional(q.answer)),
                    ("earned", .number(q.earned)),
                    ("max", .number(q.max)),
                    ("weight", .number(q.weight)),
                    ("evidence", .string(q.evidence.rawValue)),
                    ("shortfall", .optional(q.shortfall?.code)),
                ])
            })),
        ])
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
        case .noBandContains(let v): return l.pick("nilai \(v) tidak masuk band mana pun", "no band contains \(v)")
        case .optionScoresZero: return l.pick("jawaban berskor 0", "the answer scores 0")
        }
    }
}
