import PKRICore

/// The registry: the agencies and innovations assessments are about.
/// Records are added and updated, never removed, so a check of references
/// made against an earlier read stays true.
public protocol RegistryStore: Sendable {
    /// Stores checked records in one transaction: new ids are added, stored
    /// ones that differ are updated, the rest left alone.
    func mergeRegistry(_ records: RegistryFile.Records) async throws(ServiceError) -> RegistryMergeOutcome

    /// Agencies by id (byte order); with `region`, those in it: a province
    /// code (`35`) includes its kabupaten/kota, `35.78` just that one.
    func agencies(region: String?) async throws(ServiceError) -> [Agency]

    /// Innovations by id (byte order); with `region`, those whose agency is in it.
    func innovations(region: String?) async throws(ServiceError) -> [Innovation]

    func agency(_ id: String) async throws(ServiceError) -> Agency?
    func innovation(_ id: String) async throws(ServiceError) -> Innovation?

    /// Whether the registry holds this subject for templates of this kind.
    func subjectExists(_ id: String, kind: Template.Subject) async throws(ServiceError) -> Bool
}

/// Ids a registry merge added, updated and left as they were, in the order given.
public struct RegistryMergeOutcome: Sendable, Hashable {
    public var added: [String] = []
    public var updated: [String] = []
    public var unchanged: [String] = []

    public init(added: [String] = [], updated: [String] = [], unchanged: [String] = []) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
    }
}
