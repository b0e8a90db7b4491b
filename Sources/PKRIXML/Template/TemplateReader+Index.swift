import Foundation
import PKRICore

extension TemplateReader {
    func readIndex(_ e: XMLElement, seen: inout [String: Int], sections: [Section]) -> AssessmentIndex {
        let id = e.token("id") ?? ""
        unique(id, e, in: &seen, kind: ("indeks", "index"))
        let scale = decimal(e, "scale") ?? 100
        let combine = e.token("combine").flatMap(AssessmentIndex.Combine.init) ?? .mean
        let children = e.children(in: TemplateNamespace.uri)
        var bandIDs: [String: Int] = [:]
        var bandMins: [Decimal: Int] = [:]
        var bands: [AssessmentIndex.Band] = []
        for b in children where b.hasName("band") {
            let bandID = b.token("id") ?? ""
            unique(bandID, b, in: &bandIDs, kind: ("band", "band"))
            guard let min = decimal(b, "min") else { continue }
            if let first = bandMins[min] {
                error(b, "min", "band dengan min=\(DecimalText.format(min)) sudah ada di baris \(first)",
                      "a band with min=\(DecimalText.format(min)) already stands on line \(first)")
            } else {
                bandMins[min] = b.line
            }
            if min < 0 {
                warning(b, "min", "band '\(bandID)' tidak pernah dipakai: min \(DecimalText.format(min)) di bawah 0, dan band min=\"0\" selalu didahulukan",
                        "band '\(bandID)' is never used: min \(DecimalText.format(min)) is below 0, and the min=\"0\" band always wins")
            }
            if min > scale {
                warning(b, "min", "band '\(bandID)' tidak dapat dicapai: min \(DecimalText.format(min)) di atas skala \(DecimalText.format(scale))",
                        "band '\(bandID)' can never be reached: min \(DecimalText.format(min)) is above the scale \(DecimalText.format(scale))")
            }
            bands.append(.init(id: bandID, min: min, label: label(of: b), location: parsed.location(of: b)))
        }
        if !bands.isEmpty, !bands.contains(where: { $0.min == 0 }) {
            error(e, "id", "indeks '\(id)' tidak punya band dengan min=\"0\"; nilai rendah tidak akan masuk band mana pun",
                  "index '\(id)' has no band with min=\"0\"; low values would fall in no band")
        }
        var gates: [AssessmentIndex.Gate] = []
        for g in children where g.hasName("gate") {
            guard let when = g.attribute("when"), let value = decimal(g, "value") else { continue }
            if value < 0 || value > scale {
                error(g, "value", "nilai gerbang \(DecimalText.format(value)) harus antara 0 dan skala \(DecimalText.format(scale))",
                      "gate value \(DecimalText.format(value)) must be between 0 and the scale \(DecimalText.format(scale))")
            }
            if let expression = compileExpression(when, at: g, attribute: "when", earlierOnly: false) {
                gates.append(.init(when: expression, value: value))
            }
        }
        if !sections.contains(where: { $0.index == id }) {
            error(e, "id", "indeks '\(id)' tidak punya bagian (section); tidak ada yang dapat dinilai",
                  "index '\(id)' has no section; nothing can score it")
        } else if sections.filter({ $0.index == id }).allSatisfy({ !$0.questions.contains(where: \.isScored) }) {
            warning(e, "id", "tidak ada pertanyaan berskor untuk indeks '\(id)'; indeks ini selalu tidak dapat dinilai",
                    "no scored question feeds index '\(id)'; it can never have a value")
        }
        return AssessmentIndex(id: id, label: label(of: e), scale: scale, combine: combine,
                               disagreement: decimal(e, "disagreement"), bands: bands, gates: gates,
                               location: parsed.location(of: e))
    }

    func compileExpression(_ source: String, at e: XMLElement, attribute: String, earlierOnly: Bool,
                           isConstraint: Bool = false) -> Condition? {
        let location = parsed.location(of: e, attribute: attribute)
        switch expressions.compile(source, at: location, isConstraint: isConstraint) {
        case .failure(let problems):
            for m in problems.messages { error(e, attribute, "\(attribute): \(m)", "\(attribute): \(m)") }
            return nil
        case .success(let expression):
            checkReferences(expression, at: e, attribute: attribute, earlierOnly: earlierOnly)
            return expression
        }
    }
}
