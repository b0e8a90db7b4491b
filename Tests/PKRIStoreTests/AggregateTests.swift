import Foundation
@testable import PKRIStore
import PKRICore
import Testing

/// `pkri aggregate`: every grouping on one fixed sample, compared with
/// figures worked out by hand from the spec and the command's help.
///
/// The sample (index `a`: mean; bands tinggi ≥ 70, sedang ≥ 50, rendah):
///
/// | subject | agency (type, region)                    | KIPP          | assessors            | final | state      |
/// |---------|------------------------------------------|---------------|----------------------|-------|------------|
/// | I1      | pemkot-sby (kota, 35.78)                 | 2019 Top 45   | V 80, V 70           | 75    | verified   |
/// | I2      | pemkab-bwi (kabupaten, 35.10)            | 2019 Top 99   | S 90                 | 90    | self-only  |
/// | I3      | dinkes-35 (provinsi, 35; provincial)     | 2020 Top 99   | S 70, V 60           | 60    | verified   |
/// | I4      | pemprov-35 (provinsi, 35)                | 2020 Top 45   | —                    | —     | not-started|
/// | I5      | bank-jatim (bumd, 35)                    | 2021 Top 45   | S 50 draft           | —     | draft      |
/// | I6      | pemkot-bdg (kota, 32.73)                 | 2019 Top 99   | V 55.55, V 55.56     | 55.56 | verified   |
/// | I7      | kemenkes (kementerian, national)         | —             | S 40                 | 40    | self-only  |
/// | I8      | pln (bumn, national)                     | 2019 Top 99   | V 100                | 100   | verified   |
/// | I9      | bkn-kanreg (lembaga office, 35.78)       | 2021 Top 45   | V 65                 | 65    | verified   |
/// | I10     | pemprov-32 (provinsi, 32)                | 2020 Top 99   | S 72.5               | 72.5  | self-only  |
///
/// I6: (55.55 + 55.56) / 2 = 55.555 → 55.56. Standard deviations are the
/// sample ones (n − 1) of the rounded finals, rounded to two decimals.
@Suite struct AggregateTests {
    static func sample() throws -> ResultsFixture {
        let f = try ResultsFixture()
        try f.agency("pemprov-35", .provinsi, region: "35", name: "Pemerintah Provinsi Jawa Timur")
        try f.agency("dinkes-35", .provinsi, region: "35", parent: "pemprov-35", name: "Dinas Kesehatan Provinsi Jawa Timur")
        try f.agency("bank-jatim", .bumd, region: "35", parent: "pemprov-35", name: "Bank Jatim")
        try f.agency("pemkot-sby", .kota, region: "35.78", name: "Pemerintah Kota Surabaya")
        try f.agency("bkn", .lembaga, name: "Badan Kepegawaian Negara")
        try f.agency("bkn-kanreg", .lembaga, region: "35.78", parent: "bkn", name: "Kantor Regional II BKN")
        try f.agency("pemkab-bwi", .kabupaten, region: "35.10", name: "Pemerintah Kabupaten Banyuwangi")
        try f.agency("pemprov-32", .provinsi, region: "32", name: "Pemerintah Provinsi Jawa Barat")
        try f.agency("pemkot-bdg", .kota, region: "32.73", name: "Pemerintah Kota Bandung")
        try f.agency("kemenkes", .kementerian, name: "Kementerian Kesehatan")
        try f.agency("pln", .bumn, name: "PT PLN (Persero)")
        let innovations: [(String, String, Int?, String?)] = [
            ("I1", "pemkot-sby", 2019, "Top 45"), ("I2", "pemkab-bwi", 2019, "Top 99"), ("I3", "dinkes-35", 2020, "Top 99"),
            ("I4", "pemprov-35", 2020, "Top 45"), ("I5", "bank-jatim", 2021, "Top 45"), ("I6", "pemkot-bdg", 2019, "Top 99"),
            ("I7", "kemenkes", nil, nil), ("I8", "pln", 2019, "Top 99"), ("I9", "bkn-kanreg", 2021, "Top 45"),
            ("I10", "pemprov-32", 2020, "Top 99"),
        ]
        for (id, agency, year, award) in innovations { try f.innovation(id, agency: agency, year: year, award: award) }
        try f.assess("I1", "tpi-1", .verifier, a: 80)
        try f.assess("I1", "tpi-2", .verifier, a: 70)
        try f.assess("I2", "opd", .self, a: 90)
        try f.assess("I3", "opd", .self, a: 70)
        try f.assess("I3", "tpi-1", .verifier, a: 60)
        try f.assess("I5", "opd", .self, a: 50, status: .draft)
        try f.assess("I6", "tpi-1", .verifier, a: Decimal(string: "55.55"))
        try f.assess("I6", "tpi-2", .verifier, a: Decimal(string: "55.56"))
        try f.assess("I7", "opd", .self, a: 40)
        try f.assess("I8", "tpi-1", .verifier, a: 100)
        try f.assess("I9", "tpi-1", .verifier, a: 65)
        try f.assess("I10", "opd", .self, a: Decimal(string: "72.5"))
        return f
    }

