import Foundation
@testable import PKRIStore
import PKRICore
import PKRIXML
import Testing

/// `pkri results`: joining assessors as the spec's "Joining several
/// assessors" says, on a real workspace. Index `a` combines by mean with a
/// disagreement threshold of 15, index `b` by median without one. Every
/// expected figure is worked out from the spec by hand in the comment
/// beside it.
@Suite struct ResultsTests {
    /// A fixture with one agency and innovations `I1`…`In`.
    static func fixture(innovations: Int = 1) throws -> ResultsFixture {
        let f = try ResultsFixture()
        try f.agency("pemkot-sby", .kota, region: "35.78")
        for i in 1...innovations { try f.innovation("I\(i)", agency: "pemkot-sby") }
        return f
    }

    // MARK: - combining

    @Test func verifiersAreCombinedByMeanAndRoundedHalfAwayFromZero() throws {
        let f = try Self.fixture()
        try f.assess("I1", "opd", .self, a: 90)
        try f.assess("I1", "tpi-1", .verifier, a: 80)
        try f.assess("I1", "tpi-2", .verifier, a: 70.55)
        let r = try f.result("I1")
        #expect(r.value == Decimal(string: "75.28"))   // (80 + 70.55) / 2 = 75.275 → 75.28 (binary floating point gives 75.27)
        #expect(r.band == "tinggi")                    // greatest min ≤ 75.28 is 70
        #expect(r.assessors == 2)                      // the self-assessment is not combined
        #expect(r.spread == Decimal(string: "9.45"))   // 80 − 70.55
        #expect(r.disagreement == false)
        #expect(r.claimed == 90)
        #expect(r.gap == Decimal(string: "-14.72"))    // 75.28 − 90
        #expect(r.state == .verified)
    }

    @Test func meanOfThreeIsRoundedOnceAtTheEnd() throws {
        let f = try Self.fixture()
        for (n, v) in [(1, "33.33"), (2, "33.33"), (3, "33.35")].map({ ($0.0, Decimal(string: $0.1)!) }) {
            try f.assess("I1", "tpi-\(n)", .verifier, a: v)
        }
        #expect(try f.result("I1").value == Decimal(string: "33.34"))   // 100.01 / 3 = 33.33666… → 33.34
    }

    @Test func medianTakesTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() throws {
        let f = try Self.fixture(innovations: 3)
        for (n, v) in [90, 60, 80, 70].enumerated() { try f.assess("I1", "tpi-\(n)", .verifier, a: 1, b: Decimal(v)) }
        for (n, v) in [10, 50, 20].enumerated() { try f.assess("I2", "tpi-\(n)", .verifier, a: 1, b: Decimal(v)) }
        try f.assess("I3", "tpi-1", .verifier, a: 1, b: Decimal(string: "70.01"))
        try f.assess("I3", "tpi-2", .verifier, a: 1, b: Decimal(string: "70.02"))
        #expect(try f.result("I1", "b").value == 75)                          // sorted 60 70 80 90: (70 + 80) / 2
        #expect(try f.result("I2", "b").value == 20)                          // sorted 10 20 50
        #expect(try f.result("I3", "b").value == Decimal(string: "70.02"))    // 70.015 → 70.02
        #expect(try f.result("I1", "b").band == "baik")
    }

    @Test func withoutAVerifierTheSelfAssessmentIsFinal() throws {
        let f = try Self.fixture()
        try f.assess("I1", "opd", .self, a: Decimal(string: "64.5"))
        let r = try f.result("I1")
        #expect(r.value == Decimal(string: "64.5"))
        #expect(r.band == "sedang")
        #expect(r.assessors == 1)
        #expect(r.spread == 0)           // one value
        #expect(r.claimed == r.value)    // no verifier: claimed equals the final value…
        #expect(r.gap == 0)              // …and the gap is 0
        #expect(r.state == .selfOnly)
    }

    @Test func draftsAreIgnored() throws {
        let f = try Self.fixture(innovations: 2)
        try f.assess("I1", "opd", .self, a: 80)
        try f.assess("I1", "tpi-1", .verifier, a: 10, status: .draft, updated: "2025-09-01T10:00:00Z")
        let r = try f.result("I1")
        #expect(r.value == 80)               // the verifier's draft is not a verifier
        #expect(r.state == .selfOnly)
        #expect(r.claimed == 80)
        #expect(r.gap == 0)

        try f.assess("I2", "opd", .self, a: 80, status: .draft)
        try f.assess("I2", "tpi-1", .verifier, a: 70)
        let v = try f.result("I2")
        #expect(v.value == 70)
        #expect(v.claimed == nil)            // the self-assessment is only a draft
        #expect(v.gap == nil)
    }

