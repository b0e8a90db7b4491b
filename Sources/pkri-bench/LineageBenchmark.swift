import Foundation
import PKRICore

/// `pkri-bench lineage`: how long ``ReplicationNetwork`` takes to work out
/// every lineage of a national registry (issue 21: 100,000 innovations in
/// under a second), on the synthetic registry of `pkri sample generate`,
/// with and without a result per innovation, and on one chain as long as
/// the registry (the deepest lineage there can be). The rows are built
/// beforehand; only the lineage is timed. With `--registry-out DIR` it also
/// writes that registry as `DIR/agencies.csv` and `DIR/innovations.csv`
/// (bench/run's replication workload imports them).
struct LineageBenchmark {
    let innovations: Int
    let seed: UInt64
    let runs: Int
    let registryOut: String?

    static let target = 1.0

    func run() throws(BenchError) {
        let registry = SampleRegistry(innovations: innovations, seed: seed)
        if let registryOut { try write(registryOut) }
        var random = SeededRandom(seed: seed)
        let results = registry.innovations.map { i in
            let value = Decimal(Int(random.unit() * 10_000)) / 100
            return SubjectResult(subject: i.id, index: "keberlanjutan", value: value, band: "b", assessors: 2,
                                 spread: 0, disagreement: false, claimed: nil, gap: nil, state: .verified)
        }
        var chain = [Innovation(id: "C0", name: "C0", agency: registry.agencies[0].id)]
        for k in 1..<innovations { chain.append(Innovation(id: "C\(k)", name: "C\(k)", agency: registry.agencies[0].id, replicates: "C\(k - 1)")) }

        let replicas = registry.innovations.lazy.filter { $0.replicates != nil }.count
        BenchOutput.out("lineage benchmark: \(BenchOutput.grouped(Double(innovations))) innovations (\(BenchOutput.grouped(Double(replicas))) replicas), "
                        + "\(registry.agencies.count) agencies, median of \(runs) runs")
        BenchOutput.out("\(ProcessFigures.cores) cores, load average \(ProcessFigures.loadAverage ?? "?")\n")
        var rows = [["workload", "wall s", "CPU s", "lineages", "deepest", "target < 1 s"]]
        for (label, input, withResults) in [("sample registry", registry.innovations, false),
                                            ("sample registry + a result each", registry.innovations, true),
                                            ("one chain", chain, false)] {
            var figures: [(wall: Double, cpu: Double)] = []
            var network: ReplicationNetwork?
            for _ in 0..<max(1, runs) {
                figures.append(ProcessFigures.clocks {
                    network = ReplicationNetwork(innovations: input, agencies: registry.agencies,
                                                 results: withResults ? results : nil)
                })
            }
            let wall = ProcessFigures.median(figures.map(\.wall)), cpu = ProcessFigures.median(figures.map(\.cpu))
            let lineages = network?.lineages ?? []
            rows.append([label, BenchOutput.fixed(wall, 3), BenchOutput.fixed(cpu, 3), BenchOutput.grouped(Double(lineages.count)),
                         String(lineages.map(\.depth).max() ?? 0), wall < Self.target ? "MET" : "MISSED"])
        }
        BenchOutput.out(BenchOutput.table(rows))
        BenchOutput.out("\nOnly ReplicationNetwork(innovations:agencies:results:) is timed: the rows are in memory, as the workspace hands them over.")
    }

    private func write(_ folder: String) throws(BenchError) {
        let dataset = SampleDataset(innovations: innovations, seed: seed, templates: [])
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try dataset.agenciesCSV().write(toFile: "\(folder)/agencies.csv", atomically: true, encoding: .utf8)
            try dataset.innovationsCSV().write(toFile: "\(folder)/innovations.csv", atomically: true, encoding: .utf8)
        } catch {
            throw .failed("cannot write the registry into \(folder): \(error.localizedDescription)")
        }
    }
}
