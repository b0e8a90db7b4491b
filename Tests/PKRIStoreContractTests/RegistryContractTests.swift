import PKRICore
import PKRIWorkspace
import Testing

@Suite struct RegistryContractTests {
    @Test(arguments: StoreKind.allCases)
    func mergingTellsAddedUpdatedAndUnchangedIds(_ kind: StoreKind) async throws {
        let s = try await kind.makeStore().store
        #expect(try await s.mergeRegistry(.agencies(ContractFixture.agencies)).added == ContractFixture.agencies.map(\.id))
        var renamed = ContractFixture.agencies
        renamed[1].name = "Pemprov Jatim"
        let again = try await s.mergeRegistry(.agencies(renamed))
        #expect(again == RegistryMergeOutcome(added: [], updated: ["pemprov-jatim"], unchanged: ["pemkot-surabaya", "kemenpanrb"]))
        #expect(try await s.agency("pemprov-jatim")?.name == "Pemprov Jatim")
        _ = try await s.mergeRegistry(.innovations(ContractFixture.innovations))
        #expect(try await s.innovation("inov-c") == ContractFixture.innovations[2])
        #expect(try await s.innovation("nothing") == nil)
        await s.close()
    }

    /// Ids in byte order, whatever the server's locale (the test cluster
    /// collates Indonesian by ICU): what the result cache's merges rely on.
    @Test(arguments: StoreKind.allCases)
    func listingsAreInByteOrderAndRegionsIncludeTheirRegencies(_ kind: StoreKind) async throws {
        let s = try await kind.makeStore().store
        try await ContractFixture.seed(s)
        #expect(try await s.innovations(region: nil).map(\.id) == ["INOV-B", "INOV-a", "inov-c"])
        #expect(try await s.agencies(region: nil).map(\.id) == ["kemenpanrb", "pemkot-surabaya", "pemprov-jatim"])
        #expect(try await s.agencies(region: "35").map(\.id) == ["pemkot-surabaya", "pemprov-jatim"])
        #expect(try await s.agencies(region: "35.78").map(\.id) == ["pemkot-surabaya"])
        #expect(try await s.agencies(region: "3").isEmpty)
        #expect(try await s.innovations(region: "35").map(\.id) == ["INOV-B", "INOV-a"])
        #expect(try await s.subjectExists("INOV-a", kind: .innovation))
        #expect(try await !s.subjectExists("inov-a", kind: .innovation))
        #expect(try await s.subjectExists("kemenpanrb", kind: .agency))
        await s.close()
    }
}
