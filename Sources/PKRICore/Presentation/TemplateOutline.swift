import Foundation

/// The outline `pkri template show` prints: what a template author reads to
/// check the work — indices, sections with their share, every question with
/// its rules, options or bands, and the maxima.
public struct TemplateOutline {
    public let template: Template
    public let language: Language

    public init(_ template: Template, language: Language) {
        self.template = template
        self.language = language
    }

    public func render() -> String {
        let l = language
        let t = template
        let lc = l.rawValue
        var out: [String] = []
        let subject = t.subject == .innovation ? l.pick("inovasi", "innovation") : l.pick("instansi", "agency")
        out.append(l.pick("Templat", "Template") + " \(t.id) " + l.pick("versi", "version") + " \(t.version)"
                   + " — " + l.pick("subjek", "subject") + ": \(subject)")
        out.append(l.pick("Judul", "Title") + ": \(t.title.text(lc))")
        out.append("sha256: \(t.sha256)")
        for index in t.indices {
            out.append("")
            out.append(l.pick("INDEKS", "INDEX") + " \(index.id) — \(index.label.text(lc))")
            var facts = [l.pick("skala", "scale") + " \(fmt(index.scale))",
                         l.pick("gabungan penilai", "assessors combined by") + ": "
                             + (index.combine == .mean ? l.pick("rata-rata (mean)", "mean") : "median")]
            if let d = index.disagreement {
                facts.append(l.pick("tinjau bila selisih penilai >", "review when assessors differ by >") + " \(fmt(d))")
            }
            out.append("  " + facts.joined(separator: "; "))
            out.append("  " + l.pick("Predikat", "Bands") + ":")
            for band in index.bands {
                out.append("    ≥ \(pad(fmt(band.min), 6)) \(band.id) — \(band.label.text(lc))")
            }
            for (i, gate) in index.gates.enumerated() {
                out.append("  " + l.pick("Gerbang", "Gate") + " \(i + 1): "
                           + l.pick("bila", "when") + " \(gate.when.source) → "
                           + l.pick("nilai ditetapkan \(fmt(gate.value))", "value set to \(fmt(gate.value))"))
            }
            let sections = t.sections(of: index)
            let total = sections.map(\.weight).reduce(0, +)
            out.append("  " + l.pick("Bagian", "Sections") + ":")
            for s in sections {
                out.append("    \(s.id): " + l.pick("bobot", "weight") + " \(fmt(s.weight)) = \(percent(s.weight, of: total))")
            }
        }
        for section in t.sections {
            out.append("")
            out.append(l.pick("BAGIAN", "SECTION") + " \(section.id) — \(section.label.text(lc))")
            let total = t.sections.filter { $0.index == section.index }.map(\.weight).reduce(0, +)
            out.append("  " + l.pick("indeks", "index") + " \(section.index), " + l.pick("bobot", "weight")
                       + " \(fmt(section.weight)) (\(percent(section.weight, of: total))"
                       + l.pick(" dari indeks)", " of the index)"))
            for (n, q) in section.questions.enumerated() {
                out.append(contentsOf: describe(q, number: n + 1))
            }
            let max = section.questions.filter(\.isScored).map { $0.weight * $0.maxPoints }.reduce(0, +)
            out.append("  " + l.pick("Maksimum bagian (Σ bobot × maks)", "Section maximum (Σ weight × max)")
                       + ": \(fmt(max))")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func describe(_ q: Question, number: Int) -> [String] {
        let l = language
        let lc = l.rawValue
        var traits = [q.kind.rawValue]
        if q.required { traits.append(l.pick("wajib", "required")) }
        if q.weight != 1 { traits.append(l.pick("bobot", "weight") + " \(fmt(q.weight))") }
        if q.evidence != .none {
            traits.append(q.evidence == .required ? l.pick("bukti wajib", "evidence required")
                                                  : l.pick("bukti opsional", "evidence optional"))
        }
        if let min = q.min { traits.append("min \(fmt(min))") }
        if let max = q.max { traits.append("max \(fmt(max))") }
        var out = ["  \(number). \(q.id) [\(traits.joined(separator: ", "))] \(q.label.text(lc))"]
        if let hint = q.hint { out.append("       " + l.pick("petunjuk", "hint") + ": \(hint.text(lc))") }
        if let r = q.relevant { out.append("       " + l.pick("relevan bila", "relevant when") + ": \(r.source)") }
        if let c = q.constraint {
            var line = "       " + l.pick("batasan", "constraint") + ": \(c.source)"
            if let m = q.constraintMessage { line += " — \"\(m.text(lc))\"" }
            out.append(line)
        }
        let valueWidth = max(14, q.options.map(\.value.count).max() ?? 0)
        for o in q.options {
            out.append("       - \(pad(o.value, valueWidth)) " + l.pick("skor", "score") + " \(pad(fmt(o.score), 4)) \(o.label.text(lc))")
        }
        for b in q.bands {
            let range: String
            switch (b.min, b.max) {
            case let (min?, max?): range = min == max ? fmt(min) : "\(fmt(min))–\(fmt(max))"
            case let (min?, nil): range = "≥ \(fmt(min))"
            case let (nil, max?): range = "≤ \(fmt(max))"
            case (nil, nil): range = l.pick("semua nilai", "any value")
            }
            out.append("       - \(pad(range, 14)) " + l.pick("skor", "score") + " \(fmt(b.score))")
        }
        if q.isScored {
            var line = "       " + l.pick("maks", "max") + " \(fmt(q.maxPoints))"
            if let cap = q.maxScore { line += l.pick(" (dibatasi max-score \(fmt(cap)))", " (capped by max-score \(fmt(cap)))") }
            if q.weight != 1 { line += ", " + l.pick("berbobot", "weighted") + " \(fmt(q.weight * q.maxPoints))" }
            out.append(line)
        } else {
            out.append("       " + l.pick("tidak berskor", "not scored"))
        }
        return out
    }

    /// A decimal comma in Indonesian, as the templates' own texts write it.
    private func fmt(_ d: Decimal) -> String {
        let text = DecimalText.format(d)
        return language == .id ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    private func percent(_ part: Decimal, of total: Decimal) -> String {
        guard total > 0 else { return "–" }
        let p = DecimalText.round(part * 100 / total, places: 1)
        // Indonesian puts a (no-break) space before %, English does not.
        return language == .id ? fmt(p) + "\u{00A0}%" : fmt(p) + "%"
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
