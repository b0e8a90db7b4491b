import Foundation

extension ScoreJSON {
    /// ``make(_:submission:template:)`` serialized, written straight to
    /// bytes without building the ``JSON`` tree: `pkri score --json` writes
    /// one per submission. The same bytes (tested).
    public static func line(_ result: ScoreResult, submission: Submission, template: Template) -> String {
        var w = JSONWriter(capacity: 256 + 160 * result.questions.count)
        w.openObject()
        w.key(literal: "format"); w.string(format)
        w.key(literal: "template"); w.string(template.id)
        w.key(literal: "templateVersion"); w.string(template.version)
        w.key(literal: "submission"); w.string(submission.id)
        w.key(literal: "subject"); w.string(submission.subject)
        w.key(literal: "assessor"); w.string(submission.assessor)
        w.key(literal: "role"); w.string(submission.role.rawValue)
        w.key(literal: "stage"); w.string(submission.stage)
        w.key(literal: "status"); w.string(submission.status.rawValue)
        w.key(literal: "updated"); w.string(submission.updated)
        w.key(literal: "indices")
        w.openArray()
        for index in result.indices { write(index, to: &w) }
        w.closeArray()
        w.closeObject()
        return w.text
    }

    /// ``index(_:)``, written.
    private static func write(_ s: IndexScore, to w: inout JSONWriter) {
        w.openObject()
        w.key(literal: "id"); w.string(s.id)
        w.key(literal: "value")
        if let units = s.valueUnits { w.scaled(units, scale: 2) } else if let v = s.value { w.number(v) } else { w.null() }
        w.key(literal: "band"); w.string(s.band)
        w.key(literal: "gated"); w.bool(s.gated)
        w.key(literal: "gate")
        if let gate = s.gate { w.scaled(Int128(gate + 1), scale: 0) } else { w.null() }
        w.key(literal: "sections")
        w.openArray()
        for section in s.sections {
            w.openObject()
            w.key(literal: "id"); w.string(section.id)
            w.key(literal: "weight"); number(section.weightUnits, scale: ExactUnits.digits, section.weight, to: &w)
            switch section.sums {
            case .exact(let e, let m):
                w.key(literal: "earned"); w.scaled(e, scale: 2 * ExactUnits.digits)
                w.key(literal: "max"); w.scaled(m, scale: 2 * ExactUnits.digits)
            case .decimal(let e, let m):
                w.key(literal: "earned"); w.number(e)
                w.key(literal: "max"); w.number(m)
            }
            w.key(literal: "counted"); w.bool(section.counted)
            w.closeObject()
        }
        w.closeArray()
        w.key(literal: "questions")
        w.openArray()
        for q in s.questions {
            w.openObject()
            w.key(literal: "id"); w.string(q.id)
            w.key(literal: "relevant"); w.bool(q.relevant)
            w.key(literal: "answer"); w.string(q.answer)
            w.key(literal: "earned"); number(q.earnedUnits, scale: ExactUnits.digits, q.earned, to: &w)
            w.key(literal: "max"); number(q.maxUnits, scale: ExactUnits.digits, q.max, to: &w)
            w.key(literal: "weight"); number(q.weightUnits, scale: ExactUnits.digits, q.weight, to: &w)
            w.key(literal: "evidence"); w.string(q.evidence.rawValue)
            w.key(literal: "shortfall"); w.string(q.shortfall?.code)
            w.closeObject()
        }
        w.closeArray()
        w.closeObject()
    }

    private static func number(_ units: Int128?, scale: Int, _ value: Decimal, to w: inout JSONWriter) {
        if let units { w.scaled(units, scale: scale) } else { w.number(value) }
    }
}
