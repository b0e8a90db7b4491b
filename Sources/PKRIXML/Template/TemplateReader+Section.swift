import Foundation
import PKRICore

extension TemplateReader {
    func readSection(_ e: XMLElement, indexIDs: Set<String>, sectionIDs: inout [String: Int],
                     questionIDs: inout [String: Int]) -> Section {
        let id = e.token("id") ?? ""
        unique(id, e, in: &sectionIDs, kind: ("bagian", "section"))
        let index = e.token("index") ?? ""
        if !indexIDs.contains(index) {
            error(e, "index", "bagian '\(id)' merujuk indeks '\(index)' yang tidak ada",
                  "section '\(id)' names index '\(index)', which does not exist")
        }
        let questions = e.children(in: TemplateNamespace.uri).filter { $0.hasName("question") }
            .map { readQuestion($0, seen: &questionIDs) }
        return Section(id: id, index: index, weight: decimal(e, "weight") ?? 1, label: label(of: e),
                       questions: questions, location: parsed.location(of: e))
    }

    func readQuestion(_ e: XMLElement, seen: inout [String: Int]) -> Question {
        let id = e.token("id") ?? ""
        unique(id, e, in: &seen, kind: ("pertanyaan", "question"))
        let type = e.token("type")
        let kind = type.flatMap(Question.Kind.init) ?? .text
        // A `type` the schema refuses is reported there, once: what depends on
        // the type (options, bands, bounds) is not judged against a guess.
        let typeIsKnown = type == nil || Question.Kind(rawValue: type!) != nil
        let weight = decimal(e, "weight") ?? 1
        let min = decimal(e, "min"), max = decimal(e, "max"), maxScore = decimal(e, "max-score")
        let children = e.children(in: TemplateNamespace.uri)
        func texts(_ name: String) -> LocalizedText? {
            let elements = children.filter { $0.hasName(name) }
            return elements.isEmpty ? nil : text(of: elements)
        }
        // Expressions see only earlier questions: compile before marking this one.
        let relevant = e.attribute("relevant").flatMap {
            compileExpression($0, at: e, attribute: "relevant", earlierOnly: true)
        }
        let constraint = e.attribute("constraint").flatMap {
            compileExpression($0, at: e, attribute: "constraint", earlierOnly: true, isConstraint: true)
        }
        markSeen(id)
        if typeIsKnown, (min != nil || max != nil), !kind.isNumeric {
            error(e, min != nil ? "min" : "max", "min/max hanya untuk pertanyaan integer atau decimal, bukan \(kind.rawValue)",
                  "min/max apply to integer and decimal questions only, not \(kind.rawValue)")
        }
        if let min, let max, min > max {
            error(e, "min", "min \(DecimalText.format(min)) lebih besar dari max \(DecimalText.format(max))",
                  "min \(DecimalText.format(min)) is greater than max \(DecimalText.format(max))")
        }
        if typeIsKnown, maxScore != nil, kind != .multiple {
            error(e, "max-score", "max-score hanya untuk pertanyaan multiple", "max-score applies to multiple questions only")
        }
        let options = typeIsKnown ? readOptions(children.filter { $0.hasName("option") }, question: e, kind: kind) : []
        let bands = typeIsKnown ? readBands(children.filter { $0.hasName("band") }, question: e, kind: kind) : []
        let constraintMessage = texts("constraint-message")
        if constraintMessage != nil, constraint == nil, e.attribute("constraint") == nil {
            warning(e, nil, "<constraint-message> tanpa atribut constraint tidak akan pernah tampil",
                    "a <constraint-message> without a constraint attribute is never shown")
        }
        let question = Question(
            id: id, kind: kind, required: e.token("required") == "true", weight: weight,
            relevant: relevant, constraint: constraint,
            evidence: e.token("evidence").flatMap(Question.EvidenceRule.init) ?? .none,
            min: min, max: max, maxScore: maxScore, label: label(of: e), hint: texts("hint"),
            constraintMessage: constraintMessage, options: options, bands: bands,
            location: parsed.location(of: e))
        if question.isScored, weight == 0 {
            error(e, "weight", "pertanyaan berskor '\(id)' berbobot 0; beri bobot > 0 atau hapus skornya",
                  "scored question '\(id)' has weight 0; give it a weight above 0 or remove its scores")
        }
        return question
    }

    private func readOptions(_ elements: [XMLElement], question: XMLElement, kind: Question.Kind) -> [Question.Option] {
        guard kind.hasOptions else {
            if let first = elements.first {
                error(first, nil, "<option> hanya untuk pertanyaan single atau multiple, bukan \(kind.rawValue)",
                      "<option> belongs to single and multiple questions only, not \(kind.rawValue)")
            }
            return []
        }
        if elements.count < 2 {
            error(question, "type", "pertanyaan \(kind.rawValue) memerlukan sedikitnya dua <option>",
                  "a \(kind.rawValue) question needs at least two <option> elements")
        }
        var seen: [String: Int] = [:]
        return elements.map { o in
            let value = o.token("value") ?? ""
            if let first = seen[value] {
                error(o, "value", "nilai pilihan '\(value)' sudah dipakai di baris \(first)",
                      "option value '\(value)' is already used on line \(first)")
            } else {
                seen[value] = o.line
            }
            return Question.Option(value: value, score: decimal(o, "score") ?? 0, label: label(of: o),
                                   location: parsed.location(of: o))
        }
    }

    private func readBands(_ elements: [XMLElement], question: XMLElement, kind: Question.Kind) -> [Question.ScoreBand] {
        guard kind.isNumeric else {
            if let first = elements.first {
                error(first, nil, "<band> hanya untuk pertanyaan integer atau decimal, bukan \(kind.rawValue)",
                      "<band> belongs to integer and decimal questions only, not \(kind.rawValue)")
            }
            return []
        }
        let all = elements.map { b in
            Question.ScoreBand(min: decimal(b, "min"), max: decimal(b, "max"), score: decimal(b, "score") ?? 0,
                               location: parsed.location(of: b))
        }
        // A band with min above max is reported and left out.
        let kept = all.indices.filter { !all[$0].isReversed }
        var overlapping: [Int: XMLElement] = [:]
        for (k, other) in BandOverlaps.earlier(in: kept.map { all[$0] }).enumerated() {
            if let other { overlapping[kept[k]] = elements[kept[other]] }
        }
        // Findings in document order, as a person reads the bands.
        for (i, b) in elements.enumerated() {
            if all[i].isReversed, let min = all[i].min, let max = all[i].max {
                error(b, "min", "min \(DecimalText.format(min)) lebih besar dari max \(DecimalText.format(max))",
                      "min \(DecimalText.format(min)) is greater than max \(DecimalText.format(max))")
            } else if let other = overlapping[i] {
                error(b, nil, "band ini tumpang tindih dengan band di baris \(other.line)",
                      "this band overlaps the band on line \(other.line)")
            }
        }
        return kept.map { all[$0] }
    }
}
