import Foundation

/// One original's lineage as a person reads it on a terminal: the original
/// with its reach, then its replicas as a tree (each under the innovation
/// it replicates), in Bahasa Indonesia or English.
///
/// ```text
/// INOV-2019-0042  Layanan Administrasi Kependudukan Mandiri (LAMBAIK)
///   instansi    Dinas Kependudukan … (kota) · Kota Surabaya, Jawa Timur
///   replikasi   3 (2 langsung), kedalaman 2 · masih berjalan 3 dari 3
///   ...
///   ├─ INOV-2022-0140  Layanan Administrasi Kependudukan Mandiri Kota Manado
///   │    Pemerintah Kota Manado (kota) · Kota Manado, Sulawesi Utara · status: uji coba (berjalan)
///   └─ …
/// ```
public struct LineageText {
    /// The index whose results the lineage carries; nil when none.
    public let index: AssessmentIndex?
    public let language: Language
    /// Deeper generations are drawn at this depth, their generation named:
    /// a chain thousands long stays readable (and its lines short).
    public static let drawnDepth = 12

    public init(index: AssessmentIndex?, language: Language) {
        self.index = index
        self.language = language
    }

    public func render(_ lineage: Lineage) -> String {
        let l = language, o = lineage.original
        var lines = ["\(o.innovation)  \(o.name)"]
        var facts: [(String, String)] = [(l.pick("instansi", "agency"), where_(o))]
        if index != nil { facts.append((l.pick("nilai", "value"), result(o))) }
        facts.append((l.pick("status", "status"), status(o)))
        var reach = l.pick("\(lineage.total) (\(lineage.direct) langsung), kedalaman \(lineage.depth)",
                           "\(lineage.total) (\(lineage.direct) direct), depth \(lineage.depth)")
        if lineage.total > 0 {
            reach += l.pick(" · masih berjalan \(lineage.running) dari \(lineage.total)",
                            " · still running \(lineage.running) of \(lineage.total)")
            if lineage.runningUnknown > 0 {
                reach += l.pick(" (\(lineage.runningUnknown) tidak diketahui)", " (\(lineage.runningUnknown) unknown)")
            }
        }
        facts.append((l.pick("replikasi", "replicas"), reach))
        if lineage.total > 0 {
            facts.append((l.pick("provinsi", "provinces"), regions(lineage.provinces)))
            facts.append((l.pick("kab/kota", "regencies"), regions(lineage.regencies)))
        }
        if index != nil, lineage.total > 0 {
            facts.append((l.pick("rata-rata", "mean"), l.pick(
                "replikasi \(number(lineage.replicaMean)) (\(lineage.replicasScored) dinilai) · sendiri \(number(o.value))",
                "replicas \(number(lineage.replicaMean)) (\(lineage.replicasScored) assessed) · own \(number(o.value))")))
        }
        let width = facts.map(\.0.count).max() ?? 0
        lines += facts.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 }
        lines += tree(lineage)
        return lines.joined(separator: "\n")
    }

    /// The replicas depth first, each under its parent. Iterative: a chain
    /// may be as long as the registry.
    private func tree(_ lineage: Lineage) -> [String] {
        let children = Dictionary(grouping: lineage.replicas, by: { $0.parent ?? "" })
        var lines: [String] = []
        // Each entry: a node and, per drawn ancestor level, whether more siblings follow there.
        var stack: [(node: LineageNode, open: [Bool])] = (children[lineage.original.innovation] ?? [])
            .enumerated().reversed().map { k, node in (node, [k < (children[lineage.original.innovation]?.count ?? 0) - 1]) }
        while let (node, open) = stack.popLast() {
            let drawn = open.suffix(Self.drawnDepth)
            let indent = drawn.dropLast().map { $0 ? "│  " : "   " }.joined()
            let branch = drawn.last! ? "├─ " : "└─ "
            let deep = open.count > Self.drawnDepth
                ? language.pick("[generasi \(node.generation)] ", "[generation \(node.generation)] ") : ""
            lines.append("  " + indent + branch + deep + "\(node.innovation)  \(node.name)")
            let below = indent + (drawn.last! ? "│  " : "   ")
            let mine = children[node.innovation] ?? []
            lines.append("  " + below + (mine.isEmpty ? "  " : "│ ") + details(node))
            for (k, child) in mine.enumerated().reversed() {
                stack.append((child, open + [k < mine.count - 1]))
            }
        }
        return lines
    }

    private func details(_ node: LineageNode) -> String {
        var parts = [where_(node)]
        if index != nil { parts.append(result(node)) }
        parts.append(language.pick("status: ", "status: ") + status(node))
        return parts.joined(separator: " · ")
    }

    /// `Pemerintah Kota Manado (kota) · Kota Manado, Sulawesi Utara`
    private func where_(_ node: LineageNode) -> String {
        let l = language
        let agency = node.agencyName.map { "\($0) (\(node.agencyType?.label(l) ?? "?"))" } ?? node.agency
        let place: String
        if let regency = node.regency {
            place = [Regions.region(regency)?.name ?? regency, node.province.flatMap(Regions.region)?.name]
                .compactMap { $0 }.joined(separator: ", ")
        } else if let province = node.province {
            place = Regions.region(province)?.name ?? province
        } else {
            place = l.pick("nasional", "national")
        }
        return "\(agency) · \(place)"
    }

    /// `82,33 Inovasi Terpuji, terverifikasi`, or `belum dinilai`.
    private func result(_ node: LineageNode) -> String {
        let l = language
        guard let r = node.result, r.value != nil || r.state != .notStarted else { return l.pick("belum dinilai", "not assessed") }
        let band = r.band.map { id in index?.bands.first { $0.id == id }?.label.text(l.rawValue) ?? id }
        let value = r.value.map { NumberText.display($0, l) + (band.map { " " + $0 } ?? "") }
            ?? l.pick("tanpa nilai", "no value")
        return "\(value), \(r.state.label(l))"
    }

    /// `uji coba (berjalan)`: the registry's word and whether pkri reads it
    /// as running; when the value decides otherwise, that is said.
    private func status(_ node: LineageNode) -> String {
        let l = language
        let word: String = switch node.running {
        case true?: l.pick("berjalan", "running")
        case false?: l.pick("tidak berjalan", "not running")
        case nil: l.pick("tidak diketahui berjalan atau tidak", "not known to be running")
        }
        let text = node.status ?? "–"
        if node.value != nil, node.running != RegistryStatus.running(node.status) {
            return text + l.pick(" (menurut nilainya: \(word))", " (by its value: \(word))")
        }
        return text.lowercased().hasPrefix(word) ? text : "\(text) (\(word))"
    }

    /// `Jawa Timur (35), Sulawesi Utara (71)`
    private func regions(_ codes: [String]) -> String {
        guard !codes.isEmpty else { return "–" }
        return "\(codes.count): " + codes.map { code in Regions.region(code).map { "\($0.name) (\(code))" } ?? code }
            .joined(separator: ", ")
    }

    private func number(_ d: Decimal?) -> String { NumberText.display(d, language) }
}
