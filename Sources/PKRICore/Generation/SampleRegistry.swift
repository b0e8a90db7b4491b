import Foundation

/// The registry of a synthetic national dataset: agencies of every type
/// across Indonesia's real provinces and kabupaten/kota (``Regions``), and
/// innovations — KIPP winners of 2014–2023 and replications of earlier Top
/// innovations by other agencies.
///
/// ```swift
/// let registry = SampleRegistry(innovations: 10_000, seed: 1)
/// registry.agencies.count; registry.innovations.first?.kippAward   // "Top 99"
/// ```
///
/// The same count and seed give the same registry on every machine.
public struct SampleRegistry: Sendable {
    public let agencies: [Agency]
    /// In id order (`INOV-YEAR-NNNN`), originals and replications alike.
    public let innovations: [Innovation]

    /// Share of innovations that replicate an earlier Top innovation.
    static let replicationShare = 0.18
    /// Share of originals registered without a KIPP award.
    static let withoutAwardShare = 0.05

    public init(innovations count: Int, seed: UInt64) {
        var random = SeededRandom(seed: SampleSeed.mix(seed, 0x5EED_0001))
        var builder = AgencyBuilder(officesPerGovernment: min(SampleNames.offices.count, max(1, count / 5000)))
        builder.build()
        agencies = builder.agencies
        var pools = AgencyPools(builder, random: &random)
        var innovationBuilder = InnovationBuilder(count: count)
        innovations = innovationBuilder.build(agencies: builder, pools: &pools, random: &random)
            .sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }
}

/// Agencies in a fixed order: national bodies, then each province with its
/// kabupaten/kota, their offices and regional companies.
private struct AgencyBuilder {
    let officesPerGovernment: Int
    var agencies: [Agency] = []
    /// Regional governments and their offices; national bodies; companies.
    var regional: [Int] = [], national: [Int] = [], stateCompanies: [Int] = [], regionalCompanies: [Int] = []

    init(officesPerGovernment: Int) { self.officesPerGovernment = officesPerGovernment }

    mutating func add(_ a: Agency, to pool: WritableKeyPath<AgencyBuilder, [Int]>) {
        self[keyPath: pool].append(agencies.count)
        agencies.append(a)
    }

    mutating func build() {
        for (id, name) in SampleNames.ministries { add(Agency(id: id, name: name, type: .kementerian), to: \.national) }
        for (id, name) in SampleNames.institutions { add(Agency(id: id, name: name, type: .lembaga), to: \.national) }
        for (id, name) in SampleNames.stateCompanies { add(Agency(id: id, name: name, type: .bumn), to: \.stateCompanies) }
        let byProvince = Dictionary(grouping: Regions.all.values.filter { $0.level != .provinsi }, by: \.province)
        for province in Regions.provinces {
            let code = province.code
            let government = "pemprov-\(code)"
            let place = "Provinsi \(province.name)"
            add(Agency(id: government, name: "Pemerintah \(place)", type: .provinsi, region: code), to: \.regional)
            addOffices(of: government, place: place, type: .provinsi, region: code)
            for (ministry, office) in SampleNames.regionalOffices {
                add(Agency(id: "\(ministry)-kanwil-\(code)", name: "\(office) \(place)", type: .kementerian,
                           region: code, parent: ministry), to: \.national)
            }
            add(Agency(id: "bpd-\(code)", name: "PT Bank Pembangunan Daerah \(place)", type: .bumd, region: code,
                       parent: government), to: \.regionalCompanies)
            for region in (byProvince[code] ?? []).sorted(by: { $0.code < $1.code }) {
                let isCity = region.level == .kota
                let local = "\(isCity ? "pemkot" : "pemkab")-\(region.code.replacingOccurrences(of: ".", with: "-"))"
                add(Agency(id: local, name: "Pemerintah \(region.name)", type: isCity ? .kota : .kabupaten,
                           region: region.code), to: \.regional)
                addOffices(of: local, place: region.name, type: isCity ? .kota : .kabupaten, region: region.code)
                add(Agency(id: "perumda-am-\(region.code.replacingOccurrences(of: ".", with: "-"))",
                           name: "Perusahaan Umum Daerah Air Minum \(region.name)", type: .bumd,
                           region: region.code, parent: local), to: \.regionalCompanies)
            }
        }
    }

    /// The first few offices, starting at a different one in each region so
    /// that small datasets still have every kind of office.
    private mutating func addOffices(of government: String, place: String, type: Agency.Kind, region: String) {
        let all = SampleNames.offices, start = agencies.count
        for k in 0..<officesPerGovernment {
            let (suffix, name) = all[(start + k) % all.count]
            add(Agency(id: "\(government)-\(suffix)", name: "\(name) \(place)", type: type, region: region,
                       parent: government), to: \.regional)
        }
    }
}

/// Where innovations come from: most from regional governments, some from
/// national bodies and companies; within a pool some agencies are much more
/// prolific than others, as in the real registry.
private struct AgencyPools {
    var pools: [(share: Double, members: [Int], cumulative: [Double])] = []

    init(_ b: AgencyBuilder, random: inout SeededRandom) {
        for (share, members) in [(0.78, b.regional), (0.12, b.national), (0.04, b.stateCompanies), (0.06, b.regionalCompanies)] {
            var total = 0.0
            // A long tail: weights from 0.2 to about 5.
            let cumulative = members.map { _ in
                let u = random.unit()
                total += 0.2 + 4.8 * u * u * u
                return total
            }
            pools.append((share, members, cumulative))
        }
    }