    @Test func eachAssessorCountsOnceWithTheirLatestSubmitted() throws {
        let f = try Self.fixture()
        // tpi-1 scored at the desk, then again at the interview; then left a later draft.
        try f.assess("I1", "tpi-1", .verifier, a: 60, updated: "2025-06-10T10:00:00Z")
        try f.assess("I1", "tpi-1", .verifier, a: 80, updated: "2025-08-10T10:00:00Z")
        try f.assess("I1", "tpi-1", .verifier, a: 10, status: .draft, updated: "2025-09-10T10:00:00Z")
        try f.assess("I1", "tpi-2", .verifier, a: 70)
        let r = try f.result("I1")
        #expect(r.value == 75)               // mean(80, 70); counting both of tpi-1 would give 70
        #expect(r.assessors == 2)
        #expect(r.spread == 10)
    }

    @Test func latestIsByTimeNotByTextOfTheTimestamp() throws {
        let f = try Self.fixture()
        // 12:00+07:00 is 05:00Z, earlier than 09:00Z although its text sorts later.
        try f.assess("I1", "tpi-1", .verifier, a: 60, updated: "2025-06-10T12:00:00+07:00")
        try f.assess("I1", "tpi-1", .verifier, a: 90, updated: "2025-06-10T09:00:00Z")
        #expect(try f.result("I1").value == 90)
    }

    @Test func nullValuesAreLeftOut() throws {
        let f = try Self.fixture(innovations: 2)
        try f.assess("I1", "opd", .self, a: 95)
        try f.assess("I1", "tpi-1", .verifier, a: 80)
        try f.assess("I1", "tpi-2", .verifier, a: nil)    // could not be scored
        let r = try f.result("I1")
        #expect(r.value == 80)               // not (80 + 0) / 2
        #expect(r.spread == 0)
        #expect(r.gap == -15)

        // Verifiers exist but none has a value: the final value is null, not the self's.
        try f.assess("I2", "opd", .self, a: 70)
        try f.assess("I2", "tpi-1", .verifier, a: nil)
        let n = try f.result("I2")
        #expect(n.value == nil)
        #expect(n.band == nil)
        #expect(n.spread == nil)
        #expect(n.gap == nil)
        #expect(n.claimed == 70)
        #expect(n.state == .verified)
    }

    @Test func spreadAboveTheThresholdFlagsForReview() throws {
        let f = try Self.fixture(innovations: 3)
        try f.assess("I1", "tpi-1", .verifier, a: 60, b: 10)
        try f.assess("I1", "tpi-2", .verifier, a: 75, b: 90)
        try f.assess("I2", "tpi-1", .verifier, a: 60)
        try f.assess("I2", "tpi-2", .verifier, a: Decimal(string: "75.01"))
        try f.assess("I3", "tpi-1", .verifier, a: 50)
        let r = try f.results().results
        #expect(r["I1"]?["a"]?.spread == 15)
        #expect(r["I1"]?["a"]?.disagreement == false)    // 15 is not above 15
        #expect(r["I2"]?["a"]?.spread == Decimal(string: "15.01"))
        #expect(r["I2"]?["a"]?.disagreement == true)
        #expect(r["I1"]?["b"]?.spread == 80)
        #expect(r["I1"]?["b"]?.disagreement == false)    // index b has no threshold
        #expect(r["I3"]?["a"]?.spread == 0)
        #expect(r["I3"]?["a"]?.disagreement == false)
    }

    @Test func claimedIsTheLatestSubmittedSelfAssessment() throws {
        let f = try Self.fixture(innovations: 2)
        try f.assess("I1", "opd", .self, a: 90, updated: "2025-05-01T10:00:00Z")
        try f.assess("I1", "opd", .self, a: 85, updated: "2025-06-01T10:00:00Z")
        try f.assess("I1", "opd", .self, a: 99, status: .draft, updated: "2025-07-01T10:00:00Z")
        try f.assess("I1", "tpi-1", .verifier, a: 70)
        let r = try f.result("I1")
        #expect(r.claimed == 85)
        #expect(r.gap == -15)                // 70 − 85
        #expect(r.assessors == 1)

        try f.assess("I2", "tpi-1", .verifier, a: 70)   // no self-assessment at all
        let n = try f.result("I2")
        #expect(n.claimed == nil)
        #expect(n.gap == nil)
        #expect(n.state == .verified)
    }

    @Test func statesFollowWhatWasSubmitted() throws {
        let f = try Self.fixture(innovations: 5)
        try f.assess("I2", "opd", .self, a: 50, status: .draft)
        try f.assess("I3", "opd", .self, a: 50)
        try f.assess("I4", "opd", .self, a: 50)
        try f.assess("I4", "tpi-1", .verifier, a: 40)
        try f.assess("I5", "tpi-1", .verifier, a: 40, status: .draft)
        let r = try f.results().results
        #expect(r["I1"]?["a"]?.state == .notStarted)
        #expect(r["I1"]?["a"]?.value == nil)
        #expect(r["I1"]?["a"]?.assessors == 0)
        #expect(r["I2"]?["a"]?.state == .draft)
        #expect(r["I2"]?["a"]?.value == nil)
        #expect(r["I3"]?["a"]?.state == .selfOnly)
        #expect(r["I4"]?["a"]?.state == .verified)
        #expect(r["I5"]?["a"]?.state == .draft)       // a verifier's draft is still only a draft
        #expect(r.count == 5)                          // every registered subject, assessed or not
    }

