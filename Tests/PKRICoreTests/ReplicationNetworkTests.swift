import Foundation
import PKRICore
import Testing

/// Lineages worked out from registry rows: chains, fans, several roots,
/// replicas elsewhere, unassessed replicas, and rows no original reaches.
@Suite("Replication network")
struct ReplicationNetworkTests {
    static let agencies = [
        Agency(id: "surabaya", name: "Pemerintah Kota Surabaya", type: .kota, region: "35.78"),
        Agency(id: "sidoarjo", name: "Pemerintah Kabupaten Sidoarjo", type: .kabupaten, region: "35.15"),
        Agency(id: "manado", name: "Pemerintah Kota Manado", type: .kota, region: "71.71"),
        Agency(id: "jabar", name: "Pemerintah Provinsi Jawa Barat", type: .provinsi, region: "32"),
        Agency(id: "kemenkes", name: "Kementerian Kesehatan", type: .kementerian),
    ]

    /// An innovation of `agency` that replicates `parent`.
    static func i(_ id: String, _ parent: String? = nil, agency: String = "surabaya", status: String? = "berjalan") -> Innovation {
        Innovation(id: id, name: "Inovasi \(id)", agency: agency, replicates: parent, status: status)
    }

    static func result(_ id: String, _ value: Decimal?, state: SubjectResult.State = .verified) -> SubjectResult {
        SubjectResult(subject: id, index: "keberlanjutan", value: value, band: value == nil ? nil : "b", assessors: 1,
                      spread: 0, disagreement: false, claimed: nil, gap: nil, state: state)
    }

    static func network(_ innovations: [Innovation], results: [SubjectResult]? = nil) -> ReplicationNetwork {
        ReplicationNetwork(innovations: innovations, agencies: agencies, results: results)
    }

    @Test func aChainIsOneLineageAsDeepAsItIsLong() throws {
        let net = Self.network([Self.i("A"), Self.i("B", "A"), Self.i("C", "B"), Self.i("D", "C")])
        #expect(net.lineages.count == 1)
        let a = try #require(net.lineage(of: "A"))
        #expect(a.original.innovation == "A" && a.original.generation == 0 && a.original.parent == nil)
        #expect((a.direct, a.total, a.depth) == (1, 3, 3))
        #expect(a.replicas.map(\.innovation) == ["B", "C", "D"])
        #expect(a.replicas.map(\.parent) == ["A", "B", "C"])
        #expect(a.replicas.map(\.generation) == [1, 2, 3])
        // Any member finds the lineage of its original.
        #expect(net.lineage(of: "D")?.original.innovation == "A")
    }

    @Test func aFanIsWideAndShallow() throws {
        let net = Self.network([Self.i("A"), Self.i("B", "A"), Self.i("C", "A"), Self.i("D", "A")])
        let a = try #require(net.lineage(of: "A"))
        #expect((a.direct, a.total, a.depth) == (3, 3, 1))
        #expect(a.replicas.map(\.innovation) == ["B", "C", "D"])
        #expect(a.children(of: "A").count == 3 && a.children(of: "B").isEmpty)
    }

    /// Breadth first: every replica of one generation before the next,
    /// siblings in registry order — not depth first.
    @Test func replicasComeGenerationByGeneration() throws {
        let net = Self.network([Self.i("A"), Self.i("B", "A"), Self.i("C", "A"), Self.i("D", "B"), Self.i("E", "C"),
                                Self.i("F", "B")])
        let a = try #require(net.lineage(of: "A"))
        #expect(a.replicas.map(\.innovation) == ["B", "C", "D", "F", "E"])
        #expect((a.direct, a.total, a.depth) == (2, 5, 2))
    }

    @Test func severalRootsEachHaveTheirOwnLineageRankedByReach() throws {
        let net = Self.network([Self.i("A"), Self.i("B", "A"), Self.i("X"), Self.i("Y", "X"), Self.i("Z", "X"),
                                Self.i("Q")])
        #expect(net.lineages.map(\.original.innovation) == ["A", "X", "Q"])
        #expect(net.lineages.map(\.total) == [1, 2, 0])
        #expect(net.rankedByReach().map(\.original.innovation) == ["X", "A", "Q"])
        #expect(net.lineage(of: "Z")?.original.innovation == "X")
        #expect(net.lineage(of: "Q")?.replicas.isEmpty == true)
        #expect(net.unreachable.isEmpty)
    }

