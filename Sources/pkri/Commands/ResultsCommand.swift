import ArgumentParser
import PKRICore
import PKRIStore

struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: helpText("Hasil akhir per subjek dan indeks: penilai digabung, predikat, selisih, klaim vs verifikasi.", "Final results per subject and index: assessors combined, band, spread, claimed vs verified."),
        discussion: helpText("""
        Satu versi templat sekaligus (--template ID atau ID@VERSI; bawaan versi terakhir yang ditambahkan).
        Hanya pengajuan 'submitted' yang dihitung; bila ada verifikator, nilainya yang digabung (mean/median per indeks), \
        jika tidak, nilai penilaian mandiri. Status: not-started, draft, self-only, verified.
        Contoh: pkri results --template pkri-keberlanjutan --flagged
                pkri results --template pkri-keberlanjutan --format xlsx -o hasil.xlsx
        """, """
        One template version at a time (--template ID or ID@VERSION; by default the version added last).
        Only 'submitted' submissions count; when there are verifiers, their scores are combined (mean/median per index), \
        otherwise the self-assessment's score is used. Status: not-started, draft, self-only, verified.
        Example: pkri results --template pkri-keberlanjutan --flagged
                 pkri results --template pkri-keberlanjutan --format xlsx -o hasil.xlsx
        """)
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var whatIf: WhatIfOptions

    @Option(help: .text("Id templat atau ID@VERSI (bawaan: templat yang punya --index, satu-satunya templat workspace, atau pkri-keberlanjutan).", "Template id or ID@VERSION (default: the template that has --index, the workspace's only template, or pkri-keberlanjutan)."))
    var template: String?
    @Option(help: .text("Hanya subjek ini.", "Only this subject.")) var subject: String?
    @Option(help: .text("Hanya indeks ini.", "Only this index.")) var index: String?
    @Flag(help: .text("Hanya subjek yang ditandai untuk ditinjau (selisih penilai di atas ambang).", "Only subjects flagged for review (assessors differ by more than the threshold).")) var flagged = false
    @Flag(name: .customLong("not-assessed"), help: .text("Hanya subjek yang belum dinilai (not-started).", "Only subjects not yet assessed (not-started).")) var notAssessed = false

    func validate() throws { try output.validate(workspace.lang) }

    /// The workspace's only template, or else the national sustainability one.
    static func defaultTemplate(_ ws: Workspace) throws(WorkspaceError) -> String {
        let ids = Set(try ws.storedTemplates().map(\.id))
        return ids.count == 1 ? ids.first! : "pkri-keberlanjutan"
    }

    func run() throws {
        let l = workspace.lang
        let ws = try workspace.open()
        var table = ResultsTable.make(l)
        table.columns = whatIf.columns(table.columns, output, l)
        let rows = try RowSink(table, options: output, language: l, heading: whatIf.heading(l))
        do {
            var t: Template
            if let index {
                t = try IndexTemplate.find(index: index, template: template, in: ws, language: l)
            } else {
                t = try ws.resultsTemplate(template ?? Self.defaultTemplate(ws), language: l)
            }
            t = try whatIf.apply(to: t, language: l)
            let run = try ws.forEachResult(template: t, subject: subject, indices: index.map { [$0] }) { _, results in
                for r in results where (!flagged || r.disagreement) && (!notAssessed || r.state == .notStarted) {
                    rows.add(whatIf.row(ResultsTable.row(r, template: t, language: l), output))
                }
            }
            if run.leftOut > 0 {
                Terminal.err(l.pick("\(run.leftOut) pengajuan dengan versi templat lain tidak diikutkan (hasil ini: \(t.id)@\(t.version))",
                                    "\(run.leftOut) submissions made with other template versions were left out (these results: \(t.id)@\(t.version))"))
            }
        } catch let error as WorkspaceError {
            throw workspace.fail(error)
        }
        try rows.finish()
    }
}

/// The `pkri-results/1` columns.
enum ResultsTable {
    static func make(_ l: Language) -> Tabular {
        Tabular(format: "pkri-results/1", columns: [
            .init("subject", l.pick("subjek", "subject")), .init("template", l.pick("templat", "template")),
            .init("templateVersion", l.pick("versi", "version")),
            .init("index", l.pick("indeks", "index")), .init("value", l.pick("nilai", "value")),
            .init("band", l.pick("predikat", "band")), .init("assessors", l.pick("penilai", "assessors")),
            .init("spread", l.pick("selisih", "spread")), .init("disagreement", l.pick("tinjau", "review")),
            .init("claimed", l.pick("klaim", "claimed")), .init("gap", l.pick("beda", "gap")),
            .init("state", l.pick("status", "state")),
        ])
    }

    static func row(_ r: SubjectResult, template t: Template, language l: Language) -> [Tabular.Cell] {
        [.text(r.subject), .text(t.id), .text(t.version), .text(r.index), .optional(r.value),
         band(r.band, of: r.index, in: t, l), .integer(r.assessors), .optional(r.spread), .bool(r.disagreement),
         .optional(r.claimed), .optional(r.gap), .labelled(id: r.state.rawValue, label: r.state.label(l))]
    }

    /// A band id, shown on screen as its label.
    static func band(_ id: String?, of index: String, in t: Template, _ l: Language) -> Tabular.Cell {
        guard let id else { return .empty }
        let label = t.index(index)?.bands.first { $0.id == id }?.label.text(l.rawValue)
        return .labelled(id: id, label: label ?? id)
    }
}
