import Foundation
import GRDB
@testable import PKRIStore
import PKRICore
import PKRIXML
import Testing

/// The combined-result cache (migration v5, Workspace+ResultCache.swift):
/// results read from it once it is filled, and never stale — every way a
/// subject's submissions or scores change drops its rows in the same
/// transaction, and the next reader computes them again.
@Suite struct ResultCacheTests {
    static func fixture(innovations: Int = 2) throws -> ResultsFixture {
        try ResultsTests.fixture(innovations: innovations)
    }

    /// Cached rows of one subject (index → value text).
    static func cached(_ f: ResultsFixture, _ subject: String) throws -> [String: String?] {
        try f.workspace.read { db in
            var out: [String: String?] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT indexId, value FROM result WHERE subject = ?", arguments: [subject]) {
                out[row[0]] = row[1] as String?
            }
            return out
        }
    }

    @Test func resultsFillTheCacheForEveryRegisteredSubjectAndReadFromIt() throws {
        let f = try Self.fixture()
        try f.assess("I1", "opd", .self, a: 70, b: 40)
        #expect(try f.result("I1").value == 70)
        #expect(try Self.cached(f, "I1") == ["a": "70", "b": "40"])
        #expect(try Self.cached(f, "I2") == ["a": nil, "b": nil])   // not started, cached too
        // A row planted in the cache is what results report: they read it.
        try f.workspace.write { db in try db.execute(sql: "UPDATE result SET value = '12.5' WHERE subject = 'I1' AND indexId = 'a'") }
        #expect(try f.result("I1").value == Decimal(string: "12.5"))
    }

    @Test func aNewSubmissionDropsTheSubjectsRowsOnly() throws {
        let f = try Self.fixture()
        try f.assess("I1", "opd", .self, a: 70)
        try f.assess("I2", "opd", .self, a: 50)
        #expect(try f.result("I1").value == 70)
        try f.assess("I1", "tpi-1", .verifier, a: 90)
        #expect(try Self.cached(f, "I1").isEmpty)         // dropped in the insert's transaction
        #expect(try Self.cached(f, "I2")["a"] == "50")    // another subject's rows stay
        let r = try f.result("I1")
        #expect(r.value == 90)
        #expect(r.state == .verified)
        #expect(r.gap == 20)
    }

    /// Answering and submitting through the store's own path (`commit`, as
    /// `pkri assess` does): the cached result follows the new answers.
    @Test func savingAnAssessmentRecomputes() throws {
        let f = try Self.fixture()
        let id = try f.assess("I1", "tpi-1", .verifier, a: 80, status: .draft)
        #expect(try f.result("I1").state == .draft)
        #expect(try f.result("I1").value == nil)
        let s = try #require(try f.workspace.submission(id: id))
        let qa = Answer(question: "qa", values: ["ya"]), qb = Answer(question: "qb", values: ["tidak"])
        for change in [SubmissionChange.answer(question: "qa", from: s.answer("qa"), to: qa),
                       .answer(question: "qb", from: s.answer("qb"), to: qb),
                       .status(.submitted, reviewed: [qa, qb])] {
            let current = try #require(try f.workspace.submission(id: id))
            #expect(try f.workspace.commit(change, to: current, actor: s.assessor, at: "2025-07-02T10:00:00Z").outcome == .applied)
        }
        let r = try f.result("I1")
        #expect(r.state == .verified)
        #expect(r.value == 100)   // scored from the saved answers, not the 80 planted before
        #expect(try f.result("I1", "b").value == 0)
        #expect(try Self.cached(f, "I1") == ["a": "100", "b": "0"])
    }

    @Test func aChangedOrDeletedScoreRecomputes() throws {
        let f = try Self.fixture()
        let id = try f.assess("I1", "tpi-1", .verifier, a: 80)
        #expect(try f.result("I1").value == 80)
        try f.workspace.write { db in
            try db.execute(sql: "UPDATE score SET value = '60' WHERE submission = ? AND indexId = 'a'", arguments: [id])
        }
        #expect(try f.result("I1").value == 60)
        try f.workspace.write { db in try db.execute(sql: "DELETE FROM score WHERE submission = ?", arguments: [id]) }
        // No score row left: recomputed from the (empty) answers, which earn 0 of 1.
        #expect(try f.result("I1").value == 0)
    }

    @Test func aDeletedSubmissionRecomputes() throws {
        let f = try Self.fixture()
        try f.assess("I1", "opd", .self, a: 70)
        let id = try f.assess("I1", "tpi-1", .verifier, a: 90)
        #expect(try f.result("I1").value == 90)
        try f.workspace.write { db in try db.execute(sql: "DELETE FROM submission WHERE id = ?", arguments: [id]) }
        let r = try f.result("I1")
        #expect(r.value == 70)
        #expect(r.state == .selfOnly)
    }

    @Test func aSubjectRegisteredLaterIsListed() throws {
        let f = try Self.fixture(innovations: 1)
        try f.assess("I1", "opd", .self, a: 70)
        #expect(try f.results().results.keys.sorted() == ["I1"])
        try f.innovation("I9", agency: "pemkot-sby")
        let all = try f.results().results
        #expect(all.keys.sorted() == ["I1", "I9"])
        #expect(all["I9"]?["a"]?.state == .notStarted)
    }

    @Test func eachTemplateVersionHasItsOwnRows() throws {
        let f = try Self.fixture(innovations: 1)
        try f.addTemplate(version: "2")
        try f.assess("I1", "opd", .self, a: 70, version: "1")
        try f.assess("I1", "opd", .self, a: 30, version: "2")
        #expect(try f.results("1").results["I1"]?["a"]?.value == 70)
        #expect(try f.results("2").results["I1"]?["a"]?.value == 30)
        #expect(try f.results("1").results["I1"]?["a"]?.value == 70)
    }

    /// Results computed while a subject's rows are missing (a writer dropped
    /// them after the cache was brought up to date) equal the cached ones.
    @Test func aMissingRowIsComputedByTheReader() throws {
        let f = try Self.fixture()
        try f.assess("I1", "opd", .self, a: 70)
        try f.assess("I1", "tpi-1", .verifier, a: 81)
        try f.assess("I1", "tpi-2", .verifier, a: 60)
        let cached = try f.result("I1")
        let t = try f.template()
        let computed = try f.workspace.read { db in try f.workspace.computeResults(of: "I1", template: t, in: db) }
        #expect(computed.first { $0.index == "a" } == cached)
        #expect(cached.value == Decimal(string: "70.5"))
        #expect(cached.disagreement)   // spread 21 > 15
    }
}
