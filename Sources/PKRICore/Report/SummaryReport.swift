import Foundation

/// The regional or national recap of one index: distribution over bands,
/// per-group statistics with a chart, the top subjects, subjects flagged for
/// disagreement, coverage (assessed vs registered), and — given a
/// ``ReplicationOverview`` — a replication page (``ReplicationPage``).
public struct SummaryReport {
    public var template: Template
    public var index: AssessmentIndex
    public var grouping: Grouping
    public var groups: [GroupSummary]
    /// Every subject's result for the index.
    public var results: [SubjectResult]
    /// Subject id → display name.
    public var names: [String: String]
    public var top: Int
    public var producedAt: String
    public var language: Language
    /// The replication network's overview; nil leaves the page out.
    public var replication: ReplicationOverview?

    public init(template: Template, index: AssessmentIndex, grouping: Grouping, groups: [GroupSummary],
                results: [SubjectResult], names: [String: String], top: Int = 10, producedAt: String, language: Language,
                replication: ReplicationOverview? = nil) {
        self.template = template
        self.index = index
        self.grouping = grouping
        self.groups = groups
        self.results = results
        self.names = names
        self.top = top
        self.producedAt = producedAt
        self.language = language
        self.replication = replication
    }

    public func build() -> Report {
        let l = language, lc = l.rawValue
        var r = Report(language: l, title: l.pick("Rekapitulasi PKRI", "PKRI Summary"),
                       subtitle: "\(index.label.text(lc).bidiIsolated) · " + l.pick("menurut ", "by ") + grouping.label(l),
                       runningHeader: "PKRI · \(index.label.text(lc).bidiIsolated) · \(grouping.label(l))",
                       footer: l.pick("Dibuat oleh pkri pada \(producedAt)", "Produced by pkri at \(producedAt)")
                           + " · \(template.id.bidiIsolated)@\(template.version.bidiIsolated)")
        r.blocks.append(.heading(l.pick("Cakupan", "Coverage"), level: 1))
        let states = Dictionary(grouping: results, by: \.state).mapValues(\.count)
        let scored = results.filter { $0.value != nil }
        r.blocks.append(.facts([
            .init(l.pick("Subjek terdaftar", "Registered subjects"), count(results.count)),
            .init(l.pick("Bernilai", "Scored"), count(scored.count)),
            .init(l.pick("Terverifikasi", "Verified"), count(states[.verified] ?? 0)),
            .init(l.pick("Hanya penilaian mandiri", "Self-assessment only"), count(states[.selfOnly] ?? 0)),
            .init(l.pick("Draf", "Draft"), count(states[.draft] ?? 0)),
            .init(l.pick("Belum dinilai", "Not started"), count(states[.notStarted] ?? 0)),
            .init(l.pick("Rata-rata nasional", "National mean"), NumberText.display(Statistics.mean(scored.compactMap(\.value)), l)),
        ]))
        r.blocks.append(.heading(l.pick("Sebaran predikat", "Distribution over bands"), level: 1))
        var bands = Report.Table(columns: [.init(l.pick("Predikat", "Band")), .init(l.pick("Batas bawah", "From"), .trailing),
                                           .init(l.pick("Subjek", "Subjects"), .trailing), .init(l.pick("Porsi", "Share"), .trailing)])
        for band in index.bands {
            let n = scored.filter { $0.band == band.id }.count
            let share = scored.isEmpty ? nil : Decimal(n) * 100 / Decimal(scored.count)
            bands.rows.append([band.label.text(lc).bidiIsolated, NumberText.display(band.min, l), count(n),
                               share.map { NumberText.display($0, l, places: 1) + "\u{00A0}%" } ?? "–"])
        }
        r.blocks.append(.table(bands))
        r.blocks.append(.chart(.init(title: l.pick("Jumlah subjek per predikat", "Subjects per band"),
                                     categories: index.bands.map { $0.label.text(lc).bidiIsolated },
                                     series: [.init(l.pick("subjek", "subjects"), index.bands.map { b in Double(scored.filter { $0.band == b.id }.count) })],
                                     maximum: Double(max(1, index.bands.map { b in scored.filter { $0.band == b.id }.count }.max() ?? 1)),
                                     axis: .count)))
        r.blocks.append(.heading(l.pick("Statistik per kelompok", "Statistics per group"), level: 1))
        var stats = Report.Table(columns: [
            .init(l.pick("Kelompok", "Group")), .init(l.pick("Subjek", "Subjects"), .trailing),
            .init(l.pick("Bernilai", "Scored"), .trailing), .init(l.pick("Verif.", "Verified"), .trailing),
            .init(l.pick("Rata-rata", "Mean"), .trailing), .init("Median", .trailing), .init("Min", .trailing),
            .init(l.pick("Maks", "Max"), .trailing), .init(l.pick("Simp. baku", "Std. dev."), .trailing),
        ])
        for g in groups {
            stats.rows.append([g.name.bidiIsolated, count(g.subjects), count(g.scored), count(g.verified), NumberText.display(g.mean, l),
                               NumberText.display(g.median, l), NumberText.display(g.min, l), NumberText.display(g.max, l),
                               NumberText.display(g.standardDeviation, l)])
        }
        r.blocks.append(.table(stats))
        let charted = groups.filter { $0.mean != nil }.prefix(40)
        if !charted.isEmpty {
            r.blocks.append(.chart(.init(title: l.pick("Rata-rata per kelompok", "Mean per group"), categories: charted.map(\.name.bidiIsolated),
                                         series: [.init(l.pick("rata-rata", "mean"), charted.map { $0.mean.map { NSDecimalNumber(decimal: $0).doubleValue } })],
                                         maximum: NSDecimalNumber(decimal: index.scale).doubleValue)))
        }
        r.blocks.append(.heading(l.pick("\(top) teratas", "Top \(top)"), level: 1))
        var best = Report.Table(columns: [.init("#", .trailing), .init(l.pick("Subjek", "Subject")),
                                          .init(l.pick("Nilai", "Value"), .trailing), .init(l.pick("Predikat", "Band")),
                                          .init(l.pick("Status", "State"))])
        for e in Ranking.rank(results.map { Ranking.Entry(result: $0) }) where e.rank <= top {
            best.rows.append([count(e.rank), named(e.result.subject),
                              NumberText.display(e.result.value, l), bandLabel(e.result.band), e.result.state.label(l)])
        }
        r.blocks.append(.table(best))
        let flagged = results.filter(\.disagreement)
        r.blocks.append(.heading(l.pick("Perlu ditinjau (sebaran penilai)", "Flagged for review (assessor spread)"), level: 1))
        if flagged.isEmpty {
            r.blocks.append(.callout(l.pick("Tidak ada subjek yang ditandai.", "No subject is flagged."), tone: .good))
        } else {
            var table = Report.Table(columns: [.init(l.pick("Subjek", "Subject")), .init(l.pick("Nilai", "Value"), .trailing),
                                               .init(l.pick("Sebaran", "Spread"), .trailing), .init(l.pick("Penilai", "Assessors"), .trailing),
                                               .init(l.pick("Klaim", "Claimed"), .trailing), .init(l.pick("Selisih", "Gap"), .trailing)])
            for f in flagged {
                table.rows.append([named(f.subject), NumberText.display(f.value, l),
                                   NumberText.display(f.spread, l), count(f.assessors), NumberText.display(f.claimed, l),
                                   NumberText.display(f.gap, l)])
            }
            r.blocks.append(.table(table))
        }
        if let replication {
            // Lineages carry this index's values only when it scores innovations.
            let page = ReplicationPage(overview: replication, index: template.subject == .innovation ? index : nil, language: l)
            r.blocks.append(.pageBreak)
            r.blocks += page.blocks()
        }
        return r
    }

    private func count(_ n: Int) -> String { NumberText.count(n, language) }

    private func bandLabel(_ id: String?) -> String {
        id.flatMap { id in index.bands.first { $0.id == id } }?.label.text(language.rawValue).bidiIsolated ?? "–"
    }

    /// "Name (id)", each isolated so that neither can reorder the other.
    private func named(_ subject: String) -> String {
        "\((names[subject] ?? subject).bidiIsolated) (\(subject.bidiIsolated))"
    }
}
