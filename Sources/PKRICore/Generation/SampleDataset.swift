import Foundation

/// A synthetic national PKRI dataset shaped like the real one: the registry
/// (``SampleRegistry``) and, for the shipped templates, each subject's
/// round of assessments (``SampleAssessment``) — `pkri-keberlanjutan` for
/// every innovation, `pkri-replikasi` for replications, `pkri-instansi` for
/// about a third of the governments and national bodies.
///
/// ```swift
/// let dataset = SampleDataset(innovations: 10_000, seed: 1, templates: loaded)
/// let csv = dataset.agenciesCSV()
/// for i in 0..<dataset.subjectCount { dataset.submissions(ofSubject: i).files }
/// ```
///
/// Everything is a function of the count and the seed: each subject has its
/// own random stream, so subjects can be made in any order, on any number
/// of threads, with the same result. Write one with ``SampleDatasetWriter``.
public struct SampleDataset: Sendable {
    public let registry: SampleRegistry
    public let seed: UInt64
    /// The templates used, by id; a shipped template that is absent is skipped.
    public let templates: [String: Template]
    /// Agencies (indices into the registry) assessed with `pkri-instansi`.
    let assessedAgencies: [Int]
    private let agencyIndex: [String: Int]
    private let innovationIndex: [String: Int]

    public static let sustainability = "pkri-keberlanjutan"
    public static let replication = "pkri-replikasi"
    public static let agencyCapacity = "pkri-instansi"

