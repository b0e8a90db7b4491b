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
///
/// Written straight into bytes (``JSONWriter``): a national registry has
/// tens of thousands of originals, and building a ``JSON`` tree first took
/// a fifth of `pkri replication --json`.
public enum ReplicationJSON {
    public static let format = "pkri-replication/1"

    /// One line, without the newline.
    public static func line(_ lineage: Lineage) -> String {
        let o = lineage.original
        var w = JSONWriter(capacity: 512 + 384 * lineage.replicas.count)
        w.openObject()
        w.key(literal: "format"); w.string(format)
        w.key(literal: "innovation"); w.string(o.innovation)
        w.key(literal: "direct"); w.integer(lineage.direct)
        w.key(literal: "total"); w.integer(lineage.total)
        w.key(literal: "depth"); w.integer(lineage.depth)
        w.key(literal: "provinces"); w.strings(lineage.provinces)
        w.key(literal: "regencies"); w.strings(lineage.regencies)
        w.key(literal: "replicas")
        w.openArray()
        for r in lineage.replicas { replica(r, &w) }
        w.closeArray()
        w.key(literal: "name"); w.string(o.name)
        w.key(literal: "agency"); w.string(o.agency)
        w.key(literal: "agencyType"); w.string(o.agencyType?.rawValue)
        w.key(literal: "province"); w.string(o.province)
        w.key(literal: "regency"); w.string(o.regency)
        w.key(literal: "status"); w.string(o.status)
        result(o, &w)
        w.key(literal: "running"); w.integer(lineage.running)
        w.key(literal: "runningUnknown"); w.integer(lineage.runningUnknown)
        w.key(literal: "replicaMean"); w.number(lineage.replicaMean)
        w.key(literal: "replicasScored"); w.integer(lineage.replicasScored)
        w.closeObject()
        return w.text
    }

    private static func replica(_ r: LineageNode, _ w: inout JSONWriter) {
        w.openObject()
        w.key(literal: "innovation"); w.string(r.innovation)
        w.key(literal: "agency"); w.string(r.agency)
        w.key(literal: "province"); w.string(r.province)
        w.key(literal: "parent"); w.string(r.parent)
        result(r, &w)
        w.key(literal: "name"); w.string(r.name)
        w.key(literal: "agencyType"); w.string(r.agencyType?.rawValue)
        w.key(literal: "regency"); w.string(r.regency)
        w.key(literal: "generation"); w.integer(r.generation)
        w.key(literal: "status"); w.string(r.status)
        w.key(literal: "running")
        if let running = r.running { w.bool(running) } else { w.null() }
        w.closeObject()
    }

    /// `value`, `band`, `state`.
    private static func result(_ node: LineageNode, _ w: inout JSONWriter) {
        w.key(literal: "value"); w.number(node.value)
        w.key(literal: "band"); w.string(node.result?.band)
        w.key(literal: "state"); w.string(node.result?.state.rawValue)
    }
}

private extension JSONWriter {
    mutating func integer(_ n: Int) { scaled(Int128(n), scale: 0) }

    mutating func number(_ d: Decimal?) {
        if let d { number(d) } else { null() }
    }

    mutating func strings(_ items: [String]) {
        openArray()
        for item in items { string(item) }
        closeArray()
    }
}