    /// Reach counts where replicas run, sorted by code; a province-wide
    /// agency adds a province but no kabupaten/kota, a national body neither.
    @Test func replicasInOtherProvincesAreCountedByCode() throws {
        let net = Self.network([Self.i("A"), Self.i("B", "A", agency: "manado"), Self.i("C", "A", agency: "sidoarjo"),
                                Self.i("D", "B", agency: "jabar"), Self.i("E", "C", agency: "kemenkes")])
        let a = try #require(net.lineage(of: "A"))
        #expect(a.provinces == ["32", "35", "71"])
        #expect(a.regencies == ["35.15", "71.71"])
        let byID = Dictionary(uniqueKeysWithValues: a.replicas.map { ($0.innovation, $0) })
        #expect(byID["B"]?.province == "71" && byID["B"]?.regency == "71.71")
        #expect(byID["D"]?.province == "32" && byID["D"]?.regency == nil)
        #expect(byID["E"]?.province == nil && byID["E"]?.regency == nil && byID["E"]?.agencyType == .kementerian)
        #expect(byID["B"]?.agencyName == "Pemerintah Kota Manado" && byID["B"]?.agencyType == .kota)
        // The original's own place is not reach.
        #expect(a.original.province == "35" && a.original.regency == "35.78")
    }

    @Test func oneReplicaInTheOriginalsOwnProvinceStillCounts() throws {
        let a = try #require(Self.network([Self.i("A"), Self.i("B", "A", agency: "sidoarjo")]).lineage(of: "A"))
        #expect(a.provinces == ["35"] && a.regencies == ["35.15"])
    }

    /// An assessed replica runs when its value is above 0; one without a
    /// value is read from its registry status; the mean is over values only.
    @Test func unassessedReplicasFallBackToTheirRegistryStatus() throws {
        let innovations = [Self.i("A"), Self.i("B", "A", status: "berjalan"), Self.i("C", "A", status: "uji coba"),
                           Self.i("D", "A", status: "mati suri"), Self.i("E", "A", status: "dialihkan"),
                           Self.i("F", "A", status: "berjalan")]
        let results = [Self.result("A", 80), Self.result("B", 70), Self.result("C", nil, state: .notStarted),
                       Self.result("F", 0)]
        let a = try #require(Self.network(innovations, results: results).lineage(of: "A"))
        let running = a.replicas.map(\.running)
        #expect(running == [true, true, false, nil, false])   // F: 0 by its value, whatever the registry says
        #expect(a.running == 2 && a.runningUnknown == 1)
        #expect(a.replicaMean == 35 && a.replicasScored == 2)   // (70 + 0) / 2
        #expect(a.original.value == 80)
        #expect(a.replicas[0].result?.band == "b" && a.replicas[1].result?.state == .notStarted)
        #expect(a.replicas[2].result == nil)
    }

    @Test func theReplicaMeanIsRoundedAsResultsAre() throws {
        let a = try #require(Self.network([Self.i("A"), Self.i("B", "A"), Self.i("C", "A")],
                                          results: [Self.result("B", 70), Self.result("C", Decimal(string: "75.55")!)])
            .lineage(of: "A"))
        #expect(a.replicaMean == Decimal(string: "72.78"))   // 72.775, half away from zero
    }

    @Test func withoutResultsNothingHasAValue() throws {
        let a = try #require(Self.network([Self.i("A"), Self.i("B", "A", status: "persiapan")]).lineage(of: "A"))
        #expect(a.replicaMean == nil && a.replicasScored == 0 && a.replicas[0].result == nil)
        #expect(a.running == 0 && a.replicas[0].running == false)
    }

    /// Registry import refuses both; rows written another way are named,
    /// not dropped silently, and never hang the walk.
    @Test func unknownParentsAndLoopsAreUnreachable() {
        let net = Self.network([Self.i("A"), Self.i("B", "A"), Self.i("L1", "L2"), Self.i("L2", "L1"),
                                Self.i("T", "L1"), Self.i("U", "nowhere"), Self.i("S", "S")])
        #expect(net.lineages.map(\.original.innovation) == ["A"])
        #expect(net.unreachable == ["L1", "L2", "T", "U", "S"])
        #expect(net.lineage(of: "T") == nil)
    }

    /// Linear, and iterative: a chain as long as a national registry neither
    /// overflows the stack nor takes quadratic time (the timing itself is a
    /// benchmark row: `pkri-bench lineage`).
    @Test func aChainOfOneHundredThousand() throws {
        let n = 100_000
        var innovations = [Self.i("N0")]
        for k in 1..<n { innovations.append(Self.i("N\(k)", "N\(k - 1)")) }
        let net = Self.network(innovations)
        let a = try #require(net.lineage(of: "N0"))
        #expect((a.direct, a.total, a.depth) == (1, n - 1, n - 1))
        #expect(a.replicas.last?.innovation == "N\(n - 1)")
        let text = LineageText(index: nil, language: .en).render(a)
        // Deep generations are drawn at a fixed depth: lines stay short.
        let longest = text.split(separator: "\n").map(\.count).max() ?? 0
        #expect(longest < 300, "longest line \(longest)")
        #expect(text.contains("[generation 99999] N99999"))
    }

    @Test(arguments: [("berjalan", true), ("Berjalan dan  dikembangkan", true), ("uji coba", true),
                      ("persiapan", false), ("MATI SURI", false), ("berhenti", false), ("dialihkan", nil), ("", nil)] as [(String, Bool?)])
    func registryStatusReading(status: String, running: Bool?) {
        #expect(RegistryStatus.running(status) == running)
    }
}
