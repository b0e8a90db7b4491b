import Foundation
import PKRICore
import Testing

/// `pkri sensitivity` end to end, on subjects with random answers.
@Suite("pkri sensitivity", .serialized)
struct SensitivityCommandTests {
    typealias Entry = TrustWorkspace.Entry

    /// 40 subjects, each a self-assessment and one to three verifiers with random answers.
    static func workspace() throws -> TrustWorkspace {
        let ws = try TrustWorkspace(extra: 40)
        var r = SeededRandom(seed: 11)
        var entries: [Entry] = []
        for subject in TrustWorkspace.extra(40) {
            for a in 0..<(2 + r.below(3)) {
                let mitra = ["x", "y", "z"].filter { _ in r.chance(0.5) }
                entries.append(Entry(subject: subject, assessor: a == 0 ? "instansi" : "v\(a)", role: a == 0 ? .self : .verifier,
                                     answers: [("status", [r.chance(0.85) ? "jalan" : "henti"]), ("jumlah", ["\(r.below(20))"]),
                                               ("nilai", ["\(r.below(100))"])] + (mitra.isEmpty ? [] : [("mitra", mitra)])))
            }
        }
        try ws.add(entries)
        return ws
    }

    static func json(_ out: PKRIProcess.Output) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any], "\(out.stderr)")
    }

    static func subjects(_ o: [String: Any]) -> [[String: Any]] { o["subjects"] as? [[String: Any]] ?? [] }

    /// With a spread of 0 every run recombines the published values from
    /// the stored section ratios: every rank, band and award holds.
    @Test func noSpreadReproducesThePublishedRanking() throws {
        let ws = try Self.workspace()
        let o = try Self.json(try ws.pkri(["sensitivity", "--template", "uji-sepakat", "--index", "k", "--spread", "0",
                                           "--runs", "20", "--top", "10", "--json"]))
        let rank = try ws.pkri(["rank", "--index", "k", "--json"])
        let published = rank.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let subjects = Self.subjects(o)
        #expect(subjects.count == published.count && subjects.count > 30)
        for (s, p) in zip(subjects, published) {
            #expect(s["subject"] as? String == p["subject"] as? String)
            #expect(s["rank"] as? Int == p["rank"] as? Int)
            #expect((s["value"] as? NSNumber)?.decimalValue == (p["value"] as? NSNumber)?.decimalValue)
            #expect(s["rankP5"] as? Int == p["rank"] as? Int && s["rankP95"] as? Int == p["rank"] as? Int, "\(s)")
            let bands = s["bands"] as? [String: Double] ?? [:]
            #expect(bands[p["band"] as! String] == 1, "\(s)")
            #expect(s["awardStable"] as? Bool == true)
        }
        #expect((o["tau"] as? [String: Any])?["median"] as? Double == 1)
        #expect(o["format"] as? String == "pkri-sensitivity/1" && o["runs"] as? Int == 20 && o["top"] as? Int == 10)
    }

    /// One run, checked against scoring the answers again with the run's
    /// weights (a what-if through the real scorer and combiner): the same ranks.
    @Test func aRunRanksAsRescoringWithItsWeightsWould() throws {
        let ws = try Self.workspace()
        let seed: UInt64 = 3
        var random = SeededRandom.stream(0, of: seed)
        let factors = (0..<2).map { _ in random.uniform(0.5, 1.5) }
        let weights = zip(["s1", "s2"], zip([2.0, 1.0], factors)).map { "section,\($0.0),\(String(format: "%.15f", $0.1.0 * $0.1.1))" }
        try ws.write("run0.csv", "kind,id,weight\n" + weights.joined(separator: "\n") + "\n")
        let o = try Self.json(try ws.pkri(["sensitivity", "--template", "uji-sepakat", "--index", "k", "--spread", "0.5",
                                           "--runs", "1", "--seed", "\(seed)", "--json"]))
        let rescored = try ws.pkri(["rank", "--index", "k", "--json", "--weights", "run0.csv"])
        var rankOf: [String: Int] = [:]
        for line in rescored.stdout.split(separator: "\n") {
            let p = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            rankOf[p["subject"] as! String] = p["rank"] as? Int
        }
        let subjects = Self.subjects(o)
        #expect(subjects.count == rankOf.count)
        var moved = 0
        for s in subjects {
            let id = s["subject"] as! String
            #expect(s["rankP5"] as? Int == rankOf[id], "\(id)")
            if s["rankP5"] as? Int != s["rank"] as? Int { moved += 1 }
        }
        #expect(moved > 0)   // the weights changed something
    }

    @Test func theSameSeedGivesTheSameOutput() throws {
        let ws = try Self.workspace()
        let args = ["sensitivity", "--template", "uji-sepakat", "--index", "k", "--runs", "200", "--spread", "0.5", "--top", "5"]
        let a = try ws.pkri(args + ["--seed", "9"]), b = try ws.pkri(args + ["--seed", "9"]), c = try ws.pkri(args + ["--seed", "10"])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout)
        #expect(a.stdout != c.stdout)
        #expect(a.stdout.contains("Kendall's tau, published ranking vs each run: median"))
        #expect(a.stdout.contains("Top 5: "))
        let j = try Self.json(try ws.pkri(args + ["--seed", "9", "--json"]))
        let tau = try #require(j["tau"] as? [String: Double])
        #expect(tau["p5"]! <= tau["median"]! && tau["median"]! < 1)
        for s in Self.subjects(j) {
            #expect((s["rankP5"] as! Int) <= (s["rankP95"] as! Int))
            let shares = (s["bands"] as! [String: Double]).values.reduce(0, +)
            #expect(abs(shares - 1) < 1e-9)
        }
    }

    /// Scores stored before section sums were kept are filled in once,
    /// with the same figures.
    @Test func scoresWithoutSectionsAreFilledIn() throws {
        let ws = try Self.workspace()
        let args = ["sensitivity", "--template", "uji-sepakat", "--index", "k", "--runs", "50", "--json"]
        let before = try ws.pkri(args)
        let cleared = try PKRIProcess.run([ws.db, "UPDATE score SET sections = NULL, gate = NULL; SELECT changes();"],
                                          program: URL(fileURLWithPath: "/usr/bin/sqlite3"))
        #expect(Int(cleared.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 100)
        let after = try ws.pkri(args)
        #expect(after.status == 0 && after.stdout == before.stdout)
        let left = try PKRIProcess.run([ws.db, "SELECT COUNT(*) FROM score s JOIN submission u ON u.id = s.submission WHERE u.status = 'submitted' AND s.sections IS NULL"],
                                       program: URL(fileURLWithPath: "/usr/bin/sqlite3"))
        #expect(left.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test func badOptionsAreUsageErrors() throws {
        let ws = try TrustWorkspace()
        let spread = try ws.pkri(["sensitivity", "--template", "uji-sepakat", "--index", "k", "--spread", "1"])
        #expect(spread.status == 64)
        #expect(spread.stderr.contains("--spread must be at least 0 and less than 1"), "\(spread.stderr)")
        let runs = try ws.pkri(["sensitivity", "--template", "uji-sepakat", "--index", "k", "--runs", "0"])
        #expect(runs.status == 64)
        let index = try ws.pkri(["sensitivity", "--template", "uji-sepakat", "--index", "zz"])
        #expect(index.status == 1 && index.stderr == "pkri: template uji-sepakat has no index 'zz'\n")
    }
}
