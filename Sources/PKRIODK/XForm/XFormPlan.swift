import Foundation
import PKRICore

/// What the form will hold, decided and checked before a line is written:
/// every name, and every expression translated for JavaRosa. Building it
/// finds every problem at once.
struct XFormPlan {
    struct Field {
        let question: Question
        let path: String
        let relevant: String?
        /// `min`/`max` and the template's constraint, together.
        let constraint: String?
        /// The upload of its evidence, when the template asks for any.
        let evidencePath: String?
    }

    struct Group {
        let section: Section
        let path: String
        let fields: [Field]
    }

    struct Provisional {
        let index: AssessmentIndex
        let path: String
        let calculate: String
        /// Each gate's `when`, translated, in document order.
        let gates: [String]
    }

    let groups: [Group]
    let provisional: [Provisional]

    init(_ template: Template) throws(XFormExportError) {
        var problems: [XFormExportProblem] = []
        func problem(_ kind: XFormExportProblem.Kind, _ at: SourceLocation) { problems.append(XFormExportProblem(kind, at: at)) }

        var paths: [String: String] = [:]
        let evidenceOwners = Dictionary(template.questions.filter { $0.evidence != .none }
            .map { (XFormNames.evidenceField(of: $0.id), $0.id) }, uniquingKeysWith: { a, _ in a })
        for s in template.sections {
            Self.checkName(s.id, .section, s.location, &problems)
            for q in s.questions {
                Self.checkName(q.id, .question, q.location, &problems)
                if let owner = evidenceOwners[q.id] { problem(.evidenceFieldClash(question: q.id, owner: owner), q.location) }
                for o in q.options where o.value.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
                    problem(.optionValueWithSpace(question: q.id, value: o.value), o.location)
                }
                paths[q.id] = XFormNames.path(s.id, q.id)
            }
        }
        for index in template.indices { Self.checkName(index.id, .index, index.location, &problems) }

        let translator = JavaRosaTranslator(paths: paths, template: template)
        func translate(_ c: Condition?, _ attribute: String, _ owner: String, proposing q: Question? = nil) -> String? {
            guard let c else { return nil }
            do throws(TranslationFailure) {
                return try translator.condition(c.source, proposing: q)
            } catch {
                problem(.expression(attribute: attribute, owner: owner, error), c.location)
                return nil
            }
        }
        var groups: [Group] = []
        for s in template.sections {
            var fields: [Field] = []
            for q in s.questions {
                let path = XFormNames.path(s.id, q.id)
                let relevant = translate(q.relevant, "relevant", q.id)
                let own = translate(q.constraint, "constraint", q.id, proposing: q)
                var parts: [String] = []
                if let min = q.min { parts.append(". >= \(DecimalText.format(min))") }
                if let max = q.max { parts.append(". <= \(DecimalText.format(max))") }
                if let own { parts.append(parts.isEmpty ? own : "(\(own))") }
                fields.append(Field(question: q, path: path, relevant: relevant,
                                    constraint: parts.isEmpty ? nil : parts.joined(separator: " and "),
                                    evidencePath: q.evidence == .none ? nil : XFormNames.path(s.id, XFormNames.evidenceField(of: q.id))))
            }
            groups.append(Group(section: s, path: XFormNames.path(s.id), fields: fields))
        }

        let score = ProvisionalScore(template: template, fields: Dictionary(uniqueKeysWithValues:
            groups.flatMap(\.fields).map { ($0.question.id, $0) }))
        var provisional: [Provisional] = []
        for index in template.indices {
            var gates: [(String, Decimal)] = []
            for gate in index.gates {
                if let when = translate(gate.when, "gate when", index.id) { gates.append((when, gate.value)) }
            }
            provisional.append(Provisional(index: index, path: XFormNames.path(XFormNames.provisionalGroup, index.id),
                                           calculate: score.value(of: index, gates: gates), gates: gates.map(\.0)))
        }
        guard problems.isEmpty else { throw XFormExportError(problems: problems) }
        self.groups = groups
        self.provisional = provisional
    }

    private static func checkName(_ id: String, _ kind: XFormExportProblem.NameKind, _ at: SourceLocation,
                                  _ problems: inout [XFormExportProblem]) {
        if kind != .index, XFormNames.reserved.contains(id) {
            problems.append(XFormExportProblem(.reservedName(kind: kind, id: id), at: at))
        } else if !XFormNames.isElementName(id) {
            problems.append(XFormExportProblem(.notAnElementName(kind: kind, id: id), at: at))
        }
    }
}