    /// An agency index drawn by pool share, then by weight within the pool.
    func draw(_ random: inout SeededRandom, regionalOnly: Bool = false) -> Int {
        var u = random.unit()
        var chosen = pools[0]
        if !regionalOnly {
            for pool in pools where !pool.members.isEmpty {
                chosen = pool
                if u < pool.share { break }
                u -= pool.share
            }
        }
        let target = random.unit() * (chosen.cumulative.last ?? 0)
        var low = 0, high = chosen.cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if chosen.cumulative[mid] <= target { low = mid + 1 } else { high = mid }
        }
        return chosen.members[low]
    }
}

/// Innovations: originals with KIPP year, award and status; then
/// replications of awarded originals by other (regional) agencies.
private struct InnovationBuilder {
    let count: Int
    var perYear: [Int: Int] = [:]

    init(count: Int) { self.count = count }

    static let firstYear = 2014, lastYear = 2023

    /// The awards of a KIPP year: the long list and the shorter top list.
    static func awards(_ year: Int) -> (String, String) {
        switch year {
        case ...2014: ("Top 99", "Top 9")
        case 2015: ("Top 99", "Top 25")
        case 2016: ("Top 99", "Top 35")
        case 2017, 2018: ("Top 99", "Top 40")
        default: ("Top 99", "Top 45")
        }
    }

    mutating func nextID(_ year: Int) -> String {
        perYear[year, default: 0] += 1
        return String(format: "INOV-%04d-%04d", year, perYear[year]!)
    }

    mutating func build(agencies b: AgencyBuilder, pools: inout AgencyPools, random: inout SeededRandom) -> [Innovation] {
        let replications = count < 2 ? 0 : Int(Double(count) * SampleRegistry.replicationShare)
        var out: [Innovation] = []
        out.reserveCapacity(count)
        var awarded: [Int] = []
        var titles: [String] = []
        for _ in 0..<(count - replications) {
            let year = Self.firstYear + Int(random.unit() * Double(Self.lastYear - Self.firstYear + 1))
            let agency = b.agencies[pools.draw(&random)]
            let hasAward = !random.chance(SampleRegistry.withoutAwardShare)
            let (long, short) = Self.awards(year)
            let award = hasAward ? (random.chance(year >= 2021 ? 0.5 : 0.3) ? short : long) : nil
            let age = Double(2025 - year)
            let u = random.unit()
            let status = u < 0.03 + 0.012 * age ? "berhenti"
                : u < 0.09 + 0.022 * age ? "mati suri"
                : u < 0.45 + 0.01 * age ? "berjalan dan dikembangkan" : "berjalan"
            let service = SampleNames.services[Int(random.unit() * Double(SampleNames.services.count))]
            let delivery = SampleNames.deliveries[Int(random.unit() * Double(SampleNames.deliveries.count))]
            let title = "\(service) \(delivery)"
            let place = agency.region.flatMap(Regions.region).map { " " + ($0.level == .provinsi ? "Provinsi " : "") + $0.name } ?? ""
            if award != nil { awarded.append(out.count) }
            titles.append(title)
            out.append(Innovation(id: nextID(year), name: "\(title)\(place) (\(Self.acronym(title)))", agency: agency.id,
                                  kippYear: hasAward ? year : nil, kippAward: award, status: status))
        }
        if awarded.isEmpty { awarded = Array(out.indices) }
        for _ in 0..<replications {
            let pick = awarded[Int(random.unit() * Double(awarded.count))]
            let original = out[pick]
            let from = original.kippYear ?? Self.firstYear
            let year = min(2024, from + 1 + Int(random.unit() * Double(2024 - from)))
            var agency = b.agencies[pools.draw(&random, regionalOnly: true)]
            if agency.id == original.agency { agency = b.agencies[pools.draw(&random, regionalOnly: true)] }
            let u = random.unit()
            let status = u < 0.06 ? "berhenti" : u < 0.10 ? "mati suri" : u < 0.22 ? "persiapan"
                : u < 0.40 ? "uji coba" : "berjalan"
            let place = agency.region.flatMap(Regions.region).map { ($0.level == .provinsi ? "Provinsi " : "") + $0.name }
            out.append(Innovation(id: nextID(year), name: "\(titles[pick]) \(place ?? agency.name)", agency: agency.id,
                                  replicates: original.id, status: status))
        }
        return out
    }

    /// Initials of the words that carry meaning: "Layanan Keliling" → "LK".
    static func acronym(_ title: String) -> String {
        let skip: Set<Substring> = ["dan", "di", "ke", "untuk", "Melalui"]
        return String(title.split(separator: " ").filter { !skip.contains($0) }.compactMap(\.first)).uppercased()
    }
}

/// Seeds for independent random streams, one per purpose or per item, so
/// that items come out the same in any order and on any number of threads.
enum SampleSeed {
    static func mix(_ seed: UInt64, _ item: UInt64) -> UInt64 {
        var mixer = SeededRandom(seed: seed &+ item &* 0xD1B5_4A32_D192_ED03)
        return mixer.next()
    }
}
