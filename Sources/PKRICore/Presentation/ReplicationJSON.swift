import Foundation

/// The `pkri-replication/1` object of one original's lineage, as issue 21
/// sets it out: `format`, `innovation`, `direct`, `total`, `depth`,
/// `provinces` and `regencies` (sorted codes), `replicas` (breadth first,
/// each `innovation`, `agency`, `province`, `parent`, `value`, `band`,
/// `state`). More keys follow those, never renaming them: the original's
/// own agency, region, status and result, how many replicas still run, the
/// replicas' mean value; per replica its agency type, kabupaten/kota,
/// generation, registry status and whether it runs.
///
/// `value`, `band` and `state` are null when no index was asked for.
public enum ReplicationJSON {
    public static let format = "pkri-replication/1"

    public static func make(_ lineage: Lineage) -> JSON {
        let o = lineage.original
        return .object([
            ("format", .string(format)),
            ("innovation", .string(o.innovation)),
            ("direct", integer(lineage.direct)),
            ("total", integer(lineage.total)),
            ("depth", integer(lineage.depth)),
            ("provinces", .array(lineage.provinces.map(JSON.string))),
            ("regencies", .array(lineage.regencies.map(JSON.string))),
            ("replicas", .array(lineage.replicas.map(replica))),
            ("name", .string(o.name)),
            ("agency", .string(o.agency)),
            ("agencyType", .optional(o.agencyType?.rawValue)),
            ("province", .optional(o.province)),
            ("regency", .optional(o.regency)),
            ("status", .optional(o.status)),
            ("value", .optional(o.value)),
            ("band", .optional(o.result?.band)),
            ("state", .optional(o.result?.state.rawValue)),
            ("running", integer(lineage.running)),
            ("runningUnknown", integer(lineage.runningUnknown)),
            ("replicaMean", .optional(lineage.replicaMean)),
            ("replicasScored", integer(lineage.replicasScored)),
        ])
    }

    static func replica(_ r: LineageNode) -> JSON {
        .object([
            ("innovation", .string(r.innovation)),
            ("agency", .string(r.agency)),
            ("province", .optional(r.province)),
            ("parent", .optional(r.parent)),
            ("value", .optional(r.value)),
            ("band", .optional(r.result?.band)),
            ("state", .optional(r.result?.state.rawValue)),
            ("name", .string(r.name)),
            ("agencyType", .optional(r.agencyType?.rawValue)),
            ("regency", .optional(r.regency)),
            ("generation", integer(r.generation)),
            ("status", .optional(r.status)),
            ("running", r.running.map(JSON.bool) ?? .null),
        ])
    }

    static func integer(_ n: Int) -> JSON { .scaled(Int128(n), scale: 0) }
}
