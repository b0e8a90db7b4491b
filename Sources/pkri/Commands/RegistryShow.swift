import ArgumentParser
import PKRICore
import PKRIStore

struct RegistryShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: helpText("Menampilkan satu instansi atau inovasi beserta hubungannya.", "Shows one agency or innovation with its relations."),
        discussion: helpText("""
        Instansi: jenis, wilayah (nama dari daftar wilayah bawaan), induk, unit di bawahnya, dan inovasinya. \
        Inovasi: instansi, KIPP, inovasi yang direplikasinya, dan inovasi yang mereplikasinya. Kolom tambahan \
        dari berkas impor ditampilkan di akhir. Status keluar 1 bila id tidak ditemukan.

        Contoh:
          pkri registry show pemkab-banyuwangi
        """, """
        Agency: type, region (named from the built-in list of regions), parent, the units under it, and its innovations. \
        Innovation: agency, KIPP, the innovation it replicates, and the innovations that replicate it. Extra columns \
        from the imported file are shown at the end. Exit status 1 when the id is not found.

        Example:
          pkri registry show pemkab-banyuwangi
        """)
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: .text("Id instansi atau inovasi.", "Agency or innovation id."))
    var id: String

    func run() throws {
        let ws = try workspace.open()
        let l = workspace.lang
        do throws(WorkspaceError) {
            var blocks: [String] = []
            if let agency = try ws.agency(id) { blocks.append(try Self.describe(agency, ws, l)) }
            if let innovation = try ws.innovation(id) { blocks.append(try Self.describe(innovation, ws, l)) }
            guard !blocks.isEmpty else {
                throw WorkspaceError.notFound(kind: l.pick("instansi atau inovasi", "agency or innovation"), id: id)
            }
            Terminal.out(blocks.joined(separator: "\n\n"))
        } catch {
            throw workspace.fail(error)
        }
    }

    static func describe(_ a: Agency, _ ws: Workspace, _ l: Language) throws(WorkspaceError) -> String {
        var lines = Lines()
        lines.add(l.pick("Instansi", "Agency"), a.id)
        lines.add(l.pick("Nama", "Name"), a.name)
        lines.add(l.pick("Jenis", "Type"), a.type.rawValue)
        lines.add(l.pick("Wilayah", "Region"), a.region.map(regionText) ?? l.pick("– (pusat)", "– (national)"))
        lines.add(l.pick("Induk", "Parent"), try a.parent.map { id throws(WorkspaceError) in
            try ws.agency(id).map { "\($0.id)  \($0.name)" } ?? id
        } ?? "–")
        lines.add(l.pick("Unit di bawahnya", "Units"), try ws.agencies(parent: a.id).map { "\($0.id)  \($0.name)" })
        lines.add(l.pick("Inovasi", "Innovations"), try ws.innovations(agency: a.id).map { "\($0.id)  \($0.name)" })
        lines.addExtra(a.extra)
        return lines.text
    }

    static func describe(_ i: Innovation, _ ws: Workspace, _ l: Language) throws(WorkspaceError) -> String {
        var lines = Lines()
        lines.add(l.pick("Inovasi", "Innovation"), i.id)
        lines.add(l.pick("Nama", "Name"), i.name)
        let agency = try ws.agency(i.agency)
        lines.add(l.pick("Instansi", "Agency"), agency.map { "\($0.id)  \($0.name)" } ?? i.agency)
        if let region = agency?.region { lines.add(l.pick("Wilayah", "Region"), regionText(region)) }
        let kipp = [i.kippYear.map(String.init), i.kippAward].compactMap { $0 }.joined(separator: ", ")
        lines.add("KIPP", kipp.isEmpty ? "–" : kipp)
        lines.add(l.pick("Replikasi dari", "Replicates"), try i.replicates.map { id throws(WorkspaceError) in
            try ws.innovation(id).map { "\($0.id)  \($0.name)" } ?? id
        } ?? "–")
        lines.add(l.pick("Direplikasi oleh", "Replicated by"),
                  try ws.replications(of: i.id).map { "\($0.id)  \($0.name) (\($0.agency))" })
        lines.add("Status", i.status ?? "–")
        lines.addExtra(i.extra)
        return lines.text
    }

    /// `35.78 Kota Surabaya, Jawa Timur`
    static func regionText(_ code: String) -> String {
        guard let region = Regions.region(code) else { return code }
        guard let province = region.parent.flatMap(Regions.region) else { return "\(code) \(region.name)" }
        return "\(code) \(region.name), \(province.name)"
    }

    /// Labels and values, the values aligned; a list puts one item per line.
    struct Lines {
        private var rows: [(String, [String])] = []

        mutating func add(_ label: String, _ value: String) { rows.append((label, [value])) }
        mutating func add(_ label: String, _ values: [String]) { rows.append((label, values.isEmpty ? ["–"] : values)) }
        mutating func addExtra(_ extra: [String: String]) {
            for (key, value) in extra.sorted(by: { $0.key < $1.key }) { add(key, value) }
        }

        var text: String {
            let width = rows.map(\.0.count).max() ?? 0
            return rows.flatMap { label, values in
                values.enumerated().map { n, value in
                    let head = n == 0 ? label : ""
                    // A value with line breaks (a quoted cell) keeps them, indented.
                    let body = value.split(separator: "\n", omittingEmptySubsequences: false)
                        .joined(separator: "\n" + String(repeating: " ", count: width + 2))
                    return head + String(repeating: " ", count: width - head.count + 2) + body
                }
            }.joined(separator: "\n")
        }
    }
}
