import ArgumentParser
import Foundation
import PKRICore
import PKRIStore

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: helpText("Peringkat seperti daftar penghargaan disusun (Top 45, \"5 terbaik\" per kelompok).", "Rankings the way award lists are drawn up (Top 45, \"top 5\" per group)."),
        discussion: helpText("""
        Nilai yang sama berbagi peringkat dan peringkat berikutnya dilompati (1, 2, 2, 4). Seri hanya dipecah bila diminta:
        --tie-break INDEKS (nilai indeks lain, lebih tinggi lebih dulu) atau --tie-break verified (jumlah verifikator).
        Contoh: pkri rank --index keberlanjutan --top 45
                pkri rank --index keberlanjutan --by province --top 5 --tie-break verified
                pkri rank --index keberlanjutan --top 45 --format xlsx -o top45.xlsx
        """, """
        Equal scores share a rank and the next rank is skipped (1, 2, 2, 4). Ties are broken only when asked:
        --tie-break INDEX (another index's score, higher first) or --tie-break verified (the number of verifiers).
        Example: pkri rank --index keberlanjutan --top 45
                 pkri rank --index keberlanjutan --by province --top 5 --tie-break verified
                 pkri rank --index keberlanjutan --top 45 --format xlsx -o top45.xlsx
        """)
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var whatIf: WhatIfOptions

    @Option(help: .text("Id indeks.", "Index id.")) var index: String
    @Option(help: .text("Hanya peringkat sampai N (yang seri di batas ikut).", "Only ranks up to N (ties at the cut-off are included).")) var top: Int?
    @Option(help: .text("Peringkat per kelompok: province, regency, agency-type, kipp-year, award, agency.", "Rank within groups: province, regency, agency-type, kipp-year, award, agency.")) var by: Grouping?
    @Option(name: .customLong("tie-break"), help: .text("Pemecah seri: id indeks lain, atau 'verified'.", "Tie-breaker: another index id, or 'verified'.")) var tieBreak: String?
    @Option(help: .text("Id templat atau ID@VERSI.", "Template id or ID@VERSION.")) var template: String?

    func validate() throws { try output.validate(workspace.lang) }

    /// What broke the ties, in words: the option's value is an id.
    static func tieBreakLabel(_ l: Language) -> (String) -> String {
        { $0 == "verified"
            ? l.pick("Seri dipecah dengan jumlah verifikator (--tie-break verified).", "Ties broken by the number of verifiers (--tie-break verified).")
            : l.pick("Seri dipecah dengan nilai indeks \($0).", "Ties broken by the value of index \($0).") }
    }

    func run() throws {
        let l = workspace.lang
        let ws = try workspace.open()
        do {
            let t = try whatIf.apply(to: IndexTemplate.find(index: index, template: template, in: ws, language: l), language: l)
            if let tieBreak, tieBreak != "verified", t.index(tieBreak) == nil {
                Terminal.err("pkri: " + l.pick("--tie-break harus 'verified' atau indeks templat \(t.id)", "--tie-break must be 'verified' or an index of template \(t.id)"))
                throw ExitCode(1)
            }
            var table = Tabular(format: "pkri-rank/1", columns: [
                .init("group", l.pick("kelompok", "group")), .init("rank", l.pick("peringkat", "rank")),
                .init("subject", l.pick("subjek", "subject")), .init("index", l.pick("indeks", "index")),
                .init("value", l.pick("nilai", "value")), .init("band", l.pick("predikat", "band")),
                .init("state", l.pick("status", "state")), .init("tieBreak", l.pick("pemecah seri", "tie-break")),
            ])
            table.columns = whatIf.columns(table.columns, output, l)
            for group in try ws.groupedResults(template: t, index: index, by: by, language: l) {
                let byIndex = Dictionary(grouping: group.results, by: \.subject)
                let entries = group.results.filter { $0.index == index }.map { r -> Ranking.Entry in
                    var breaker: Decimal?
                    if tieBreak == "verified" { breaker = Decimal(r.state == .verified ? r.assessors : 0) }
                    else if let tieBreak { breaker = byIndex[r.subject]?.first { $0.index == tieBreak }?.value ?? -1 }
                    return Ranking.Entry(result: r, tieBreak: breaker)
                }
                for e in Ranking.rank(entries) where top.map({ e.rank <= $0 }) ?? true {
                    table.add(whatIf.row([.text(group.group), .integer(e.rank), .text(e.result.subject), .text(index),
                                          .optional(e.result.value), ResultsTable.band(e.result.band, of: index, in: t, l),
                                          .labelled(id: e.result.state.rawValue, label: e.result.state.label(l)),
                                          .optional(e.tieBreak)], output))
                }
            }
            Terminal.err(tieBreak.map(Self.tieBreakLabel(l))
                         ?? l.pick("Seri tidak dipecah: nilai sama berbagi peringkat.", "Ties not broken: equal values share a rank."))
            try output.emit(table, language: l, heading: whatIf.heading(l))
        } catch let error as WorkspaceError {
            throw workspace.fail(error)
        }
    }
}
