import Foundation
import PKRICore
import PKRIWorkspace
import PostgresNIO

extension PostgresStore {
    public func mergeRegistry(_ records: RegistryFile.Records) async throws(ServiceError) -> RegistryMergeOutcome {
        try await transaction { c in
            // Writers hold the result lock shared: a cache fill waits for them (PostgresStore+Results).
            try await c.query("SELECT pg_advisory_xact_lock_shared(\(Self.resultLock))", logger: logger)
            var outcome = RegistryMergeOutcome()
            switch records {
            case .agencies(let agencies):
                for a in agencies {
                    let stored = try await c.query("""
                        SELECT id, name, type, region, parent, extra FROM agency WHERE id = \(a.id) FOR UPDATE
                        """, logger: logger).decode((String, String, String, String?, String?, String).self).all().first
                        .map(Self.agency)
                    switch stored {
                    case nil:
                        try await c.query("""
                            INSERT INTO agency (id, name, type, region, parent, extra)
                            VALUES (\(a.id), \(a.name), \(a.type.rawValue), \(a.region), \(a.parent), \(Self.json(a.extra)))
                            """, logger: logger)
                        outcome.added.append(a.id)
                    case let old? where old != a:
                        try await c.query("""
                            UPDATE agency SET name = \(a.name), type = \(a.type.rawValue), region = \(a.region),
                                parent = \(a.parent), extra = \(Self.json(a.extra)) WHERE id = \(a.id)
                            """, logger: logger)
                        outcome.updated.append(a.id)
                    case _?:
                        outcome.unchanged.append(a.id)
                    }
                }
            case .innovations(let innovations):
                for i in innovations {
                    let stored = try await c.query("""
                        SELECT \(unescaped: Self.innovationColumns) FROM innovation WHERE id = \(i.id) FOR UPDATE
                        """, logger: logger).decode(InnovationRow.self).all().first.map(Self.innovation)
                    switch stored {
                    case nil:
                        try await c.query("""
                            INSERT INTO innovation (id, name, agency, kipp_year, kipp_award, replicates, status, extra)
                            VALUES (\(i.id), \(i.name), \(i.agency), \(i.kippYear), \(i.kippAward), \(i.replicates),
                                    \(i.status), \(Self.json(i.extra)))
                            """, logger: logger)
                        outcome.added.append(i.id)
                    case let old? where old != i:
                        try await c.query("""
                            UPDATE innovation SET name = \(i.name), agency = \(i.agency), kipp_year = \(i.kippYear),
                                kipp_award = \(i.kippAward), replicates = \(i.replicates), status = \(i.status),
                                extra = \(Self.json(i.extra)) WHERE id = \(i.id)
                            """, logger: logger)
                        outcome.updated.append(i.id)
                    case _?:
                        outcome.unchanged.append(i.id)
                    }
                }
            }
            return outcome
        }
    }

    public func agencies(region: String?) async throws(ServiceError) -> [Agency] {
        try await connection { c in
            let rows: PostgresRowSequence
            if let region {
                rows = try await c.query("""
                    SELECT id, name, type, region, parent, extra FROM agency
                    WHERE \(Self.inRegion("region", placeholder: "$1")) ORDER BY id
                    """.withBinds(region), logger: logger)
            } else {
                rows = try await c.query("SELECT id, name, type, region, parent, extra FROM agency ORDER BY id", logger: logger)
            }
            return try await rows.decode((String, String, String, String?, String?, String).self).all().map(Self.agency)
        }
    }

    public func innovations(region: String?) async throws(ServiceError) -> [Innovation] {
        try await connection { c in
            let rows: PostgresRowSequence
            if let region {
                rows = try await c.query("""
                    SELECT \(Self.innovationColumns) FROM innovation
                    WHERE agency IN (SELECT id FROM agency WHERE \(Self.inRegion("region", placeholder: "$1")))
                    ORDER BY id
                    """.withBinds(region), logger: logger)
            } else {
                rows = try await c.query("SELECT \(unescaped: Self.innovationColumns) FROM innovation ORDER BY id", logger: logger)
            }
            return try await rows.decode(InnovationRow.self).all().map(Self.innovation)
        }
    }

    public func agency(_ id: String) async throws(ServiceError) -> Agency? {
        try await connection { c in
            try await c.query("SELECT id, name, type, region, parent, extra FROM agency WHERE id = \(id)", logger: logger)
                .decode((String, String, String, String?, String?, String).self).all().first.map(Self.agency)
        }
    }

    public func innovation(_ id: String) async throws(ServiceError) -> Innovation? {
        try await connection { c in
            try await c.query("SELECT \(unescaped: Self.innovationColumns) FROM innovation WHERE id = \(id)", logger: logger)
                .decode(InnovationRow.self).all().first.map(Self.innovation)
        }
    }

    public func subjectExists(_ id: String, kind: Template.Subject) async throws(ServiceError) -> Bool {
        try await connection { c in
            try await c.query("SELECT 1 FROM \(unescaped: kind.registryTable) WHERE id = \(id)", logger: logger).all().count == 1
        }
    }
}

extension PostgresStore {
    typealias InnovationRow = (String, String, String, Int?, String?, String?, String?, String)
    static let innovationColumns = "id, name, agency, kipp_year, kipp_award, replicates, status, extra"

    static func agency(_ r: (String, String, String, String?, String?, String)) -> Agency {
        Agency(id: r.0, name: r.1, type: Agency.Kind(rawValue: r.2) ?? .lembaga, region: r.3, parent: r.4, extra: extra(r.5))
    }

    static func innovation(_ r: InnovationRow) -> Innovation {
        Innovation(id: r.0, name: r.1, agency: r.2, kippYear: r.3, kippAward: r.4, replicates: r.5, status: r.6, extra: extra(r.7))
    }

    /// `extra` as the SQLite store keeps it: a JSON object of strings.
    static func json(_ extra: [String: String]) -> String {
        guard !extra.isEmpty, let data = try? JSONEncoder().encode(extra) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func extra(_ text: String) -> [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
    }

    /// A region condition: a province code includes its kabupaten/kota.
    static func inRegion(_ column: String, placeholder p: String) -> String {
        "(\(column) = \(p) OR left(\(column), length(\(p)) + 1) = \(p) || '.')"
    }
}

extension Template.Subject {
    /// The registry table that holds subjects of this kind.
    var registryTable: String { self == .agency ? "agency" : "innovation" }
}

extension String {
    /// This SQL with `$1…` bound to `values`.
    func withBinds(_ values: String...) -> PostgresQuery {
        var binds = PostgresBindings()
        for v in values { binds.append(v) }
        return PostgresQuery(unsafeSQL: self, binds: binds)
    }
}
