import Foundation
import Testing

/// `pkri replication` and the sample regional competition, through the real
/// binary, on the shipped samples: the national sample registry and
/// submissions plus the Hub JIPP Jawa Timur's competition.
@Suite(.serialized) struct ReplicationCommandTests {
    final class HubWorkspace {
        let folder: URL
        var db: String { folder.appendingPathComponent("ws.sqlite").path }

        init() throws {
            folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("pkri-replication-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let root = PKRIProcess.packageRoot.path
            let templates = try FileManager.default.contentsOfDirectory(atPath: "\(root)/templates")
                .filter { $0.hasSuffix(".xml") }.map { "\(root)/templates/\($0)" }
            for args in [["init"], ["template", "add"] + templates,
                         ["registry", "import", "\(root)/samples/registry/agencies.csv", "\(root)/samples/registry/innovations.csv",
                          "\(root)/samples/kompetisi/registry/agencies.csv", "\(root)/samples/kompetisi/registry/innovations.csv"],
                         ["submission", "import", "\(root)/samples/submissions", "\(root)/samples/kompetisi/submissions"]] {
                let out = try run(args)
                #expect(out.status == 0, "\(args): \(out.stderr)")
            }
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func run(_ args: [String]) throws -> PKRIProcess.Output {
            try PKRIProcess.run(args + ["--db", db, "--lang", "en"], directory: folder)
        }
    }

    @Test func theCompetitionsWinnersAreItsTopThree() throws {
        let ws = try HubWorkspace()
        let out = try ws.run(["rank", "--index", "kompetisi", "--top", "3", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == """
            {"format":"pkri-rank/1","group":"*","rank":1,"subject":"JATIM-2025-004","index":"kompetisi","value":89.52,"band":"unggulan","state":"verified","tieBreak":null}
            {"format":"pkri-rank/1","group":"*","rank":2,"subject":"JATIM-2025-001","index":"kompetisi","value":81.81,"band":"terpuji","state":"verified","tieBreak":null}
            {"format":"pkri-rank/1","group":"*","rank":3,"subject":"JATIM-2025-006","index":"kompetisi","value":80.35,"band":"terpuji","state":"verified","tieBreak":null}

            """)
    }

    /// Three jurors each, joined by their mean; a harsh juror is flagged; an
    /// entry that does not meet the requirements scores 0 through the gate.
    @Test func theJuryIsCombinedByMean() throws {
        let ws = try HubWorkspace()
        let out = try ws.run(["results", "--template", "kompetisi-inovasi-daerah", "--format", "csv"])
        #expect(out.status == 0, "\(out.stderr)")
        let rows = out.stdout.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("JATIM-") }
        #expect(rows.count == 10)
        #expect(rows.allSatisfy { $0.contains(",3,") && $0.hasSuffix(",verified") }, "\(rows)")
        #expect(rows.contains("JATIM-2025-008,kompetisi-inovasi-daerah,2025.1,kompetisi,55.21,layak-dibina,3,25,true,,,verified"))
        #expect(rows.contains("JATIM-2025-010,kompetisi-inovasi-daerah,2025.1,kompetisi,0,belum-layak,3,0,false,,,verified"))
    }

    @Test func oneLineageAsJSON() throws {
        let ws = try HubWorkspace()
        let out = try ws.run(["replication", "--innovation", "JATIM-2025-007", "--index", "kompetisi", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr == "JATIM-2025-007 is a replica; showing the lineage of its original INOV-2019-0042.\n")
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first.map(String.init) == """
            {"format":"pkri-replication/1","innovation":"INOV-2019-0042","direct":2,"total":3,"depth":2,"provinces":["35","71"],"regencies":["35.15","35.24","71.71"],"replicas":[\
            {"innovation":"INOV-2022-0140","agency":"pemkot-manado","province":"71","parent":"INOV-2019-0042","value":null,"band":null,"state":"not-started","name":"Layanan Administrasi Kependudukan Mandiri Kelurahan Kota Manado","agencyType":"kota","regency":"71.71","generation":1,"status":"uji coba","running":true},\
            {"innovation":"JATIM-2025-003","agency":"pemkab-sidoarjo","province":"35","parent":"INOV-2019-0042","value":72.22,"band":"terpuji","state":"verified","name":"Layanan Administrasi Kependudukan Mandiri di Balai Desa Kabupaten Sidoarjo","agencyType":"kabupaten","regency":"35.15","generation":1,"status":"berjalan","running":true},\
            {"innovation":"JATIM-2025-007","agency":"pemkab-lamongan","province":"35","parent":"JATIM-2025-003","value":37.85,"band":"belum-layak","state":"verified","name":"Layanan Administrasi Kependudukan Mandiri Desa Kabupaten Lamongan","agencyType":"kabupaten","regency":"35.24","generation":2,"status":"uji coba","running":true}],\
            "name":"Layanan Administrasi Kependudukan Mandiri Berbasis Kelurahan (LAMBAIK)","agency":"dispendukcapil-surabaya","agencyType":"kota","province":"35","regency":"35.78","status":"berjalan dan dikembangkan","value":null,"band":null,"state":"not-started","running":3,"runningUnknown":0,"replicaMean":55.04,"replicasScored":2}
            """)
    }

    /// Every original, widest reach first; those never replicated too.
    @Test func everyOriginalAsJSONLines() throws {
        let ws = try HubWorkspace()
        let out = try ws.run(["replication", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count == 23)   // 16 national originals and 7 competition entries that replicate nothing
        #expect(lines.allSatisfy { $0.hasPrefix(#"{"format":"pkri-replication/1","innovation":""#) })
        #expect(lines[0].contains(#""innovation":"INOV-2019-0042","direct":2,"total":3,"#))
        #expect(lines[1].contains(#""innovation":"INOV-2015-0031","direct":2,"total":2,"depth":1,"provinces":["32","35"],"regencies":["32.11","35.77"]"#))
        #expect(lines.last?.contains(#""direct":0,"total":0,"depth":0,"provinces":[],"regencies":[],"replicas":[]"#) == true)
    }

    @Test func theTreeOnScreen() throws {
        let ws = try HubWorkspace()
        let out = try ws.run(["replication", "--innovation", "INOV-2019-0042", "--index", "kompetisi"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == """
            Values: Innovation Competition Score (kompetisi)

            INOV-2019-0042  Layanan Administrasi Kependudukan Mandiri Berbasis Kelurahan (LAMBAIK)
              agency     Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya (city) · Kota Surabaya, Jawa Timur
              value      not assessed
              status     berjalan dan dikembangkan (running)
              replicas   3 (2 direct), depth 2 · still running 3 of 3
              provinces  2: Jawa Timur (35), Sulawesi Utara (71)
              regencies  3: Kabupaten Sidoarjo (35.15), Kabupaten Lamongan (35.24), Kota Manado (71.71)
              mean       replicas 55.04 (2 assessed) · own –
              ├─ INOV-2022-0140  Layanan Administrasi Kependudukan Mandiri Kelurahan Kota Manado
              │    Pemerintah Kota Manado (city) · Kota Manado, Sulawesi Utara · not assessed · status: uji coba (running)
              └─ JATIM-2025-003  Layanan Administrasi Kependudukan Mandiri di Balai Desa Kabupaten Sidoarjo
                 │ Pemerintah Kabupaten Sidoarjo (regency) · Kabupaten Sidoarjo, Jawa Timur · 72.22 Commendable Innovation, verified · status: berjalan (running)
                 └─ JATIM-2025-007  Layanan Administrasi Kependudukan Mandiri Desa Kabupaten Lamongan
                      Pemerintah Kabupaten Lamongan (regency) · Kabupaten Lamongan, Jawa Timur · 37.85 Not Yet Ready, verified · status: uji coba (running)

            """)
    }

    @Test func theWholeNetworkOnScreenSaysWhatItLeavesOut() throws {
        let ws = try HubWorkspace()
        let out = try ws.run(["replication"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("INOV-2019-0042  "))
        #expect(out.stdout.hasSuffix("\n23 original innovations: 4 replicated (7 replicas), 19 not replicated (not shown; see --json).\n"))
        #expect(!out.stdout.contains("Values:"))
    }

    @Test func mistakesAreSaid() throws {
        let ws = try HubWorkspace()
        let unknown = try ws.run(["replication", "--innovation", "INOV-9999-0000"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "pkri: innovation INOV-9999-0000 is not in the workspace's registry\n")
        let agencies = try ws.run(["replication", "--template", "pkri-instansi"])
        #expect(agencies.status == 1)
        #expect(agencies.stderr.contains("assesses agencies, not innovations"), "\(agencies.stderr)")
        let noIndex = try ws.run(["replication", "--index", "nothing"])
        #expect(noIndex.status == 1)
        // A template with one index needs no --index.
        let oneIndex = try ws.run(["replication", "--template", "kompetisi-inovasi-daerah", "--innovation", "JATIM-2025-003"])
        #expect(oneIndex.status == 0 && oneIndex.stdout.hasPrefix("Values: Innovation Competition Score (kompetisi)\n"), "\(oneIndex.stderr)")
    }
}
