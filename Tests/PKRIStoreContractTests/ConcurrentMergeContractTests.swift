import PKRICore
import PKRIWorkspace
import Testing

/// Four hubs importing into one workspace at the same moment, each with
/// connections of its own, their batches overlapping: nothing is lost,
/// nothing duplicated, every id is new exactly once, and no hub sees a
/// failure (lost races are retried inside the store).
@Suite struct ConcurrentMergeContractTests {
    @Test(arguments: StoreKind.allCases)
    func fourWritersLoseAndDuplicateNothing(_ kind: StoreKind) async throws {
        let workspace = try await kind.makeStore()
        try await ContractFixture.seed(workspace.store)
        let subjects = ContractFixture.innovations.map(\.id)
        // 60 documents every hub holds (a shared export), 40 of each hub's own.
        let shared = (0..<60).map { ContractFixture.scored(subject: subjects[$0 % 3], seed: 1_000 + UInt64($0)) }
        let own = (0..<4).map { hub in (0..<40).map { ContractFixture.scored(subject: subjects[$0 % 3], seed: UInt64(hub * 100 + $0)) } }
        let outcomes = try await withThrowingTaskGroup(of: [MergeOutcome].self) { group in
            for hub in 0..<4 {
                group.addTask {
                    let store = try await workspace.reopen()
                    var documents = shared + own[hub]
                    var random = SeededRandom(seed: UInt64(hub))
                    documents.shuffle(using: &random)
                    var all: [MergeOutcome] = []
                    for start in stride(from: 0, to: documents.count, by: 8) {
                        let batch = Array(documents[start..<min(start + 8, documents.count)])
                        all += try await store.merge(batch, as: Principal(.local, "hub-\(hub)"))
                    }
                    await store.close()
                    return all
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        let unique = 60 + 4 * 40
        #expect(outcomes.count == 4 * 100)
        #expect(outcomes.filter { $0 == .new }.count == unique)
        #expect(outcomes.filter { $0 == .unchanged }.count == 3 * 60)
        #expect(outcomes.allSatisfy { $0 == .new || $0 == .unchanged }, "\(outcomes.filter { $0 != .new && $0 != .unchanged })")
        let stored = try await workspace.store.submissions(SubmissionFilter())
        #expect(stored.count == unique)
        #expect(Set(stored.map(\.id)).count == unique)
        var created = 0
        for subject in subjects { created += try await workspace.store.history(subject: subject).filter { $0.entry.field == .created }.count }
        #expect(created == unique)
        await workspace.store.close()
    }
}
