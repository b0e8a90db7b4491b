import Foundation
import PKRICore
@testable import PKRIStore
import Testing

/// The rows a lineage is built from, read from a workspace: the sample
/// registry, the sample regional competition and its jurors' results.
@Suite("Replication query")
struct ReplicationQueryTests {
    static let samples = StoreFixture.root + "/samples"

    /// A workspace with both sample registries and the competition's submissions.
    static func competition() throws -> StoreFixture {
        let f = try StoreFixture(templates: ["pkri-keberlanjutan", "kompetisi-inovasi-daerah"])
        for file in ["registry/agencies.csv", "kompetisi/registry/agencies.csv", "registry/innovations.csv",
                     "kompetisi/registry/innovations.csv"] {
            _ = try f.workspace.importRegistry(contentsOf: "\(samples)/\(file)", language: .en)
        }
        let folder = "\(samples)/kompetisi/submissions"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where name.hasSuffix(".xml") {
            let imported = f.workspace.importSubmission(contentsOf: "\(folder)/\(name)", language: .en)
            #expect(imported.outcome == .new, "\(name): \(imported.outcome)")
        }
        return f
    }

    @Test func theRegistryAloneGivesLineagesWithoutValues() throws {
        let f = try Self.competition()
        let network = try ReplicationQuery().network(in: f.workspace)
        let lambaik = try #require(network.lineage(of: "INOV-2019-0042"))
        #expect(lambaik.replicas.map(\.innovation) == ["INOV-2022-0140", "JATIM-2025-003", "JATIM-2025-007"])
        #expect((lambaik.direct, lambaik.total, lambaik.depth) == (2, 3, 2))
        #expect(lambaik.provinces == ["35", "71"] && lambaik.regencies == ["35.15", "35.24", "71.71"])
        #expect(lambaik.replicas.allSatisfy { $0.result == nil })
        #expect(lambaik.replicas.map(\.status) == ["uji coba", "berjalan", "uji coba"])
        #expect(lambaik.replicas[1].agencyName == "Pemerintah Kabupaten Sidoarjo" && lambaik.replicas[1].agencyType == .kabupaten)
        // Every registered innovation is an original or in a lineage (the fixture's own two are originals).
        #expect(network.lineages.count + network.lineages.reduce(0) { $0 + $1.total } == 32)
        #expect(network.unreachable.isEmpty)
    }

    @Test func anIndexAddsTheJurorsCombinedValues() throws {
        let f = try Self.competition()
        let t = try f.workspace.template(id: "kompetisi-inovasi-daerah", version: nil, language: .en)
        let network = try ReplicationQuery(template: t, index: "kompetisi").network(in: f.workspace)
        let lambaik = try #require(network.lineage(of: "INOV-2019-0042"))
        #expect(lambaik.original.result?.state == .notStarted && lambaik.original.value == nil)
        #expect(lambaik.replicas.map(\.value) == [nil, Decimal(string: "72.22"), Decimal(string: "37.85")])
        #expect(lambaik.replicas.map { $0.result?.band } == [nil, "terpuji", "belum-layak"])
        #expect(lambaik.replicaMean == Decimal(string: "55.04") && lambaik.replicasScored == 2)
        #expect(lambaik.running == 3)   // two by their values, the Manado replica by its status (uji coba)
    }

    /// A loop through rows already stored is refused at the row that would
    /// close it, and the lineage stays as it was.
    @Test func aLoopIsALocatedErrorAtImportNotHere() throws {
        let f = try Self.competition()
        let csv = "id,name,agency,kipp_year,kipp_award,replicates,status\n"
            + "INOV-2019-0042,LAMBAIK,dispendukcapil-surabaya,2019,Top 45,JATIM-2025-007,berjalan\n"
        do {
            _ = try f.workspace.importRegistry(Array(csv.utf8), file: "loop.csv", language: .en)
            Issue.record("a replication loop was imported")
        } catch {
            guard case .invalid(let diagnostics) = error else { throw error }
            #expect(diagnostics.map(\.description) == [
                "loop.csv:2:60: error: the replication chain loops: INOV-2019-0042 → JATIM-2025-007 → JATIM-2025-003 → INOV-2019-0042",
            ])
        }
        let network = try ReplicationQuery().network(in: f.workspace)
        #expect(network.lineage(of: "INOV-2019-0042")?.total == 3 && network.unreachable.isEmpty)
    }
}
