import Foundation
import PKRICore
import PKRIWorkspace
import Testing

/// The combined-result cache: filled once, never stale, one identity's rows
/// apart from another's.
@Suite struct ResultCacheContractTests {
    let hub = Principal(.local, "hub")

    /// What joining assessors gives, computed here from the documents themselves.
    func expected(_ docs: [ScoredSubmission], subject: String) -> [SubjectResult] {
        let entries = docs.filter { $0.submission.subject == subject }.sorted { $0.submission.id < $1.submission.id }.map { d in
            ScoredEntry(submission: d.submission.id, assessor: d.submission.assessor, role: d.submission.role,
                        status: d.submission.status, updated: d.submission.updated,
                        values: Dictionary(d.scores.map { ($0.index, $0.value) }, uniquingKeysWith: { a, _ in a }), answers: nil)
        }
        return ContractFixture.combine(ContractFixture.template)(subject, entries)
    }

    func cached(_ s: any WorkspaceStore, _ key: ResultKey = ContractFixture.key, indices: Set<String>? = nil)
        async throws -> [(String, [SubjectResult]?)] {
        var out: [(String, [SubjectResult]?)] = []
        try await s.forEachResult(key, kind: .innovation, subject: nil, indices: indices) { out.append(($0.id, $1)) }
        return out
    }

    @Test(arguments: StoreKind.allCases)
    func aFillStoresWhatCombiningGivesForEverySubjectInByteOrder(_ kind: StoreKind) async throws {
        let s = try await kind.makeStore().store
        try await ContractFixture.seed(s)
        let docs = [ContractFixture.scored(subject: "INOV-a", seed: 1),
                    ContractFixture.scored(subject: "INOV-a", seed: 2, role: .self),
                    ContractFixture.scored(subject: "inov-c", seed: 3)]
        _ = try await s.merge(docs, as: hub)
        let key = ContractFixture.key
        #expect(try await !s.resultsComplete(key))
        #expect(try await s.fillResults(key, kind: .innovation, subject: nil, combine: ContractFixture.combine(ContractFixture.template)) == 3)
        #expect(try await s.resultsComplete(key))
        #expect(try await s.fillResults(key, kind: .innovation, subject: nil, combine: ContractFixture.combine(ContractFixture.template)) == 0)
        let rows = try await cached(s)
        #expect(rows.map(\.0) == ["INOV-B", "INOV-a", "inov-c"])
        for (subject, results) in rows { #expect(results == expected(docs, subject: subject), "\(subject)") }
        #expect(rows[0].1?.allSatisfy { $0.state == .notStarted } == true)
        let one = try #require(ContractFixture.template.indices.first).id
        #expect(try await cached(s, indices: [one]).allSatisfy { $0.1?.map(\.index) == [one] })
        #expect(try await s.scoredEntries(key, subject: "INOV-a").map(\.submission) == docs.prefix(2).map(\.submission.id).sorted())
        await s.close()
    }

    /// Many subjects missing (after an import): a store may read every
    /// submission in one pass, page by page; the rows are the same.
    @Test(arguments: StoreKind.allCases)
    func aFillOfManySubjectsMatchesCombiningEachOne(_ kind: StoreKind) async throws {
        let s = try await kind.makeStore().store
        try await ContractFixture.seed(s)
        // 150 more innovations, ids in mixed case; every third without submissions.
        let many = (0..<150).map { Innovation(id: ($0 % 2 == 0 ? "N-" : "n-") + String(format: "%03d", $0), name: "\($0)",
                                              agency: "kemenpanrb") }
        _ = try await s.mergeRegistry(.innovations(many))
        var docs: [ScoredSubmission] = []
        for (i, innovation) in many.enumerated() where i % 3 != 0 {
            docs.append(ContractFixture.scored(subject: innovation.id, seed: UInt64(10 + 2 * i)))
            if i % 3 == 1 { docs.append(ContractFixture.scored(subject: innovation.id, seed: UInt64(11 + 2 * i), role: .self)) }
        }
        for start in stride(from: 0, to: docs.count, by: 64) {
            _ = try await s.merge(Array(docs[start..<min(start + 64, docs.count)]), as: hub)
        }
        let filled = try await s.fillResults(ContractFixture.key, kind: .innovation, subject: nil,
                                             combine: ContractFixture.combine(ContractFixture.template))
        #expect(filled == 153)
        let rows = try await cached(s)
        #expect(rows.map(\.0) == rows.map(\.0).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(rows.count == 153)
        for (subject, results) in rows { #expect(results == expected(docs, subject: subject), "\(subject)") }
        await s.close()
    }

    @Test(arguments: StoreKind.allCases)
    func aMergeDropsItsSubjectsRowsAndTheCacheIsNeverStale(_ kind: StoreKind) async throws {
        let s = try await kind.makeStore().store
        try await ContractFixture.seed(s)
        let first = ContractFixture.scored(subject: "INOV-a", seed: 1)
        _ = try await s.merge([first], as: hub)
        let combine = ContractFixture.combine(ContractFixture.template)
        _ = try await s.fillResults(ContractFixture.key, kind: .innovation, subject: nil, combine: combine)
        let second = ContractFixture.scored(subject: "INOV-a", seed: 2)
        _ = try await s.merge([second], as: hub)
        #expect(try await !s.resultsComplete(ContractFixture.key))
        let rows = try await cached(s)
        #expect(rows.first { $0.0 == "INOV-a" }?.1 == nil)          // dropped, not stale
        #expect(rows.first { $0.0 == "INOV-B" }?.1 != nil)          // others kept
        #expect(try await s.fillResults(ContractFixture.key, kind: .innovation, subject: "INOV-a", combine: combine) == 1)
        #expect(try await cached(s).first { $0.0 == "INOV-a" }?.1 == expected([first, second], subject: "INOV-a"))
        await s.close()
    }

    /// A what-if (a template derived in memory) has its own identity: its
    /// fill neither reads nor writes the real template's rows, and entries
    /// scored with another text come with their answers to score again.
    @Test(arguments: StoreKind.allCases)
    func anotherIdentityHasRowsOfItsOwn(_ kind: StoreKind) async throws {
        let s = try await kind.makeStore().store
        try await ContractFixture.seed(s)
        let doc = ContractFixture.scored(subject: "INOV-a", seed: 1)
        _ = try await s.merge([doc], as: hub)
        var whatIf = ContractFixture.key
        whatIf.identity = "what-if:\(UUID().uuidString)"
        let entries = try await s.scoredEntries(whatIf, subject: "INOV-a")
        #expect(entries.count == 1 && entries[0].values == nil && entries[0].answers == doc.submission.answers)
        let marker = SubjectResult(subject: "", index: "what-if", value: 1, band: nil, assessors: 0, spread: nil,
                                   disagreement: false, claimed: nil, gap: nil, state: .draft)
        _ = try await s.fillResults(whatIf, kind: .innovation, subject: nil) { subject, _ in
            var r = marker
            r.subject = subject
            return [r]
        }
        #expect(try await s.resultsComplete(whatIf))
        #expect(try await !s.resultsComplete(ContractFixture.key))
        #expect(try await cached(s).allSatisfy { $0.1 == nil })
        #expect(try await cached(s, whatIf).allSatisfy { $0.1?.map(\.index) == ["what-if"] })
        await s.close()
    }
}
