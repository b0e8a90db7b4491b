import PKRICore
import PKRIWorkspace
import Testing

/// The merge rules, applied by each store in its own transaction.
@Suite struct SubmissionContractTests {
    let hub = Principal(.local, "operator-hub-jatim")

    @Test(arguments: StoreKind.allCases)
    func mergingAgainChangesNothing(_ kind: StoreKind) async throws {
        let s = try await kind.makeStore().store
        try await ContractFixture.seed(s)
        let doc = ContractFixture.scored()
        #expect(try await s.merge([doc], as: hub) == [.new])
        #expect(try await s.merge([doc], as: hub) == [.unchanged])
        #expect(try await s.submission(id: doc.submission.id) == doc.submission)
        let history = try await s.history(subject: "INOV-a")
        #expect(history.map(\.entry.field) == [.created])
        #expect(history.first?.entry.actor == doc.submission.assessor)
        await s.close()
    }

    @Test(arguments: StoreKind.allCases)
    func aLaterVersionReplacesAndEachChangeIsAudited(_ kind: StoreKind) async throws {
        let s = try await kind.makeStore().store
        try await ContractFixture.seed(s)
        let first = ContractFixture.scored()
        _ = try await s.merge([first], as: hub)
        var later = first.submission
        later.status = .draft
        later.updated = "2026-06-02T10:00:00Z"
        let outcomes = try await s.merge([ContractFixture.score(later)], as: hub)
        #expect(outcomes == [.updated(changes: 1)])
        #expect(try await s.submission(id: later.id)?.status == .draft)
        let history = try await s.history(subject: "INOV-a").map(\.entry)
        #expect(history.map(\.field) == [.created, .status])
        #expect(history.last.map { ($0.old, $0.new) } ?? (nil, nil) == ("submitted", "draft"))
        #expect(history.compactMap(\.seq) == history.compactMap(\.seq).sorted() && history.allSatisfy { $0.seq != nil })
        await s.close()
    }

    @Test(arguments: StoreKind.allCases)
    func anythingButALaterVersionOfTheSameOwnerIsAConflictAndNothingIsOverwritten(_ kind: StoreKind) async throws {
        let s = try await kind.makeStore().store
        try await ContractFixture.seed(s)
        let first = ContractFixture.scored()
        _ = try await s.merge([first], as: hub)
        var same = first.submission
        same.status = .draft                                   // other content, same `updated`
        var stolen = first.submission
        stolen.assessor = "someone-else"
        stolen.updated = "2026-07-01T00:00:00Z"
        let outcomes = try await s.merge([ContractFixture.score(same), ContractFixture.score(stolen)], as: hub)
        #expect(outcomes == [
            .conflict(.notLater(stored: SubmissionStamp(first.submission), incoming: SubmissionStamp(same))),
            .conflict(.ownedByAnother(stored: SubmissionOwner(first.submission), incoming: SubmissionOwner(stolen))),
        ])
        #expect(try await s.submission(id: first.submission.id) == first.submission)
        #expect(try await s.history(subject: "INOV-a").count == 1)
        await s.close()
    }

    @Test(arguments: StoreKind.allCases)
    func listingsFilterAndOrderBySubjectThenUpdate(_ kind: StoreKind) async throws {
        let s = try await kind.makeStore().store
        try await ContractFixture.seed(s)
        let docs = [
            ContractFixture.scored(subject: "inov-c", seed: 1, updated: "2026-06-01T10:00:00Z"),
            ContractFixture.scored(subject: "INOV-a", seed: 2, updated: "2026-06-03T10:00:00Z", status: .draft),
            ContractFixture.scored(subject: "INOV-a", seed: 3, updated: "2026-06-02T10:00:00Z"),
            ContractFixture.scored(subject: "INOV-B", seed: 4, updated: "2026-06-01T10:00:00Z"),
        ]
        #expect(try await s.merge(docs, as: hub) == [.new, .new, .new, .new])
        #expect(try await s.submissions(SubmissionFilter()).map(\.assessor) == ["tpi-4", "tpi-3", "tpi-2", "tpi-1"])
        #expect(try await s.submissions(SubmissionFilter(subject: "INOV-a")).map(\.assessor) == ["tpi-3", "tpi-2"])
        #expect(try await s.submissions(SubmissionFilter(status: .draft)).map(\.assessor) == ["tpi-2"])
        #expect(try await s.submissions(SubmissionFilter(template: "other")).isEmpty)
        #expect(try await s.subjectsWithSubmissions(template: nil) == ["INOV-B", "INOV-a", "inov-c"])
        #expect(try await s.subjectsWithSubmissions(template: "other").isEmpty)
        #expect(try await s.countSubmissions(template: ContractFixture.template.id, otherThan: ContractFixture.template.version) == 0)
        #expect(try await s.countSubmissions(template: ContractFixture.template.id, otherThan: "0.0-other") == 4)
        await s.close()
    }

    /// Who acted is recorded beside the document's assessor. SQLite joins
    /// this case once its audit table has a principal column (a migration
    /// of the SQLite schema, left for when Workspace's code moves).
    @Test(arguments: [StoreKind.postgres])
    func theActingPrincipalIsRecordedBesideTheAssessor(_ kind: StoreKind) async throws {
        let s = try await kind.makeStore().store
        try await ContractFixture.seed(s)
        let doc = ContractFixture.scored()
        _ = try await s.merge([doc], as: Principal(.authenticated, "budi@menpan.go.id"))
        let record = try #require(try await s.history(subject: "INOV-a").first)
        #expect(record.principal == Principal(.authenticated, "budi@menpan.go.id"))
        #expect(record.entry.actor == doc.submission.assessor)
        await s.close()
    }
}
