import Foundation
@testable import PKRIStore
import PKRICore
import Testing

/// `pkri rank`: competition ranking ("1, 2, 2, 4") as award lists are
/// drawn, `--top N` keeping the ties at the boundary, and tie-breaks by
/// another index or by the number of verifiers, only when asked.
@Suite struct RankTests {
    /// Innovations with the given final `a` values, each from one verifier.
    static func fixture(_ values: [(String, Decimal?)]) throws -> ResultsFixture {
        let f = try ResultsFixture()
        try f.agency("pemkot-sby", .kota, region: "35.78")
        for (subject, a) in values {
            try f.innovation(subject, agency: "pemkot-sby")
            if let a { try f.assess(subject, "tpi-1", .verifier, a: a) }
        }
        return f
    }

    /// (rank, subject) rows of `pkri rank --format csv`.
    static func ranks(_ f: ResultsFixture, _ extra: [String] = []) throws -> [(Int, String)] {
        let r = try f.pkri(["rank", "--index", "a", "--format", "csv"] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return PKRIBinary.csv(r.stdout).dropFirst().map { (Int($0[1]) ?? -1, $0[2]) }
    }

    static func same(_ a: [(Int, String)], _ b: [(Int, String)]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    @Test func equalValuesShareARankAndTheNextRankSkips() throws {
        let f = try Self.fixture([("A", 90), ("B", 80), ("C", 80), ("D", 70), ("E", nil)])
        // In the library: entries without a value are left out.
        let group = try #require(try f.workspace.groupedResults(template: try f.template(), index: "a", by: nil, language: .en).first)
        let ranked = Ranking.rank(group.results.filter { $0.index == "a" }.map { Ranking.Entry(result: $0) })
        #expect(ranked.map(\.rank) == [1, 2, 2, 4])
        #expect(ranked.map(\.result.subject) == ["A", "B", "C", "D"])
        // And on the command line.
        let ranks = try Self.ranks(f)
        #expect(Self.same(ranks, [(1, "A"), (2, "B"), (2, "C"), (4, "D")]), "\(ranks)")
    }

    @Test func topKeepsEveryTieAtTheBoundary() throws {
        let f = try Self.fixture([("A", 90), ("B", 80), ("C", 80), ("D", 70)])
        #expect(Self.same(try Self.ranks(f, ["--top", "1"]), [(1, "A")]))
        #expect(Self.same(try Self.ranks(f, ["--top", "2"]), [(1, "A"), (2, "B"), (2, "C")]))   // C ties with B at 2
        #expect(Self.same(try Self.ranks(f, ["--top", "3"]), [(1, "A"), (2, "B"), (2, "C")]))   // no rank 3; D is 4th
        #expect(Self.same(try Self.ranks(f, ["--top", "4"]), [(1, "A"), (2, "B"), (2, "C"), (4, "D")]))
    }

    @Test func tiesAreBrokenByAnotherIndexOnlyWhenAsked() throws {
        let f = try ResultsFixture()
        try f.agency("pemkot-sby", .kota, region: "35.78")
        // a ties at 80 for W, X, Y, Z; b (median) breaks it, higher first; W and Z have no b.
        let rows: [(String, Decimal, Decimal?)] = [("V", 90, 0), ("W", 80, nil), ("X", 80, 60), ("Y", 80, 70), ("Z", 80, nil)]
        for (subject, a, b) in rows {
            try f.innovation(subject, agency: "pemkot-sby")
            try f.assess(subject, "tpi-1", .verifier, a: a, b: b)
        }
        let plain = try Self.ranks(f)
        #expect(Self.same(plain, [(1, "V"), (2, "W"), (2, "X"), (2, "Y"), (2, "Z")]), "\(plain)")
        let broken = try Self.ranks(f, ["--tie-break", "b"])
        // Y (b 70) before X (b 60); W and Z, without b, after them and still tied with each other.
        #expect(Self.same(broken, [(1, "V"), (2, "Y"), (3, "X"), (4, "W"), (4, "Z")]), "\(broken)")
        #expect(Self.same(try Self.ranks(f, ["--tie-break", "b", "--top", "3"]), [(1, "V"), (2, "Y"), (3, "X")]))
    }

    @Test func tiesAreBrokenByTheNumberOfVerifiers() throws {
        let f = try ResultsFixture()
        try f.agency("pemkot-sby", .kota, region: "35.78")
        for s in ["P", "Q", "S", "T"] { try f.innovation(s, agency: "pemkot-sby") }
        for n in 1...3 { try f.assess("P", "tpi-\(n)", .verifier, a: 80) }
        for n in 1...2 { try f.assess("Q", "tpi-\(n)", .verifier, a: 80) }
        for n in 1...2 { try f.assess("T", "tpi-\(n)", .verifier, a: 80) }
        try f.assess("S", "opd", .self, a: 80)            // self-only: no verifier at all
        let ranks = try Self.ranks(f, ["--tie-break", "verified"])
        #expect(Self.same(ranks, [(1, "P"), (2, "Q"), (2, "T"), (4, "S")]), "\(ranks)")
        #expect(Self.same(try Self.ranks(f, ["--tie-break", "verified", "--top", "2"]), [(1, "P"), (2, "Q"), (2, "T")]))
        #expect(Self.same(try Self.ranks(f), [(1, "P"), (1, "Q"), (1, "S"), (1, "T")]))
    }

    @Test func ranksStartAgainInEachGroup() throws {
        let f = try ResultsFixture()
        try f.agency("pemkot-sby", .kota, region: "35.78")
        try f.agency("pemkot-bdg", .kota, region: "32.73")
        for (s, agency, a) in [("A", "pemkot-sby", 70), ("B", "pemkot-sby", 90), ("C", "pemkot-bdg", 60), ("D", "pemkot-bdg", 60)] {
            try f.innovation(s, agency: agency)
            try f.assess(s, "tpi-1", .verifier, a: Decimal(a))
        }
        let r = try f.pkri(["rank", "--index", "a", "--by", "province", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = PKRIBinary.csv(r.stdout).dropFirst().map { "\($0[0]) \($0[1]) \($0[2])" }
        #expect(rows == ["32 1 C", "32 1 D", "35 1 B", "35 2 A"])
    }

    @Test func anUnknownTieBreakIsRefused() throws {
        let f = try Self.fixture([("A", 90)])
        let r = try f.pkri(["rank", "--index", "a", "--tie-break", "nope", "--lang", "en"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("--tie-break must be 'verified' or an index of template uji-hasil"), "\(r.stderr)")
    }
}
