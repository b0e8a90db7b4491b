import Foundation

/// The evaluator report of one innovation (or agency): who and what, each
/// index with its final value, band, claimed vs verified, assessors and
/// disagreement; a chart of section scores per assessor; per section every
/// question with each assessor's answer, score, evidence and notes; the
/// reasons for points not earned; the template id, version and sha256.
public struct SubjectReport {
    /// One template's submissions about the subject.
    public struct Part: Sendable {
        public var template: Template
        public var submissions: [Submission]
        public init(template: Template, submissions: [Submission]) {
            self.template = template
            self.submissions = submissions
        }
    }

    public var subject: String
    public var innovation: Innovation?
    public var agency: Agency?
    /// The innovation this one replicates, when it does.
    public var replicated: Innovation?
    public var parts: [Part]
    public var producedAt: String
    public var language: Language

    public init(subject: String, innovation: Innovation?, agency: Agency?, replicated: Innovation?,
                parts: [Part], producedAt: String, language: Language) {
        self.subject = subject
        self.innovation = innovation
        self.agency = agency
        self.replicated = replicated
        self.parts = parts
        self.producedAt = producedAt
        self.language = language
    }

    public func build() -> Report {
        let l = language
        let name = innovation?.name ?? agency?.name ?? subject
        var report = Report(
            language: l, title: l.pick("Laporan Evaluator PKRI", "PKRI Evaluator Report"),
            subtitle: "\(name) (\(subject))",
            runningHeader: "PKRI · \(subject) · \(name)",
            footer: l.pick("Dibuat oleh pkri pada \(producedAt)", "Produced by pkri at \(producedAt)"))
        report.blocks.append(.facts(identity()))
        if parts.isEmpty {
            report.blocks.append(.callout(l.pick("Belum ada pengajuan untuk subjek ini.", "No submission for this subject yet."), tone: .warning))
        }
        for part in parts { report.blocks += blocks(for: part) }
        return report
    }

    private func identity() -> [Report.Fact] {
        let l = language
        var facts: [Report.Fact] = []
        if let i = innovation {
            facts.append(.init(l.pick("Inovasi", "Innovation"), "\(i.name) (\(i.id))"))
        }
        if let a = agency {
            facts.append(.init(l.pick("Instansi", "Agency"), "\(a.name) (\(a.type.rawValue))"))
            let region = a.region.flatMap { code in
                Regions.region(code).map { r in
                    r.parent.flatMap { Regions.region($0) }.map { "\(r.name), \($0.name)" } ?? r.name
                }
            }
            facts.append(.init(l.pick("Wilayah", "Region"), region ?? l.pick("Nasional", "National")))
        }
        if let i = innovation {
            let kipp = [i.kippYear.map { "KIPP \($0)" }, i.kippAward].compactMap { $0 }.joined(separator: " · ")
            facts.append(.init("KIPP", kipp.isEmpty ? "–" : kipp))
            if let r = replicated ?? i.replicates.map({ Innovation(id: $0, name: $0, agency: "") }) {
                facts.append(.init(l.pick("Mereplikasi", "Replicates"), "\(r.name) (\(r.id))"))
            }
            if let status = i.status { facts.append(.init(l.pick("Status di registri", "Registry status"), status)) }
        }
        return facts
    }

    // MARK: - One template

    private func blocks(for part: Part) -> [Report.Block] {
        let l = language, lc = l.rawValue, t = part.template
        var out: [Report.Block] = [.heading("\(t.title.text(lc))", level: 1)]
        out.append(.facts([.init(l.pick("Templat", "Template"), "\(t.id) " + l.pick("versi", "version") + " \(t.version)"),
                           .init("sha256", t.sha256)]))
        let ordered = part.submissions.sorted { ($0.role == .self ? 0 : 1, $0.updated) < ($1.role == .self ? 0 : 1, $1.updated) }
        let scores = Dictionary(ordered.map { ($0.id, Scorer(t).score($0.answers)) }, uniquingKeysWith: { a, _ in a })
        // Final values per index, assessors joined as the spec says.
        var results = Report.Table(columns: [
            .init(l.pick("Indeks", "Index"), width: 2.2), .init(l.pick("Nilai akhir", "Final"), .trailing),
            .init(l.pick("Predikat", "Band"), width: 1.8), .init(l.pick("Klaim", "Claimed"), .trailing),
            .init(l.pick("Selisih", "Gap"), .trailing), .init(l.pick("Penilai", "Assessors"), .trailing),
            .init(l.pick("Sebaran", "Spread"), .trailing), .init(l.pick("Status", "State"), width: 1.2),
        ])
        var flagged: [String] = []
        for index in t.indices {
            let values = ordered.map { s in
                AssessorValue(submission: s.id, assessor: s.assessor, role: s.role, status: s.status,
                              updated: s.updated, value: scores[s.id]?.index(index.id)?.value)
            }
            let r = Combiner.combine(values, subject: subject, index: index)
            let band = r.band.flatMap { id in index.bands.first { $0.id == id } }?.label.text(lc)
            results.rows.append([index.label.text(lc), NumberText.display(r.value, l), band ?? "–",
                                 NumberText.display(r.claimed, l), NumberText.display(r.gap, l), "\(r.assessors)",
                                 NumberText.display(r.spread, l), r.state.label(l)])
            if r.disagreement { flagged.append(index.label.text(lc)) }
        }
        out.append(.table(results))
        if !flagged.isEmpty {
            out.append(.callout(l.pick("Perlu ditinjau: sebaran nilai antarpenilai di atas ambang untuk ",
                                       "For review: assessors differ beyond the threshold on ") + flagged.joined(separator: ", "), tone: .warning))
        }
        out.append(.table(assessorsTable(ordered, scores: scores, template: t)))
        out += sectionChart(ordered, scores: scores, template: t)
        out += questionTables(ordered, scores: scores, template: t)
        out += shortfalls(ordered, scores: scores, template: t)
        return out
    }

