import ArgumentParser
import PKRICore
import PKRIStore

struct RegistryList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: helpText("Daftar instansi dan/atau inovasi di workspace.", "Lists the agencies and/or innovations in the workspace."),
        discussion: helpText("""
        Tanpa argumen: instansi, lalu inovasi. --region 35 mencakup provinsi itu beserta kabupaten/kotanya, \
        --region 35.78 hanya kabupaten/kota itu; inovasi disaring menurut wilayah instansinya.
        Dengan --json: satu objek per baris (JSON Lines), dengan "kind" agency atau innovation.

        Contoh:
          pkri registry list innovations --region 35 --json
        """, """
        Without an argument: agencies, then innovations. --region 35 covers that province with its regencies/cities, \
        --region 35.78 only that regency/city; innovations are filtered by their agency's region.
        With --json: one object per line (JSON Lines), with "kind" agency or innovation.

        Example:
          pkri registry list innovations --region 35 --json
        """)
    )

    enum Subject: String, CaseIterable, ExpressibleByArgument {
        case agencies, innovations

        /// Also `instansi` and `inovasi`.
        init?(argument: String) {
            switch argument.lowercased() {
            case "agencies", "instansi": self = .agencies
            case "innovations", "inovasi": self = .innovations
            default: return nil
            }
        }
    }

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: .text("agencies (instansi) atau innovations (inovasi); tanpa argumen: keduanya.", "agencies or innovations; without an argument: both."))
    var subject: Subject?

    @Option(help: .text("Kode wilayah Kemendagri: provinsi (35) atau kabupaten/kota (35.78).", "Kemendagri region code: a province (35) or a regency/city (35.78)."))
    var region: String?

    @Flag(help: .text("Satu objek JSON per baris.", "One JSON object per line."))
    var json = false

    func validate() throws {
        if let region, Regions.region(region) == nil {
            throw ValidationError(workspace.lang.pick("kode wilayah '\(region)' tidak dikenal (contoh: 35 atau 35.78)",
                                                      "unknown region code '\(region)' (such as 35 or 35.78)"))
        }
    }

    func run() throws {
        let ws = try workspace.open()
        let l = workspace.lang
        let both = subject == nil
        do {
            if subject != .innovations {
                let agencies = try ws.agencies(region: region)
                if json {
                    agencies.forEach { Terminal.out($0.json.serialized()) }
                } else {
                    if both { Terminal.out(l.pick("Instansi (\(agencies.count))", "Agencies (\(agencies.count))")) }
                    Terminal.out(Self.table(agencies, l))
                }
            }
            if subject != .agencies {
                let innovations = try ws.innovations(region: region)
                if json {
                    innovations.forEach { Terminal.out($0.json.serialized()) }
                } else {
                    if both { Terminal.out("\n" + l.pick("Inovasi (\(innovations.count))", "Innovations (\(innovations.count))")) }
                    Terminal.out(Self.table(innovations, l))
                }
            }
        } catch {
            throw workspace.fail(error)
        }
    }

    static func table(_ agencies: [Agency], _ l: Language) -> String {
        var table = TextTable(header: ["id", l.pick("nama", "name"), l.pick("jenis", "type"),
                                       l.pick("wilayah", "region"), l.pick("induk", "parent")])
        for a in agencies { table.add([a.id, a.name, a.type.rawValue, a.region ?? "", a.parent ?? ""]) }
        return table.render().joined(separator: "\n")
    }

    static func table(_ innovations: [Innovation], _ l: Language) -> String {
        var table = TextTable(header: ["id", l.pick("nama", "name"), l.pick("instansi", "agency"), "KIPP",
                                       l.pick("replikasi dari", "replicates"), "status"])
        for i in innovations {
            let kipp = [i.kippYear.map(String.init), i.kippAward].compactMap { $0 }.joined(separator: " ")
            table.add([i.id, i.name, i.agency, kipp, i.replicates ?? "", i.status ?? ""])
        }
        return table.render().joined(separator: "\n")
    }
}

extension Agency {
    /// One JSON Lines record, keys in a fixed order.
    var json: JSON {
        .object([
            ("kind", .string("agency")), ("id", .string(id)), ("name", .string(name)), ("type", .string(type.rawValue)),
            ("region", .optional(region)), ("regionName", .optional(region.flatMap(Regions.region)?.name)),
            ("parent", .optional(parent)), ("extra", .extra(extra)),
        ])
    }
}

extension Innovation {
    /// One JSON Lines record, keys in a fixed order.
    var json: JSON {
        .object([
            ("kind", .string("innovation")), ("id", .string(id)), ("name", .string(name)), ("agency", .string(agency)),
            ("kippYear", kippYear.map { .number(.init($0)) } ?? .null), ("kippAward", .optional(kippAward)),
            ("replicates", .optional(replicates)), ("status", .optional(status)), ("extra", .extra(extra)),
        ])
    }
}

extension JSON {
    /// Extra columns, keys sorted.
    static func extra(_ values: [String: String]) -> JSON {
        .object(values.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }
}