    public init(innovations count: Int, seed: UInt64, templates: [Template]) {
        registry = SampleRegistry(innovations: count, seed: seed)
        self.seed = seed
        self.templates = Dictionary(templates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        agencyIndex = Dictionary(registry.agencies.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        innovationIndex = Dictionary(registry.innovations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var random = SeededRandom(seed: SampleSeed.mix(seed, 0x5EED_0002))
        // About a third of the governments and national bodies; fewer in a
        // small dataset, whose registry still holds every region.
        let share = min(0.35, Double(count) / 30_000)
        var assessed: [Int] = []
        if self.templates[Self.agencyCapacity] != nil {
            for (i, a) in registry.agencies.enumerated() where a.parent == nil && a.type != .bumn && a.type != .bumd {
                if random.chance(share) { assessed.append(i) }
            }
        }
        assessedAgencies = assessed
    }

    /// Innovations, then the agencies assessed as a whole.
    public var subjectCount: Int { registry.innovations.count + assessedAgencies.count }

    /// The submission files of one subject, with the count of submissions
    /// for which no valid answers came out (expected 0).
    public func submissions(ofSubject i: Int) -> (files: [(name: String, submission: Submission)], failed: Int) {
        var random = SeededRandom(seed: SampleSeed.mix(seed, UInt64(i) + 1))
        var failed = 0
        var files: [(name: String, submission: Submission)] = []
        for assessment in assessments(ofSubject: i, random: &random) {
            files += assessment.make(&random, failed: &failed)
        }
        return (files, failed)
    }

    private func assessments(ofSubject i: Int, random: inout SeededRandom) -> [SampleAssessment] {
        if i >= registry.innovations.count {
            let agency = registry.agencies[assessedAgencies[i - registry.innovations.count]]
            guard let t = templates[Self.agencyCapacity] else { return [] }
            let pins = ["jenis_instansi": agency.type.rawValue]
            return [SampleAssessment(template: t, subject: agency.id, quality: 0.25 + 0.65 * random.unit(),
                                     selfPins: pins, verifierPins: pins, selfAssessor: "\(agency.id)-01",
                                     verifierPool: Self.verifierPool(agency))]
        }
        let innovation = registry.innovations[i]
        let agency = agencyIndex[innovation.agency].map { registry.agencies[$0] }
        // One of the agency's three innovation officers.
        let assessor = "\(innovation.agency)-0\(1 + Int(random.unit() * 3))"
        let pool = agency.map(Self.verifierPool) ?? "tpi-pusat"
        var out: [SampleAssessment] = []
        let status = innovation.status ?? "berjalan"
        if let t = templates[Self.sustainability] {
            let found = Self.sustainabilityStatus[status] ?? "berjalan"
            // An inactive innovation's own staff often still call it running.
            let claimed = found == "mati_suri" && random.chance(0.4) ? "berjalan" : found
            out.append(SampleAssessment(template: t, subject: innovation.id, quality: Self.quality(found, &random),
                                        selfPins: ["status": claimed], verifierPins: ["status": found],
                                        selfAssessor: assessor, verifierPool: pool))
        }
        if let t = templates[Self.replication], let originalID = innovation.replicates,
           let original = innovationIndex[originalID].map({ registry.innovations[$0] }) {
            var pins = ["status_penerapan": Self.replicationStatus[status] ?? "diterapkan"]
            switch original.kippAward {
            case nil: pins["penghargaan_sumber"] = "tidak_ada"
            case "Top 99": pins["penghargaan_sumber"] = "kipp_top_99"
            default: pins["penghargaan_sumber"] = "kipp_top_45"
            }
            if let year = original.kippYear { pins["tahun_penghargaan_sumber"] = "\(year)" }
            var texts = ["nama_inovasi_sumber": original.name,
                         "instansi_sumber": agencyIndex[original.agency].map { registry.agencies[$0].name } ?? original.agency]
            if original.id.count == 14 { texts["registrasi_inovasi_sumber"] = original.id }
            let quality = pins["status_penerapan"] == "dihentikan" ? 0.1 + 0.2 * random.unit() : 0.3 + 0.6 * random.unit()
            out.append(SampleAssessment(template: t, subject: innovation.id, quality: quality, selfPins: pins,
                                        verifierPins: pins, texts: texts, selfAssessor: assessor, verifierPool: pool))
        }
        return out
    }

    /// The keberlanjutan answer for a registry status.
    static let sustainabilityStatus = [
        "berjalan dan dikembangkan": "berkembang", "berjalan": "berjalan", "mati suri": "mati_suri",
        "berhenti": "berhenti", "uji coba": "berjalan", "persiapan": "berjalan",
    ]

    /// The replikasi stage for a registry status.
    static let replicationStatus = [
        "berjalan dan dikembangkan": "diterapkan", "berjalan": "diterapkan", "uji coba": "uji_coba",
        "persiapan": "persiapan", "mati suri": "dihentikan", "berhenti": "dihentikan",
    ]

    /// True quality by what the verifiers will find.
    static func quality(_ status: String, _ random: inout SeededRandom) -> Double {
        let (low, high) = switch status {
        case "berkembang": (0.65, 0.95)
        case "mati_suri": (0.2, 0.5)
        case "berhenti": (0.05, 0.3)
        default: (0.45, 0.85)
        }
        return low + (high - low) * random.unit()
    }

    /// Verifiers work per province (`tpi-35`); national bodies have their own team.
    static func verifierPool(_ agency: Agency) -> String {
        agency.region.flatMap(Regions.region).map { "tpi-\($0.province)" } ?? "tpi-pusat"
    }

    /// `registry/agencies.csv`: `id,name,type,region,parent`.
    public func agenciesCSV() -> String {
        var table = Tabular(format: "agencies", columns: RegistryFile.Kind.agencies.columns.map { .init($0, $0) })
        for a in registry.agencies {
            table.add([.text(a.id), .text(a.name), .text(a.type.rawValue), .optional(a.region), .optional(a.parent)])
        }
        return CSVWriter().write(table)
    }

    /// `registry/innovations.csv`: `id,name,agency,kipp_year,kipp_award,replicates,status`.
    public func innovationsCSV() -> String {
        var table = Tabular(format: "innovations", columns: RegistryFile.Kind.innovations.columns.map { .init($0, $0) })
        for i in registry.innovations {
            table.add([.text(i.id), .text(i.name), .text(i.agency), i.kippYear.map(Tabular.Cell.integer) ?? .empty,
                       .optional(i.kippAward), .optional(i.replicates), .optional(i.status)])
        }
        return CSVWriter().write(table)
    }
}
