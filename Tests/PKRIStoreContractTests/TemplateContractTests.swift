import PKRICore
import PKRIWorkspace
import Testing

/// Templates: bound for ever to the bytes first added under an id and version.
@Suite struct TemplateContractTests {
    @Test(arguments: StoreKind.allCases)
    func addingTheSameTemplateTwiceChangesNothingAndOtherBytesAreRefused(_ kind: StoreKind) async throws {
        let s = try await kind.makeStore().store
        let record = try ContractFixture.record()
        #expect(try await s.addTemplate(record) == .added)
        #expect(try await s.addTemplate(record) == .unchanged)
        var changed = record
        changed.xml += Array(" ".utf8)
        changed.sha256 = SHA256.hex(changed.xml)
        await #expect(throws: ServiceError.templateVersionTaken(id: record.id, version: record.version, storedSHA256: record.sha256)) {
            _ = try await s.addTemplate(changed)
        }
        #expect(try await s.template(TemplateReference(id: record.id, version: record.version))?.xml == record.xml)
        await s.close()
    }

    @Test(arguments: StoreKind.allCases)
    func anIdAloneNamesItsLatestAddedVersion(_ kind: StoreKind) async throws {
        let s = try await kind.makeStore().store
        let base = try ContractFixture.record()
        for (version, at) in [("1", "2026-01-01T00:00:00Z"), ("3", "2026-03-01T00:00:00Z"), ("2", "2026-02-01T00:00:00Z")] {
            var r = base
            r.version = version
            r.addedAt = at
            _ = try await s.addTemplate(r)
        }
        var other = base
        other.id = "Zeta"
        _ = try await s.addTemplate(other)
        #expect(try await s.template(TemplateReference(base.id))?.version == "3")
        #expect(try await s.template(TemplateReference("\(base.id)@2"))?.version == "2")
        #expect(try await s.template(TemplateReference("\(base.id)@9")) == nil)
        #expect(try await s.template(TemplateReference("nothing")) == nil)
        // By id in byte order ("Zeta" before "pkri-…"), newest first within an id, without bytes.
        let listed = try await s.templates()
        #expect(listed.map { "\($0.id)@\($0.version)" } == ["Zeta@\(base.version)", "\(base.id)@3", "\(base.id)@2", "\(base.id)@1"])
        #expect(listed.allSatisfy { $0.xml.isEmpty })
        await s.close()
    }
}
