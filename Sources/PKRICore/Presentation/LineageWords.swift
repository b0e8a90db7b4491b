import Foundation

/// How a lineage's innovations are described in words, the same on a
/// terminal (``LineageText``) and in a report (``ReplicationPage``): who
/// runs one and where, its combined result, whether it still runs.
///
/// ```swift
/// let words = LineageWords(index: index, language: .id, isolated: true)
/// words.agencyAndPlace(node)   // "Pemerintah Kota Manado (kota) · Kota Manado, Sulawesi Utara"
/// words.status(node)           // "uji coba (berjalan)"
/// ```
///
/// `isolated`: text from the registry (agency names, statuses) is isolated
/// for bidirectional text, as reports print it; a terminal gets it as is.
public struct LineageWords: Sendable {
    /// The index whose results the nodes carry; nil when none.
    public let index: AssessmentIndex?
    public let language: Language
    public let isolated: Bool

    public init(index: AssessmentIndex?, language: Language, isolated: Bool = false) {
        self.index = index
        self.language = language
        self.isolated = isolated
    }

    /// `Pemerintah Kota Manado (kota) · Kota Manado, Sulawesi Utara`
    public func agencyAndPlace(_ node: LineageNode) -> String {
        let l = language
        let agency = node.agencyName.map { "\(data($0)) (\(node.agencyType?.label(l) ?? "?"))" } ?? data(node.agency)
        return "\(agency) · \(place(node))"
    }

    /// `Kota Manado, Sulawesi Utara`, `Jawa Barat`, or `nasional`.
    public func place(_ node: LineageNode) -> String {
        if let regency = node.regency {
            return [Regions.region(regency)?.name ?? regency, node.province.flatMap(Regions.region)?.name]
                .compactMap { $0 }.joined(separator: ", ")
        }
        if let province = node.province { return Regions.region(province)?.name ?? province }
        return language.pick("nasional", "national")
    }

    /// `82,33 Inovasi Terpuji, terverifikasi`, or `belum dinilai`.
    public func result(_ node: LineageNode) -> String {
        let l = language
        guard let r = node.result, r.value != nil || r.state != .notStarted else { return l.pick("belum dinilai", "not assessed") }
        let band = r.band.map { id in data(index?.bands.first { $0.id == id }?.label.text(l.rawValue) ?? id) }
        let value = r.value.map { NumberText.display($0, l) + (band.map { " " + $0 } ?? "") }
            ?? l.pick("tanpa nilai", "no value")
        return "\(value), \(r.state.label(l))"
    }

    /// `uji coba (berjalan)`: the registry's word and whether pkri reads it
    /// as running; when the value decides otherwise, that is said.
    public func status(_ node: LineageNode) -> String {
        let l = language
        let word = running(node.running)
        let text = node.status.map(data) ?? "–"
        if node.value != nil, node.running != RegistryStatus.running(node.status) {
            return text + l.pick(" (menurut nilainya: \(word))", " (by its value: \(word))")
        }
        return (node.status ?? "–").lowercased().hasPrefix(word) ? text : "\(text) (\(word))"
    }

    /// `berjalan`, `tidak berjalan`, or that it is not known.
    public func running(_ running: Bool?) -> String {
        switch running {
        case true?: language.pick("berjalan", "running")
        case false?: language.pick("tidak berjalan", "not running")
        case nil: language.pick("tidak diketahui berjalan atau tidak", "not known to be running")
        }
    }

    /// `Jawa Timur (35), Sulawesi Utara (71)` after their count.
    public func regions(_ codes: [String]) -> String {
        guard !codes.isEmpty else { return "–" }
        return "\(codes.count): " + codes.map { code in Regions.region(code).map { "\($0.name) (\(code))" } ?? code }
            .joined(separator: ", ")
    }

    private func data(_ text: String) -> String { isolated ? text.bidiIsolated : text }
}