    @Test func oneTemplateVersionAtATime() throws {
        let f = try Self.fixture()
        try f.addTemplate(version: "2")
        try f.assess("I1", "tpi-1", .verifier, a: 40)
        try f.assess("I1", "tpi-2", .verifier, a: 100, version: "2")
        let (results, leftOut) = try f.results("1")
        #expect(results["I1"]?["a"]?.value == 40)
        #expect(leftOut == 1)
        let (v2, leftOut2) = try f.results("2")
        #expect(v2["I1"]?["a"]?.value == 100)
        #expect(leftOut2 == 1)
    }

    // MARK: - how the table names things

    /// On screen a band and a state read as their labels in `--lang`; CSV
    /// and JSON keep the ids a program matches on.
    @Test func theScreenShowsLabelsMachineFormatsIds() throws {
        let f = try Self.fixture()
        try f.assess("I1", "opd", .self, a: 80)
        let screen = try f.pkri(["results", "--index", "a", "--lang", "id"])
        #expect(screen.status == 0, "\(screen.stderr)\(screen.stdout)")
        let row = try #require(screen.stdout.split(separator: "\n").first { $0.hasPrefix("I1") })
        #expect(row.contains("Tinggi") && row.contains("mandiri saja"), "\(row)")
        #expect(!row.contains("tinggi ") && !row.contains("self-only"), "\(row)")
        let csv = try f.pkri(["results", "--index", "a", "--format", "csv"])
        #expect(csv.stdout.split(separator: "\r\n").dropFirst().first == "I1,uji-hasil,1,a,80,tinggi,1,0,false,80,0,self-only")
    }

    // MARK: - the score cache against real scoring

    /// Documents imported for real: scored on import, combined from the cache.
    @Test func importedDocumentsAreScoredAndCombined() throws {
        let f = try Self.fixture()
        let t = try f.template()
        func document(_ assessor: String, _ role: Submission.Role, qa: String, qb: String, n: Int) throws -> String {
            let s = Submission(id: "00000000-0000-4000-9000-00000000000\(n)", template: t.id, templateVersion: t.version,
                               subject: "I1", assessor: assessor, role: role, status: .submitted,
                               created: "2025-06-01T08:00:00Z", updated: "2025-06-02T08:00:00Z",
                               answers: [Answer(question: "qa", values: [qa]), Answer(question: "qb", values: [qb])])
            let path = "\(f.folder)/\(assessor).xml"
            try SubmissionWriter.xml(s).write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let assessors: [(String, Submission.Role, String, String)] = [
            ("opd", .`self`, "ya", "ya"), ("tpi-1", .verifier, "ya", "tidak"), ("tpi-2", .verifier, "tidak", "tidak"),
        ]
        for (i, (assessor, role, qa, qb)) in assessors.enumerated() {
            let outcome = f.workspace.importSubmission(contentsOf: try document(assessor, role, qa: qa, qb: qb, n: i), language: .en).outcome
            #expect(outcome == .new)
        }
        let a = try f.result("I1", "a"), b = try f.result("I1", "b")
        #expect(a.value == 50)          // verifiers 100 and 0
        #expect(a.band == "sedang")
        #expect(a.spread == 100)
        #expect(a.disagreement)
        #expect(a.claimed == 100)
        #expect(a.gap == -50)
        #expect(b.value == 0)           // median(0, 0)
        #expect(b.band == "kurang")
    }

    /// A cache row written by another template text is recomputed from the answers.
    @Test func aForeignCacheRowIsNotTrusted() throws {
        let f = try Self.fixture()
        let t = try f.template()
        let s = Submission(id: "00000000-0000-4000-9000-000000000001", template: t.id, templateVersion: t.version,
                           subject: "I1", assessor: "tpi-1", role: .verifier, status: .submitted,
                           created: "2025-06-01T08:00:00Z", updated: "2025-06-02T08:00:00Z",
                           answers: [Answer(question: "qa", values: ["ya"])])
        try f.workspace.write { db in
            try s.insert(db)
            try db.execute(sql: "INSERT INTO score (submission, templateSha256, indexId, value) VALUES (?, ?, 'a', '12')",
                           arguments: [s.id, String(repeating: "0", count: 64)])
        }
        #expect(try f.result("I1", "a").value == 100)   // qa = ya; not the stale 12
        #expect(try f.result("I1", "b").value == 0)     // qb unanswered but relevant: earns 0 of 1
    }
}
