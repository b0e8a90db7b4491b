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

    private var words: LineageWords { LineageWords(index: index, language: language) }

    public func render(_ lineage: Lineage) -> String {
        let l = language, o = lineage.original
        var lines = ["\(o.innovation)  \(o.name)"]
        var facts: [(String, String)] = [(l.pick("instansi", "agency"), words.agencyAndPlace(o))]
        if index != nil { facts.append((l.pick("nilai", "value"), words.result(o))) }
        facts.append((l.pick("status", "status"), words.status(o)))
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
            facts.append((l.pick("provinsi", "provinces"), words.regions(lineage.provinces)))
            facts.append((l.pick("kab/kota", "regencies"), words.regions(lineage.regencies)))
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
        var parts = [words.agencyAndPlace(node)]
        if index != nil { parts.append(words.result(node)) }
        parts.append(language.pick("status: ", "status: ") + words.status(node))
        return parts.joined(separator: " · ")
    }

    private func number(_ d: Decimal?) -> String { NumberText.display(d, language) }
}
