import Foundation
import PKRICore
import Testing

/// `pkri agreement` end to end: which values it pairs, the JSON it writes,
/// the order of questions and the gap, on a workspace built from answer
/// tables. Alpha itself is checked in PKRICoreTests; here the expected
/// figures are computed with it from the tables, by the test's own reading
/// of which answers count.
@Suite("pkri agreement", .serialized)
struct AgreementCommandTests {
    typealias Entry = TrustWorkspace.Entry

    /// Verifiers' latest submitted answers, by subject (what must count).
    static let counted: [String: [[(String, [String])]]] = [
        "I1": [[("status", ["jalan"]), ("jumlah", ["12"]), ("mitra", ["x", "y"]), ("nilai", ["70"]), ("catatan", ["ok"])],
               [("status", ["jalan"]), ("jumlah", ["11"]), ("mitra", ["x"]), ("nilai", ["65"])]],
        "I2": [[("status", ["henti"]), ("alasan", ["dana"]), ("jumlah", ["0"]), ("nilai", ["10"])],
               [("status", ["henti"]), ("alasan", ["sdm"]), ("jumlah", ["3"]), ("nilai", ["20"])]],
        "I3": [[("status", ["jalan"]), ("alasan", ["sdm"]), ("jumlah", ["25"]), ("mitra", ["y", "z"]), ("nilai", ["55.5"])],
               [("status", ["jalan"]), ("jumlah", ["30"]), ("mitra", ["y"]), ("nilai", ["60"])],
               [("status", ["henti"]), ("alasan", ["dana"]), ("jumlah", ["5"]), ("mitra", ["z"]), ("nilai", ["40"])]],
        "I4": [[("status", ["jalan"]), ("jumlah", ["10"]), ("mitra", ["x"]), ("nilai", ["50"])]],
    ]

    static func entries() -> [Entry] {
        var out: [Entry] = []
        for (subject, verifiers) in counted {
            for (i, answers) in verifiers.enumerated() {
                out.append(Entry(subject: subject, assessor: "v\(i + 1)", updated: "2025-08-02T00:00:00Z", answers: answers))
            }
        }
        // Must not count: v1's earlier submission, a verifier's draft, the self-assessments.
        out.append(Entry(subject: "I1", assessor: "v1", updated: "2025-08-01T00:00:00Z",
                         answers: [("status", ["henti"]), ("alasan", ["dana"]), ("jumlah", ["0"]), ("nilai", ["1"])]))
        out.append(Entry(subject: "I1", assessor: "v9", status: .draft, answers: [("status", ["henti"]), ("jumlah", ["99"])]))
        for (subject, jumlah) in [("I1", "20"), ("I2", "15"), ("I3", "30"), ("I4", "40"), ("I5", "50")] {
            out.append(Entry(subject: subject, assessor: "instansi", role: .self,
                             answers: [("status", ["jalan"]), ("jumlah", [jumlah]), ("mitra", ["x", "y", "z"]), ("nilai", ["90"])]))
        }
        return out
    }

    /// The units of one question as the test reads the tables: relevant
    /// (`alasan` only when `status` is `henti`) and answered.
    static func units(_ question: String, subjects: [String] = ["I1", "I2", "I3", "I4"]) -> [[[String]]] {
        subjects.map { s in
            counted[s]!.compactMap { answers -> [String]? in
                let byQuestion = Dictionary(answers, uniquingKeysWith: { a, _ in a })
                if question == "alasan", byQuestion["status"] != ["henti"] { return nil }
                return byQuestion[question]
            }
        }
    }

    static func expectedQuestions() -> [String: Double?] {
        let numbers = { (q: String) in units(q).map { $0.map { Double($0[0])! } } }
        var out: [String: Double?] = [
            "status": ReliabilityData(nominal: units("status").map { $0.map { $0[0] } }).estimate.alpha,
            "alasan": ReliabilityData(nominal: units("alasan").map { $0.map { $0[0] } }).estimate.alpha,
            "jumlah": ReliabilityData(interval: numbers("jumlah")).estimate.alpha,
            "nilai": ReliabilityData(interval: numbers("nilai")).estimate.alpha,
        ]
        let perOption = ["x", "y", "z"].compactMap { o in
            ReliabilityData(nominal: units("mitra").map { $0.map { $0.contains(o) ? 1 : 0 } }).estimate.alpha
        }
        out["mitra"] = perOption.reduce(0, +) / Double(perOption.count)
        return out
    }

