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
        let name = (innovation?.name ?? agency?.name ?? subject).bidiIsolated, id = subject.bidiIsolated
        var report = Report(
            language: l, title: l.pick("Laporan Evaluator PKRI", "PKRI Evaluator Report"),
            subtitle: "\(name) (\(id))",
            runningHeader: "PKRI · \(id) · \(name)",
            footer: l.pick("Dibuat oleh pkri pada \(producedAt)", "Produced by pkri at \(producedAt)"))
        report.blocks.append(.facts(identity()))
        if parts.isEmpty {
            report.blocks.append(.callout(l.pick("Belum ada pengajuan untuk subjek ini.", "No submission for this subject yet."), tone: .warning))
        }
        for part in parts { report.blocks += blocks(for: part) }
        return report
    }

    /// "Name (id)", each isolated: a right-to-left mark in the name cannot
    /// reorder the id after it.
    private func named(_ name: String, _ id: String) -> String {
        "\(name.bidiIsolated) (\(id.bidiIsolated))"
    }

    private func identity() -> [Report.Fact] {
        let l = language
        var facts: [Report.Fact] = []
        if let i = innovation {
            facts.append(.init(l.pick("Inovasi", "Innovation"), named(i.name, i.id)))
        }
        if let a = agency {
            facts.append(.init(l.pick("Instansi", "Agency"), named(a.name, a.type.rawValue)))
            let region = a.region.flatMap { code in
                Regions.region(code).map { r in
                    r.parent.flatMap { Regions.region($0) }.map { "\(r.name), \($0.name)" } ?? r.name
                }
            }
            facts.append(.init(l.pick("Wilayah", "Region"), region ?? l.pick("Nasional", "National")))
        }
        if let i = innovation {
            let kipp = [i.kippYear.map { "KIPP \($0)" }, i.kippAward?.bidiIsolated].compactMap { $0 }.joined(separator: " · ")
            facts.append(.init("KIPP", kipp.isEmpty ? "–" : kipp))
            if let r = replicated ?? i.replicates.map({ Innovation(id: $0, name: $0, agency: "") }) {
                facts.append(.init(l.pick("Mereplikasi", "Replicates"), named(r.name, r.id)))
            }
            if let status = i.status { facts.append(.init(l.pick("Status di registri", "Registry status"), status.bidiIsolated)) }
        }
        return facts
    }

    // MARK: - One template

    private func blocks(for part: Part) -> [Report.Block] {
        let l = language, lc = l.rawValue, t = part.template
        var out: [Report.Block] = [.heading(t.title.text(lc).bidiIsolated, level: 1)]
        out.append(.facts([.init(l.pick("Templat", "Template"), "\(t.id.bidiIsolated) " + l.pick("versi", "version") + " \(t.version.bidiIsolated)"),
                           .init("sha256", t.sha256)]))
        let ordered = part.submissions.sorted { ($0.role == .self ? 0 : 1, $0.updated) < ($1.role == .self ? 0 : 1, $1.updated) }
        let scores = Dictionary(ordered.map { ($0.id, Scorer(t).score($0.answers)) }, uniquingKeysWith: { a, _ in a })
        // Final values per index, assessors joined as the spec says.
        var results = Report.Table(columns: [
            .init(l.pick("Indeks", "Index")), .init(l.pick("Nilai akhir", "Final"), .trailing),
            .init(l.pick("Predikat", "Band")), .init(l.pick("Klaim", "Claimed"), .trailing),
            .init(l.pick("Selisih", "Gap"), .trailing), .init(l.pick("Penilai", "Assessors"), .trailing),
            .init(l.pick("Sebaran", "Spread"), .trailing), .init(l.pick("Status", "State")),
        ])
        var flagged: [String] = []
        for index in t.indices {
            let values = ordered.map { s in
                AssessorValue(submission: s.id, assessor: s.assessor, role: s.role, status: s.status,
                              updated: s.updated, value: scores[s.id]?.index(index.id)?.value)
            }
            let r = Combiner.combine(values, subject: subject, index: index)
            let band = r.band.flatMap { id in index.bands.first { $0.id == id } }?.label.text(lc).bidiIsolated
            results.rows.append([index.label.text(lc).bidiIsolated, NumberText.display(r.value, l), band ?? "–",
                                 NumberText.display(r.claimed, l), NumberText.display(r.gap, l), "\(r.assessors)",
                                 NumberText.display(r.spread, l), r.state.label(l)])
            if r.disagreement { flagged.append(index.label.text(lc).bidiIsolated) }
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

    /// "tpi-07 (verifikator, desk)": the assessor id and stage isolated.
    private func who(_ s: Submission) -> String {
        let l = language
        let role = s.role == .self ? l.pick("mandiri", "self") : l.pick("verifikator", "verifier")
        return "\(s.assessor.bidiIsolated) (\(role)\(s.stage.map { ", \($0.bidiIsolated)" } ?? ""))"
    }

    private func assessorsTable(_ subs: [Submission], scores: [String: ScoreResult], template t: Template) -> Report.Table {
        let l = language
        var table = Report.Table(caption: l.pick("Penilai dan pengajuan", "Assessors and submissions"), columns: [
            .init(l.pick("Penilai", "Assessor")), .init("Status"), .init(l.pick("Diperbarui", "Updated")),
        ] + t.indices.map { .init($0.label.text(l.rawValue).bidiIsolated, .trailing) })
        for s in subs {
            table.rows.append(.cells([who(s), s.status.label(l), s.updated]
                                     + t.indices.map { NumberText.display(scores[s.id]?.index($0.id)?.value, l) }))
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
                             categories: t.sections.map { $0.label.text(lc).bidiIsolated }, series: series, maximum: 100))]
    }

    /// Per section, each question heads the rows of the assessors who met
    /// it. Evidence and note columns appear only in a section where some
    /// assessor gave one.
    private func questionTables(_ subs: [Submission], scores: [String: ScoreResult], template t: Template) -> [Report.Block] {
        let l = language, lc = l.rawValue
        var out: [Report.Block] = []
        for section in t.sections {
            out.append(.heading(section.label.text(lc).bidiIsolated + l.pick(" (bobot ", " (weight ") + NumberText.display(section.weight, l) + ")", level: 2))
            var table = Report.Table(columns: [
                .init(l.pick("Penilai", "Assessor")), .init(l.pick("Jawaban", "Answer")),
                .init(l.pick("Skor", "Score"), .trailing), .init(l.pick("Bukti", "Evidence")), .init(l.pick("Catatan", "Note")),
            ])
            for q in section.questions {
                var rows: [Report.Table.Row] = []
                for s in subs {
                    let a = s.answer(q.id)
                    let qs = scores[s.id]?.question(q.id)
                    // A question this assessor never met (not relevant, no answer) adds nothing.
                    if a == nil, qs?.relevant == false { continue }
                    let answer = a.map { $0.values.map { v in shown(v, of: q) }.joined(separator: ", ") } ?? "–"
                    let score = q.isScored ? "\(NumberText.display(qs?.earned ?? 0, l))/\(NumberText.display(q.maxPoints, l))" : ""
                    let evidence = a?.evidence.map { e in
                        "\(e.href.bidiIsolated) [\(e.status.label(l))]" + (e.sha256.map { " sha256 \($0.prefix(12))…" } ?? "")
                    }.joined(separator: "; ") ?? ""
                    rows.append(.cells([who(s), answer, score, evidence, a?.note?.bidiIsolated ?? ""]))
                }
                // The question heads its assessors' rows once, across the table.
                if !rows.isEmpty { table.rows += [.group(named(q.label.text(lc), q.id))] + rows }
            }
            out.append(.table(table.droppingEmptyColumns()))
        }
        return out
    }

    /// An answer value as the reader reads it: an option's label, a number
    /// with the language's decimal mark (`87,42`), else the text isolated.
    private func shown(_ value: String, of q: Question) -> String {
        if let option = q.option(value) { return option.label.text(language.rawValue).bidiIsolated }
        if q.kind.isNumeric, language == .id, value.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) {
            return value.replacingOccurrences(of: ".", with: ",")
        }
        return value.bidiIsolated
    }

    /// The points each assessor did not earn, in index points, one row per
    /// reason and assessor naming the questions it applies to.
    private func shortfalls(_ subs: [Submission], scores: [String: ScoreResult], template t: Template) -> [Report.Block] {
        let l = language, lc = l.rawValue
        var out: [Report.Block] = []
        for index in t.indices {
            // reason → assessor → (question, points), in order of first appearance.
            var reasons: [String] = []
            var byReason: [String: [(who: String, entries: [IndexPointsLost.Entry])]] = [:]
            for s in subs {
                guard let score = scores[s.id]?.index(index.id) else { continue }
                for entry in IndexPointsLost(score, index: index, template: t, language: l).entries {
                    if byReason[entry.reason] == nil { reasons.append(entry.reason) }
                    var groups = byReason[entry.reason, default: []]
                    if groups.last?.who == who(s) { groups[groups.count - 1].entries.append(entry) } else { groups.append((who(s), [entry])) }
                    byReason[entry.reason] = groups
                }
            }
            guard !reasons.isEmpty else { continue }
            var table = Report.Table(caption: t.indices.count > 1 ? index.label.text(lc).bidiIsolated : nil, columns: [
                .init(l.pick("Penilai", "Assessor")), .init(l.pick("Pertanyaan (poin indeks hilang)", "Questions (index points lost)")),
                .init(l.pick("Poin indeks hilang", "Index points lost"), .trailing),
            ])
            for reason in reasons {
                table.rows.append(.group(reason))
                for group in byReason[reason] ?? [] {
                    let questions = group.entries.map { e in
                        // A no-break space keeps each question with its points.
                        e.question.map { "\($0.bidiIsolated)\u{00A0}(\(NumberText.display(e.points, l)))" } ?? "–"
                    }.joined(separator: ", ")
                    table.rows.append([group.who, questions, NumberText.display(group.entries.map(\.points).reduce(0, +), l)])
                }
            }
            out.append(.table(table))
        }
        guard !out.isEmpty else { return [] }
        let scales = Set(t.indices.map(\.scale))
        let scale = scales.count == 1 ? NumberText.display(scales.first!, l) : l.pick("skala indeksnya", "its scale")
        return [.heading(l.pick("Alasan poin tidak diperoleh", "Why points were not earned"), level: 2),
                .paragraph(l.pick("Poin indeks hilang: bagian nilai indeks (0–\(scale)) yang tidak diperoleh karena pertanyaan itu, "
                                  + "setelah bobot pertanyaan dan bobot bagiannya. Untuk setiap penilai, jumlah poin yang hilang ditambah "
                                  + "nilai indeksnya sama dengan \(scale).",
                                  "Index points lost: the part of the index value (0–\(scale)) a question did not earn, after its "
                                  + "weight and its section's weight. For each assessor, the points lost and the index value add up "
                                  + "to \(scale)."))] + out
    }
}
