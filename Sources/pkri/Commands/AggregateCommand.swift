import ArgumentParser
import PKRICore
import PKRIStore

struct AggregateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregate",
        abstract: helpText("Rekap per kelompok: jumlah subjek, terverifikasi, rata-rata, median, min, maks, simpangan baku, jumlah per predikat.", "Summary per group: number of subjects, verified, mean, median, min, max, standard deviation, count per band."),
        discussion: helpText("""
        Provinsi mencakup kabupaten/kota dan instansi provinsinya; subjek yang instansinya tanpa wilayah (kementerian, \
        lembaga, BUMN) menjadi kelompok 'nasional'. Statistik dihitung dari nilai akhir yang sudah dibulatkan;
        simpangan baku sampel (n − 1). Setiap kelompok dengan sedikitnya satu subjek terdaftar ditampilkan.
        Contoh: pkri aggregate --index keberlanjutan --by province --min-n 5
                pkri aggregate --index keberlanjutan --by province --format xlsx -o rekap-provinsi.xlsx
        """, """
        A province includes its regencies/cities and its provincial agencies; subjects whose agency has no region (ministries, \
        agencies, BUMN) form the group 'nasional'. Statistics are computed from the final, already rounded scores;
        the standard deviation is the sample one (n − 1). Every group with at least one registered subject is shown.
        Example: pkri aggregate --index keberlanjutan --by province --min-n 5
                 pkri aggregate --index keberlanjutan --by province --format xlsx -o rekap-provinsi.xlsx
        """)
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var whatIf: WhatIfOptions

    @Option(help: .text("Id indeks.", "Index id.")) var index: String
    @Option(help: .text("province, regency, agency-type, kipp-year, award, atau agency.", "province, regency, agency-type, kipp-year, award, or agency.")) var by: Grouping
    @Option(help: .text("Id templat atau ID@VERSI (bawaan: templat yang memuat indeks ini).", "Template id or ID@VERSION (default: the template that contains this index).")) var template: String?
    @Option(name: .customLong("min-n"), help: .text("Sembunyikan kelompok dengan subjek terdaftar kurang dari N.", "Hide groups with fewer than N registered subjects.")) var minN = 0

    func validate() throws { try output.validate(workspace.lang) }

    func run() throws {
        let l = workspace.lang
        let ws = try workspace.open()
        do {
            let t = try whatIf.apply(to: IndexTemplate.find(index: index, template: template, in: ws, language: l), language: l)
            guard let idx = t.index(index) else { throw ExitCode(1) }
            if t.subject == .agency, [.kippYear, .award].contains(by) {
                Terminal.err("pkri: " + l.pick("--by \(by.rawValue) hanya untuk templat inovasi", "--by \(by.rawValue) applies to innovation templates only"))
                throw ExitCode(1)
            }
            let groups = try ws.aggregate(template: t, index: index, by: by, language: l).filter { $0.subjects >= minN }
            var table = Tabular(format: "pkri-aggregate/1", columns: [
                .init("index", l.pick("indeks", "index")), .init("by", l.pick("menurut", "by")),
                .init("group", l.pick("kelompok", "group")), .init("name", l.pick("nama", "name")),
                .init("subjects", l.pick("subjek", "subjects")), .init("scored", l.pick("bernilai", "scored")),
                .init("verified", l.pick("terverifikasi", "verified")), .init("mean", l.pick("rata-rata", "mean")),
                .init("median", "median"), .init("min", "min"), .init("max", l.pick("maks", "max")),
                .init("stddev", l.pick("simp. baku", "std. dev.")), .init("bands", l.pick("predikat", "bands")),
            ])
            table.columns = whatIf.columns(table.columns, output, l)
            let bandOrder = idx.bands.map(\.id)
            for g in groups {
                table.add(whatIf.row([.text(index), .labelled(id: by.rawValue, label: by.label(l)), .text(g.group), .text(g.name), .integer(g.subjects),
                                      .integer(g.scored), .integer(g.verified), .optional(g.mean), .optional(g.median),
                                      .optional(g.min), .optional(g.max), .optional(g.standardDeviation),
                                      .object(bandOrder.map { ($0, .integer(g.bands[$0] ?? 0)) })], output))
            }
            try output.emit(table, language: l, heading: whatIf.heading(l))
        } catch let error as WorkspaceError {
            throw workspace.fail(error)
        }
    }
}

extension Grouping: ExpressibleByArgument {}

/// Finds the template an index belongs to: the one named, else the latest
/// stored template that has the index.
enum IndexTemplate {
    static func find(index: String, template: String?, in ws: Workspace, language l: Language) throws -> Template {
        if let template {
            let t = try ws.resultsTemplate(template, language: l)
            guard t.index(index) != nil else {
                Terminal.err("pkri: " + l.pick("templat \(t.id) tidak punya indeks '\(index)'", "template \(t.id) has no index '\(index)'"))
                throw ExitCode(1)
            }
            return t
        }
        var seen = Set<String>()
        for stored in try ws.storedTemplates() where seen.insert(stored.id).inserted {
            let t = try ws.template(id: stored.id, version: stored.version, language: l)
            if t.index(index) != nil { return t }
        }
        Terminal.err("pkri: " + l.pick("tidak ada templat di workspace dengan indeks '\(index)'", "no template in the workspace has index '\(index)'"))
        throw ExitCode(1)
    }
}
