import GRDB
import PKRICore
import PKRIWorkspace

extension SQLiteStore {
    public func mergeRegistry(_ records: RegistryFile.Records) async throws(ServiceError) -> RegistryMergeOutcome {
        try await asyncWrite { db in
            var outcome = RegistryMergeOutcome()
            func merge<R: FetchableRecord & PersistableRecord & Equatable>(_ record: R, id: String) throws {
                switch try R.fetchOne(db, key: id) {
                case nil:
                    try record.insert(db)
                    outcome.added.append(id)
                case let old? where old != record:
                    try record.update(db)
                    outcome.updated.append(id)
                case _?:
                    outcome.unchanged.append(id)
                }
            }
            switch records {
            case .agencies(let agencies): for a in agencies { try merge(a, id: a.id) }
            case .innovations(let innovations): for i in innovations { try merge(i, id: i.id) }
            }
            return outcome
        }
    }

    public func agencies(region: String?) async throws(ServiceError) -> [Agency] {
        try await asyncRead { db in try Agency.all().inRegion(region).order(Agency.Columns.id).fetchAll(db) }
    }

    public func innovations(region: String?) async throws(ServiceError) -> [Innovation] {
        try await asyncRead { db in
            var request = Innovation.all()
            if let region {
                request = request.filter(Agency.select(Agency.Columns.id).inRegion(region).contains(Innovation.Columns.agency))
            }
            return try request.order(Innovation.Columns.id).fetchAll(db)
        }
    }

    public func agency(_ id: String) async throws(ServiceError) -> Agency? {
        try await asyncRead { db in try Agency.fetchOne(db, key: id) }
    }

    public func innovation(_ id: String) async throws(ServiceError) -> Innovation? {
        try await asyncRead { db in try Innovation.fetchOne(db, key: id) }
    }

    public func subjectExists(_ id: String, kind: Template.Subject) async throws(ServiceError) -> Bool {
        try await asyncRead { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM \(kind.registryTable) WHERE id = ?", arguments: [id]) != nil
        }
    }
}
