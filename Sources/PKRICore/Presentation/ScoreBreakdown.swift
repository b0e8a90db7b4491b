import Foundation

/// The human view of `pkri score`: each index with its value and band, then
/// per section every scored question with its answer, points, weight, its
/// contribution to the index, and why it earned nothing when it did.
public struct ScoreBreakdown {
    public let template: Template
    public let submission: Submission
    public let result: ScoreResult
    public let language: Language

    public init(template: Template, submission: Submission, result: ScoreResult, language: Language) {
        self.template = template
        self.submission = submission
        self.result = result
        self.language = language
    }

    public func render() -> String {
        let l = language, lc = l.rawValue, s = submission
        let role = s.role == .self ? l.pick("penilaian mandiri", "self-assessment") : l.pick("verifikator", "verifier")
        var out = [
            l.pick("Pengajuan", "Submission") + " \(s.id)",
            "  " + l.pick("subjek", "subject") + " \(s.subject) · " + l.pick("penilai", "assessor")
                + " \(s.assessor) (\(role)\(s.stage.map { ", \($0)" } ?? "")) · status \(s.status.label(l)) · "
                + l.pick("diperbarui", "updated") + " \(s.updated)",
            "  " + l.pick("templat", "template") + " \(template.id) " + l.pick("versi", "version") + " \(template.version)",
        ]
        for score in result.indices {
            guard let index = template.index(score.id) else { continue }
            out.append("")
            let band = score.band.flatMap { id in index.bands.first { $0.id == id } }?.label.text(lc)
            let value = score.value.map { NumberText.display($0, l) + " / " + NumberText.display(index.scale, l) }
                ?? l.pick("tidak dapat dinilai", "cannot be scored")
            out.append("\(index.label.text(lc)) (\(index.id)): \(value)\(band.map { " — \($0)" } ?? "")")
            if let g = score.gate {
                let gate = index.gates[g]
                out.append("  " + l.pick("Gerbang \(g + 1) berlaku", "Gate \(g + 1) fired") + ": \(gate.when.source) → "
                           + NumberText.display(gate.value, l) + l.pick(" (nilai bagian di bawah diabaikan)",
                                                                         " (the section figures below are overridden)"))
            } else if score.value == nil {
                out.append("  " + l.pick("Tidak ada bagian yang dapat dihitung: tidak ada pertanyaan berskor yang relevan.",
                                         "No section counts: no relevant scored question."))
            }
            out.append(contentsOf: sections(score, index: index))
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func sections(_ score: IndexScore, index: AssessmentIndex) -> [String] {
        let l = language, lc = l.rawValue
        let countedWeight = score.sections.filter(\.counted).map(\.weight).reduce(0, +)
        let byID = Dictionary(score.questions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [String] = []
        for (section, sectionScore) in zip(template.sections(of: index), score.sections) {
            out.append("")
            let head = "  " + l.pick("Bagian", "Section") + " \(section.label.text(lc)) (\(section.id)), "
                + l.pick("bobot", "weight") + " \(NumberText.display(section.weight, l))"
            guard sectionScore.counted else {
                out.append(head + ": " + l.pick("tidak dihitung — tidak ada pertanyaan berskor yang relevan; bobotnya dialihkan ke bagian lain",
                                                "not counted — no relevant scored question; its weight goes to the other sections"))
                continue
            }
            out.append(head + ": \(NumberText.display(sectionScore.earned, l)) / \(NumberText.display(sectionScore.max, l))"
                       + l.pick(" berbobot", " weighted") + " = \(NumberText.display((sectionScore.ratio ?? 0) * 100, l))\u{00A0}%")
            var table = TextTable(header: [l.pick("Pertanyaan", "Question"), l.pick("Jawaban", "Answer"),
                                           l.pick("Skor", "Score"), l.pick("Bobot", "Weight"),
                                           l.pick("Poin indeks", "Index points"), l.pick("Keterangan", "Note")],
                                  rightAligned: [2, 3, 4])
            for q in section.questions {
                guard let qs = byID[q.id] else { continue }
                let share = index.scale * section.weight / countedWeight * qs.weight * qs.earned / sectionScore.max
                let answer = qs.answer.map { q.kind.isNumeric ? NumberText.literal($0, l) : $0 }
                table.add([q.id, shorten(answer ?? "–", 24),
                           "\(NumberText.display(qs.earned, l))/\(NumberText.display(qs.max, l))",
                           NumberText.display(qs.weight, l),
                           qs.relevant ? NumberText.display(share, l) : "–",
                           qs.shortfall?.explanation(l) ?? ""])
            }
            out.append(contentsOf: table.render(indent: "    "))
        }
        return out
    }

    private func shorten(_ s: String, _ n: Int) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= n ? flat : String(flat.prefix(n - 1)) + "…"
    }
}