    /// One line per group: group|name|subjects|scored|verified|mean|median|min|max|stddev|tinggi/sedang/rendah.
    static func lines(_ f: ResultsFixture, by grouping: Grouping, language: Language = .id) throws -> [String] {
        try f.workspace.aggregate(template: try f.template(), index: "a", by: grouping, language: language).map { g in
            let n = { (d: Decimal?) in d.map(DecimalText.format) ?? "-" }
            let bands = ["tinggi", "sedang", "rendah"].map { "\(g.bands[$0] ?? 0)" }.joined(separator: "/")
            return [g.group, g.name, "\(g.subjects)", "\(g.scored)", "\(g.verified)", n(g.mean), n(g.median),
                    n(g.min), n(g.max), n(g.standardDeviation), bands].joined(separator: "|")
        }
    }

    @Test func byProvinceRollsUpKabupatenKotaAndProvincialAgencies() throws {
        #expect(try Self.lines(try Self.sample(), by: .province) == [
            // 55.56, 72.5: mean 64.03; sd √((8.47² + 8.47²) / 1) = 11.978… → 11.98
            "32|Jawa Barat|2|2|1|64.03|64.03|55.56|72.5|11.98|1/1/0",
            // I1 75, I2 90, I3 60, I9 65 (I4, I5 registered, no value): mean 72.5, median (65 + 75) / 2 = 70,
            // sd √((2.5² + 17.5² + 12.5² + 7.5²) / 3) = √175 = 13.228… → 13.23
            "35|Jawa Timur|6|4|3|72.5|70|60|90|13.23|2/2/0",
            // kemenkes 40, pln 100: mean 70, sd √(30² · 2 / 1) = 42.426… → 42.43
            "nasional|Nasional (kementerian, lembaga, BUMN)|2|2|1|70|70|40|100|42.43|1/0/1",
        ])
    }

    @Test func byRegencyPutsProvincialAgenciesUnderTheProvinceCode() throws {
        #expect(try Self.lines(try Self.sample(), by: .regency) == [
            "32|Jawa Barat|1|1|0|72.5|72.5|72.5|72.5|-|1/0/0",
            "32.73|Kota Bandung|1|1|1|55.56|55.56|55.56|55.56|-|0/1/0",
            "35|Jawa Timur|3|1|1|60|60|60|60|-|0/1/0",             // dinkes-35, pemprov-35, bank-jatim
            "35.10|Kabupaten Banyuwangi|1|1|0|90|90|90|90|-|1/0/0",
            "35.78|Kota Surabaya|2|2|2|70|70|65|75|7.07|1/1/0",     // pemkot-sby and BKN's regional office
            "nasional|Nasional (kementerian, lembaga, BUMN)|2|2|1|70|70|40|100|42.43|1/0/1",
        ])
    }

    @Test func byAgencyType() throws {
        #expect(try Self.lines(try Self.sample(), by: .agencyType) == [
            "bumd|bumd|1|0|0|-|-|-|-|-|0/0/0",
            "bumn|bumn|1|1|1|100|100|100|100|-|1/0/0",
            "kabupaten|kabupaten|1|1|0|90|90|90|90|-|1/0/0",
            "kementerian|kementerian|1|1|0|40|40|40|40|-|0/0/1",
            "kota|kota|2|2|2|65.28|65.28|55.56|75|13.75|1/1/0",      // (75 + 55.56) / 2; 19.44 / √2 = 13.746…
            "lembaga|lembaga|1|1|1|65|65|65|65|-|0/1/0",
            "provinsi|provinsi|3|2|1|66.25|66.25|60|72.5|8.84|1/1/0",  // 12.5 / √2 = 8.838…
        ])
    }

    @Test func byKIPPYear() throws {
        #expect(try Self.lines(try Self.sample(), by: .kippYear) == [
            "-|tanpa KIPP|1|1|0|40|40|40|40|-|0/0/1",
            // 75, 90, 55.56, 100: mean 320.56 / 4 = 80.14; median (75 + 90) / 2 = 82.5;
            // sd √((5.14² + 9.86² + 24.58² + 19.86²) / 3) = √374.0784 = 19.341… → 19.34
            "2019|KIPP 2019|4|4|3|80.14|82.5|55.56|100|19.34|3/1/0",
            "2020|KIPP 2020|3|2|1|66.25|66.25|60|72.5|8.84|1/1/0",
            "2021|KIPP 2021|2|1|1|65|65|65|65|-|0/1/0",
        ])
    }

    @Test func byAward() throws {
        #expect(try Self.lines(try Self.sample(), by: .award, language: .en) == [
            "-|no award|1|1|0|40|40|40|40|-|0/0/1",
            "Top 45|Top 45|4|2|2|70|70|65|75|7.07|1/1/0",
            // 90, 60, 55.56, 100, 72.5: mean 378.06 / 5 = 75.612 → 75.61; median 72.5;
            // sd √((14.388² + 15.612² + 20.052² + 24.388² + 3.112²) / 4) = √364.32272 = 19.087… → 19.09
            "Top 99|Top 99|5|5|3|75.61|72.5|55.56|100|19.09|3/2/0",
        ])
    }

    @Test func byAgency() throws {
        #expect(try Self.lines(try Self.sample(), by: .agency) == [
            "bank-jatim|Bank Jatim|1|0|0|-|-|-|-|-|0/0/0",
            "bkn-kanreg|Kantor Regional II BKN|1|1|1|65|65|65|65|-|0/1/0",
            "dinkes-35|Dinas Kesehatan Provinsi Jawa Timur|1|1|1|60|60|60|60|-|0/1/0",
            "kemenkes|Kementerian Kesehatan|1|1|0|40|40|40|40|-|0/0/1",
            "pemkab-bwi|Pemerintah Kabupaten Banyuwangi|1|1|0|90|90|90|90|-|1/0/0",
            "pemkot-bdg|Pemerintah Kota Bandung|1|1|1|55.56|55.56|55.56|55.56|-|0/1/0",
            "pemkot-sby|Pemerintah Kota Surabaya|1|1|1|75|75|75|75|-|1/0/0",
            "pemprov-32|Pemerintah Provinsi Jawa Barat|1|1|0|72.5|72.5|72.5|72.5|-|1/0/0",
            "pemprov-35|Pemerintah Provinsi Jawa Timur|1|0|0|-|-|-|-|-|0/0/0",
            "pln|PT PLN (Persero)|1|1|1|100|100|100|100|-|1/0/0",
        ])
    }

    // MARK: - the command

    @Test func commandPrintsTheSameFiguresAsCSV() throws {
        let r = try Self.sample().pkri(["aggregate", "--index", "a", "--by", "province", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == [
            "index,by,group,name,subjects,scored,verified,mean,median,min,max,stddev,bands.tinggi,bands.sedang,bands.rendah",
            "a,province,32,Jawa Barat,2,2,1,64.03,64.03,55.56,72.5,11.98,1,1,0",
            "a,province,35,Jawa Timur,6,4,3,72.5,70,60,90,13.23,2,2,0",
            "a,province,nasional,\"Nasional (kementerian, lembaga, BUMN)\",2,2,1,70,70,40,100,42.43,1,0,1",
        ].map { $0 + "\r\n" }.joined())
    }

    @Test func minNHidesGroupsWithFewerRegisteredSubjects() throws {
        let f = try Self.sample()
        func groups(_ n: Int, by: String) throws -> [String] {
            let r = try f.pkri(["aggregate", "--index", "a", "--by", by, "--min-n", "\(n)", "--format", "csv"])
            #expect(r.status == 0, "\(r.stderr)")
            return PKRIBinary.csv(r.stdout).dropFirst().map { $0[2] }
        }
        #expect(try groups(2, by: "province") == ["32", "35", "nasional"])
        #expect(try groups(3, by: "province") == ["35"])             // 6 registered subjects, 4 of them scored
        #expect(try groups(7, by: "province") == [])
        // Counted over registered subjects, not scored ones: 35 has 3 subjects, 1 scored.
        #expect(try groups(3, by: "regency") == ["35"])
    }
}