    private func who(_ s: Submission) -> String {
        let l = language
        let role = s.role == .self ? l.pick("mandiri", "self") : l.pick("verifikator", "verifier")
        return "\(s.assessor) (\(role)\(s.stage.map { ", \($0)" } ?? ""))"
    }

    private func assessorsTable(_ subs: [Submission], scores: [String: ScoreResult], template t: Template) -> Report.Table {
        let l = language
        var table = Report.Table(caption: l.pick("Penilai dan pengajuan", "Assessors and submissions"), columns: [
            .init(l.pick("Penilai", "Assessor"), width: 2.2), .init("Status"), .init(l.pick("Diperbarui", "Updated"), width: 1.8),
        ] + t.indices.map { .init($0.label.text(l.rawValue), .trailing) })
        for s in subs {
            table.rows.append([who(s), s.status.label(l), s.updated]
                              + t.indices.map { NumberText.display(scores[s.id]?.index($0.id)?.value, l) })
        }
        return table
    }

    private func sectionChart(_ subs: [Submission], scores: [String: ScoreResult], template t: Template) -> [Report.Block] {
        guard !subs.isEmpty else { return [] }
        let l = language, lc = l.rawValue
        let series = subs.map { s in
            Report.BarChart.Series(who(s), t.sections.map { section in
                let idx = scores[s.id]?.index(section.index)
                let score = idx?.sections.first { $0.id == section.id }
                return score?.ratio.map { NSDecimalNumber(decimal: $0 * 100).doubleValue }
            })
        }
        return [.chart(.init(title: l.pick("Capaian per bagian (%)", "Section scores (%)"),
                             categories: t.sections.map { $0.label.text(lc) }, series: series, maximum: 100))]
    }

    private func questionTables(_ subs: [Submission], scores: [String: ScoreResult], template t: Template) -> [Report.Block] {
        let l = language, lc = l.rawValue
        var out: [Report.Block] = []
        for section in t.sections {
            out.append(.heading(section.label.text(lc) + l.pick(" (bobot ", " (weight ") + NumberText.display(section.weight, l) + ")", level: 2))
            var table = Report.Table(columns: [
                .init(l.pick("Pertanyaan", "Question"), width: 2.6), .init(l.pick("Penilai", "Assessor"), width: 1.6),
                .init(l.pick("Jawaban", "Answer"), width: 2), .init(l.pick("Skor", "Score"), .trailing, width: 0.7),
                .init(l.pick("Bukti", "Evidence"), width: 2), .init(l.pick("Catatan", "Note"), width: 1.6),
            ])
            for q in section.questions {
                // The question's label heads its first row only; the other
                // assessors' rows below it leave the cell empty, which halves
                // the height of a report with several assessors.
                var first = true
                for s in subs {
                    let a = s.answer(q.id)
                    let qs = scores[s.id]?.question(q.id)
                    // A question this assessor never met (not relevant, no answer) adds nothing.
                    if a == nil, qs?.relevant == false { continue }
                    let answer = a.map { $0.values.map { v in q.option(v)?.label.text(lc) ?? v }.joined(separator: ", ") } ?? "–"
                    let score = q.isScored ? "\(NumberText.display(qs?.earned ?? 0, l))/\(NumberText.display(q.maxPoints, l))" : ""
                    let evidence = a?.evidence.map { e in
                        "\(e.href) [\(e.status.label(l))]" + (e.sha256.map { " sha256 \($0.prefix(12))…" } ?? "")
                    }.joined(separator: "; ") ?? ""
                    table.rows.append([first ? "\(q.label.text(lc)) (\(q.id))" : "", who(s), answer, score, evidence, a?.note ?? ""])
                    first = false
                }
            }
            out.append(.table(table))
        }
        return out
    }

    private func shortfalls(_ subs: [Submission], scores: [String: ScoreResult], template t: Template) -> [Report.Block] {
        let l = language, lc = l.rawValue
        var table = Report.Table(caption: l.pick("Poin yang tidak diperoleh", "Points not earned"), columns: [
            .init(l.pick("Pertanyaan", "Question"), width: 2.6), .init(l.pick("Penilai", "Assessor"), width: 1.6),
            .init(l.pick("Hilang", "Lost"), .trailing, width: 0.7), .init(l.pick("Alasan", "Reason"), width: 2.4),
        ])
        for s in subs {
            for qs in scores[s.id]?.questions ?? [] where qs.scored && qs.relevant && qs.earned < qs.max {
                guard let q = t.question(qs.id) else { continue }
                let reason = qs.shortfall?.explanation(l) ?? l.pick("jawaban di bawah skor tertinggi", "answer below the top score")
                table.rows.append(["\(q.label.text(lc)) (\(q.id))", who(s),
                                   NumberText.display((qs.max - qs.earned) * qs.weight, l), reason])
            }
        }
        return table.rows.isEmpty ? [] : [.heading(l.pick("Alasan poin tidak diperoleh", "Why points were not earned"), level: 2), .table(table)]
    }
}