    /// The text of a top-level number in a JSON line.
    static func raw(_ key: String, in line: Substring) -> String? {
        guard let r = line.range(of: "\"\(key)\":") else { return nil }
        return String(line[r.upperBound...].prefix { "-+.0123456789eE".contains($0) })
    }

    static func json(_ line: Substring) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func countsEachVerifiersLatestSubmittedAnswers() throws {
        let ws = try TrustWorkspace()
        try ws.add(Self.entries())
        let r = try ws.pkri(["agreement", "--template", "uji-sepakat", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        try #require(lines.count == 1)
        let o = try Self.json(lines[0])
        #expect(o["format"] as? String == "pkri-agreement/1")
        #expect(o["template"] as? String == "uji-sepakat" && o["version"] as? String == "1" && o["index"] as? String == "k")

        // The index: the verifiers' index values as the scorer gives them.
        let t = try TrustWorkspace.template()
        let values = ["I1", "I2", "I3", "I4"].map { s in
            Self.counted[s]!.compactMap { answers in
                Scorer(t).score(answers.map { Answer(question: $0.0, values: $0.1) }).index("k")?.value
                    .map { NSDecimalNumber(decimal: $0).doubleValue }
            }
        }
        let index = ReliabilityData(interval: values).estimate
        // Unrounded: the very double, not three decimals of it (read from
        // the text: JSONSerialization may parse a number less exactly).
        #expect(Self.raw("alpha", in: lines[0]).flatMap(Double.init) == index.alpha)
        #expect(o["subjects"] as? Int == 3)   // I4 has one verifier: not pairable
        #expect(o["values"] as? Int == 7)
        let ci = try #require(o["ci"] as? [Double])
        #expect(ci.count == 2 && ci[0] <= ci[1])

        let questions = try #require(o["questions"] as? [[String: Any]])
        // Lowest agreement first, undefined last, ties in template order.
        let order = ["status", "alasan", "jumlah", "mitra", "nilai"]
        let want = Self.expectedQuestions()
        let sorted = order.enumerated().sorted { a, b in
            switch (want[a.element]!, want[b.element]!) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
        #expect(questions.map { $0["id"] as? String } == sorted)
        let expected = Self.expectedQuestions()
        #expect(Set(questions.compactMap { $0["id"] as? String }) == Set(expected.keys))   // no text question
        for q in questions {
            let id = q["id"] as! String
            let want = expected[id]!
            if let want {
                #expect(abs((q["alpha"] as? Double ?? .nan) - want) < 1e-12, "\(id): \(q)")
            } else {
                #expect(q["alpha"] is NSNull, "\(id): \(q)")
            }
        }
        #expect(questions.first { $0["id"] as? String == "nilai" }?["metric"] as? String == "interval")
        #expect(questions.first { $0["id"] as? String == "mitra" }?["metric"] as? String == "nominal")
        // alasan: relevant for I2 (two answers) and for one verifier of I3 (the other's answer there is not relevant).
        let alasan = try #require(questions.first { $0["id"] as? String == "alasan" })
        #expect(alasan["subjects"] as? Int == 1 && alasan["values"] as? Int == 2)
        let alphas = questions.map { $0["alpha"] as? Double }
        let defined = alphas.prefix { $0 != nil }.map { $0! }
        #expect(defined == defined.sorted())
        #expect(alphas.dropFirst(defined.count).allSatisfy { $0 == nil })
    }

    @Test func theGapIsGroupedByAgencyTypeAndProvince() throws {
        let ws = try TrustWorkspace()
        try ws.add(Self.entries())
        let results = try ws.pkri(["results", "--template", "uji-sepakat", "--json"])
        var gaps: [String: Decimal] = [:]
        for line in results.stdout.split(separator: "\n") {
            let o = try Self.json(line)
            if o["state"] as? String == "verified", let gap = o["gap"] as? NSNumber { gaps[o["subject"] as! String] = gap.decimalValue }
        }
        #expect(gaps.keys.sorted() == ["I1", "I2", "I3", "I4"])
        let r = try ws.pkri(["agreement", "--template", "uji-sepakat", "--json"])
        let gap = try #require(try Self.json(r.stdout.split(separator: "\n")[0])["gap"] as? [String: [[String: Any]]])
        func row(_ g: String, _ key: String) -> [String: Any]? { gap[g]?.first { $0["group"] as? String == key } }
        #expect(gap["agency-type"]?.map { $0["group"] as? String } == ["kabupaten", "kota"])
        #expect(row("agency-type", "kota")?["count"] as? Int == 3)   // I1, I4 (Surabaya), I3 (Manado)
        let kota = [gaps["I1"]!, gaps["I3"]!, gaps["I4"]!]
        #expect((row("agency-type", "kota")?["mean"] as? NSNumber)?.decimalValue == Statistics.mean(kota))
        #expect((row("agency-type", "kota")?["median"] as? NSNumber)?.decimalValue == Statistics.median(kota))
        #expect(gap["province"]?.map { $0["group"] as? String } == ["35", "71"])
        #expect(row("province", "35")?["count"] as? Int == 3)   // I1, I4 (kota), I2 (Banyuwangi)
        #expect((row("province", "71")?["mean"] as? NSNumber)?.decimalValue == gaps["I3"])
    }

    @Test func theSameSeedGivesTheSameOutput() throws {
        let ws = try TrustWorkspace(extra: 40)
        var r = SeededRandom(seed: 5)
        var entries: [Entry] = []
        var units: [[Double]] = []
        for subject in TrustWorkspace.extra(40) {
            let base = r.below(40)
            let values = (1...2).map { _ in base + r.below(15) }
            units.append(values.map(Double.init))
            for (i, v) in values.enumerated() { entries.append(Entry(subject: subject, assessor: "v\(i)", answers: [("jumlah", ["\(v)"])])) }
        }
        try ws.add(entries)
        let a = try ws.pkri(["agreement", "--template", "uji-sepakat@1", "--json", "--seed", "7"])
        let b = try ws.pkri(["agreement", "--template", "uji-sepakat@1", "--json", "--seed", "7"])
        let c = try ws.pkri(["agreement", "--template", "uji-sepakat@1", "--json", "--seed", "8"])
        #expect(a.status == 0 && !a.stdout.isEmpty)
        #expect(a.stdout == b.stdout)
        let ci = { (o: PKRIProcess.Output) in try Self.json(o.stdout.split(separator: "\n")[0])["ci"] as? [Double] }
        #expect(try ci(a) != ci(c))
        // The per-question alpha does not depend on the seed; it is the table's.
        let jumlah = try #require((try Self.json(a.stdout.split(separator: "\n")[0])["questions"] as? [[String: Any]])?
            .first { $0["id"] as? String == "jumlah" })
        #expect(abs((jumlah["alpha"] as? Double ?? .nan) - ReliabilityData(interval: units).estimate.alpha!) < 1e-12)
    }

    @Test func undefinedAlphaIsNullWithTheReasonOnScreen() throws {
        let ws = try TrustWorkspace()
        // One verifier per subject: nothing to pair.
        try ws.add([Entry(subject: "I1", assessor: "v1", answers: [("status", ["jalan"]), ("jumlah", ["12"])]),
                    Entry(subject: "I2", assessor: "v1", answers: [("status", ["henti"]), ("jumlah", ["1"])])])
        let j = try ws.pkri(["agreement", "--template", "uji-sepakat", "--json"])
        let o = try Self.json(j.stdout.split(separator: "\n")[0])
        #expect(o["alpha"] is NSNull)
        #expect(o["ci"] is NSNull)
        #expect(o["subjects"] as? Int == 0 && o["values"] as? Int == 0)
        let screen = try ws.pkri(["agreement", "--template", "uji-sepakat"])
        #expect(screen.status == 0)
        #expect(screen.stdout.contains("Krippendorff's alpha (interval): undefined — fewer than two pairable values"), "\(screen.stdout)")
        let id = try PKRIProcess.run(["agreement", "--template", "uji-sepakat"], environment: ["PKRI_DB": ws.db])
        #expect(id.stdout.contains("Alpha Krippendorff (interval): tidak terdefinisi — kurang dari dua nilai berpasangan"), "\(id.stdout)")
    }

    @Test func unknownTemplateOrIndexIsAnError() throws {
        let ws = try TrustWorkspace()
        let t = try ws.pkri(["agreement", "--template", "tidak-ada"])
        #expect(t.status == 1)
        #expect(t.stderr.contains("template 'tidak-ada' not found"), "\(t.stderr)")
        let i = try ws.pkri(["agreement", "--template", "uji-sepakat", "--index", "zz"])
        #expect(i.status == 1)
        #expect(i.stderr == "pkri: template uji-sepakat has no index 'zz'\n")
    }
}
