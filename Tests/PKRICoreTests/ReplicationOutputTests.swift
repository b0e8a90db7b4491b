import Foundation
import PKRICore
import Testing

/// The `pkri-replication/1` object and the tree a person reads.
@Suite("Replication output")
struct ReplicationOutputTests {
    static func lineage(results: Bool) -> Lineage {
        let agencies = [
            Agency(id: "surabaya", name: "Pemerintah Kota Surabaya", type: .kota, region: "35.78"),
            Agency(id: "manado", name: "Pemerintah Kota Manado", type: .kota, region: "71.71"),
            Agency(id: "jabar", name: "Pemerintah Provinsi Jawa Barat", type: .provinsi, region: "32"),
        ]
        let innovations = [
            Innovation(id: "A", name: "Asal", agency: "surabaya", status: "berjalan"),
            Innovation(id: "B", name: "Replika Manado", agency: "manado", replicates: "A", status: "uji coba"),
            Innovation(id: "C", name: "Replika Jabar", agency: "jabar", replicates: "A", status: "berjalan"),
            Innovation(id: "D", name: "Replika dari B", agency: "manado", replicates: "B", status: "persiapan"),
        ]
        let r = { (id: String, v: Decimal) in
            SubjectResult(subject: id, index: "i", value: v, band: "baik", assessors: 2, spread: 1, disagreement: false,
                          claimed: nil, gap: nil, state: .verified)
        }
        let network = ReplicationNetwork(innovations: innovations, agencies: agencies,
                                         results: results ? [r("A", 80), r("C", Decimal(string: "72.5")!)] : nil)
        return network.lineage(of: "A")!
    }

    @Test func jsonHasTheIssuesKeysFirstInOrder() {
        let json = ReplicationJSON.line(Self.lineage(results: true))
        #expect(json.hasPrefix(#"{"format":"pkri-replication/1","innovation":"A","direct":2,"total":3,"depth":2,"provinces":["32","71"],"regencies":["71.71"],"replicas":[{"innovation":"B","agency":"manado","province":"71","parent":"A","value":null,"band":null,"state":null,"#), "\(json)")
        #expect(json.contains(#"{"innovation":"C","agency":"jabar","province":"32","parent":"A","value":72.5,"band":"baik","state":"verified","name":"Replika Jabar","agencyType":"provinsi","regency":null,"generation":1,"status":"berjalan","running":true}"#), "\(json)")
        #expect(json.contains(#"{"innovation":"D","agency":"manado","province":"71","parent":"B","#), "\(json)")
        #expect(json.hasSuffix(#""value":80,"band":"baik","state":"verified","running":2,"runningUnknown":0,"replicaMean":72.5,"replicasScored":1}"#), "\(json)")
    }

    @Test func withoutAnIndexValueBandAndStateAreNull() {
        let json = ReplicationJSON.line(Self.lineage(results: false))
        #expect(json.contains(#""parent":"A","value":null,"band":null,"state":null"#))
        #expect(json.contains(#""replicaMean":null,"replicasScored":0}"#))
    }

    @Test func theTreePutsEachReplicaUnderItsParent() {
        let text = LineageText(index: nil, language: .en).render(Self.lineage(results: false))
        #expect(text == """
            A  Asal
              agency     Pemerintah Kota Surabaya (city) · Kota Surabaya, Jawa Timur
              status     berjalan (running)
              replicas   3 (2 direct), depth 2 · still running 2 of 3
              provinces  2: Jawa Barat (32), Sulawesi Utara (71)
              regencies  1: Kota Manado (71.71)
              ├─ B  Replika Manado
              │  │ Pemerintah Kota Manado (city) · Kota Manado, Sulawesi Utara · status: uji coba (running)
              │  └─ D  Replika dari B
              │       Pemerintah Kota Manado (city) · Kota Manado, Sulawesi Utara · status: persiapan (not running)
              └─ C  Replika Jabar
                   Pemerintah Provinsi Jawa Barat (province) · Jawa Barat · status: berjalan (running)
            """)
    }

    @Test func inIndonesianWithAnIndexTheValuesAndTheMeanAreShown() {
        let here = SourceLocation(file: "t.xml", line: 1)
        let band = AssessmentIndex.Band(id: "baik", min: 70, label: LocalizedText(["id": "Baik", "en": "Good"], defaultLanguage: "id"),
                                        location: here)
        let index = AssessmentIndex(id: "i", label: LocalizedText(["id": "Indeks"], defaultLanguage: "id"), scale: 100,
                                    combine: .mean, disagreement: nil, bands: [band], gates: [], location: here)
        let text = LineageText(index: index, language: .id).render(Self.lineage(results: true))
        #expect(text.contains("\n  nilai      80 Baik, terverifikasi\n"), "\(text)")
        #expect(text.contains("\n  replikasi  3 (2 langsung), kedalaman 2 · masih berjalan 2 dari 3\n"), "\(text)")
        #expect(text.contains("\n  rata-rata  replikasi 72,5 (1 dinilai) · sendiri 80\n"), "\(text)")
        #expect(text.contains("Provinsi Jawa Barat (provinsi) · Jawa Barat · 72,5 Baik, terverifikasi · status: berjalan"), "\(text)")
        #expect(text.contains("Kota Manado, Sulawesi Utara · belum dinilai · status: uji coba (berjalan)"), "\(text)")
    }
}
