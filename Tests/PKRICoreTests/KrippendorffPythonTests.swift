import Foundation
import PKRICore
import Testing

/// Alpha against a second implementation: the `krippendorff` package from
/// PyPI (Castro, "Fast Krippendorff", installed by scripts/setup), on the
/// same random reliability data. Without python3 or the package the test
/// fails: it is part of what proves the figures.
@Suite struct KrippendorffPythonTests {
    struct Dataset {
        var metric: KrippendorffAlpha.Metric
        /// Coders × units; nil is a missing value.
        var rows: [[Double?]]
    }

    static func randomDatasets(seed: UInt64, count: Int) -> [Dataset] {
        var r = SeededRandom(seed: seed)
        return (0..<count).map { i in
            let metric: KrippendorffAlpha.Metric = i % 2 == 0 ? .nominal : .interval
            let coders = 2 + r.below(4), units = 20 + r.below(150)
            let categories = 2 + r.below(5)
            // Each unit has a true value that coders mostly but not always report.
            let rows: [[Double?]] = {
                let truth = (0..<units).map { _ in metric == .nominal ? Double(r.below(categories)) : r.uniform(0, 100) }
                return (0..<coders).map { _ in
                    truth.map { t -> Double? in
                        if r.chance(0.2) { return nil }
                        if metric == .nominal { return r.chance(0.7) ? t : Double(r.below(categories)) }
                        return (t + r.uniform(-15, 15) * 100).rounded() / 100
                    }
                }
            }()
            return Dataset(metric: metric, rows: rows)
        }
    }

    static let script = """
        import json, sys
        import krippendorff
        import numpy as np
        for d in json.load(sys.stdin):
            data = np.array([[np.nan if v is None else v for v in row] for row in d["rows"]], dtype=float)
            print(repr(float(krippendorff.alpha(reliability_data=data, level_of_measurement=d["metric"]))))
        """

    @Test func agreesWithThePyPIKrippendorffPackage() throws {
        let datasets = Self.randomDatasets(seed: 2025, count: 40)
        let json = try JSONSerialization.data(withJSONObject: datasets.map { d in
            ["metric": d.metric.rawValue, "rows": d.rows.map { $0.map { $0.map { $0 as Any } ?? NSNull() } }] as [String: Any]
        })
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        (process.standardInput, process.standardOutput, process.standardError) = (input, output, errors)
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: json)
        try input.fileHandleForWriting.close()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0,
                     "python3 with the krippendorff package (scripts/setup installs it) failed: \(err)")
        let theirs = out.split(separator: "\n").compactMap { Double($0) }
        try #require(theirs.count == datasets.count, "\(out)")
        for (d, expected) in zip(datasets, theirs) {
            let units = d.rows[0].indices.map { u in d.rows.compactMap { $0[u] } }
            let data = d.metric == .nominal ? ReliabilityData(nominal: units.map { $0.map(Int.init) }) : ReliabilityData(interval: units)
            let ours = try #require(data.estimate.alpha)
            #expect(abs(ours - expected) < 1e-9, "\(d.metric): pkri \(ours), krippendorff \(expected)")
        }
    }
}
