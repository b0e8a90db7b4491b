import Foundation
import PKRICore
import PKRIXML

/// `pkri-bench score`: submissions per second for
///
/// - parse+check+score from the XML files, one thread: read the file, safe
///   parse, XML Schema, the model, ``Submission/check(against:language:)``
///   and ``Scorer/score(checked:)`` — what `pkri score` does per file, without
///   writing the output;
/// - the same on every core;
/// - its three parts alone, one thread: parse (read, safe parse, XML Schema,
///   model), check, and score — check and score on submissions parsed
///   beforehand.
///
/// Each figure is the median of `runs` runs over every file in the folder.
struct ScoreBenchmark {
    var templatePath: String
    var folder: String
    var runs: Int
    /// Also write the figures, tab-separated, to this file.
    var tsvFile: String?
    /// Run only the workload with this key (for profiling); nil runs all.
    var only: String?

    /// Files per unit of parallel work.
    static let chunk = 64

    struct Row {
        var key: String
        var workload: String
        var threads: Int
        var seconds: [Double]
        /// CPU seconds of each run, every thread together.
        var cpuSeconds: [Double]
        var submissions: Int
        /// VmHWM after the workload ran, KiB.
        var peakRSS: Int?

        var median: Double { ProcessFigures.median(seconds) }
        var perSecond: Double { Double(submissions) / median }
        /// Median CPU microseconds per submission.
        var cpuMicroseconds: Double { ProcessFigures.median(cpuSeconds) * 1e6 / Double(submissions) }
    }

    static let workloads = ["parse_check_score_1", "parse_check_score_all", "parse_only_1", "check_only_1",
                            "score_only_1"]

    func run() throws(BenchError) {
        guard runs >= 1 else { throw .usage("--runs must be at least 1") }
        if let only, !Self.workloads.contains(only) {
            throw .usage("--only takes one of \(Self.workloads.joined(separator: ", ")), not '\(only)'")
        }
        let template = try BenchTemplate.load(templatePath)
        let files = try submissionFiles()
        let reader = SubmissionReader()
        let cores = ProcessFigures.cores
        var rows: [Row] = []
        // Workloads that score must come to the same tally.
        var tallies: [String: ScoreTally] = [:]

        func measure(_ key: String, _ workload: String, threads: Int = 1, scores: Bool = true,
                     _ body: () -> ScoreTally) {
            guard only == nil || only == key else { return }
            var seconds: [Double] = [], cpu: [Double] = []
            var tally = ScoreTally()
            for _ in 0..<runs {
                let clocks = ProcessFigures.clocks { tally = body() }
                seconds.append(clocks.wall)
                cpu.append(clocks.cpu)
            }
            if scores { tallies[key] = tally }
            rows.append(Row(key: key, workload: workload, threads: threads, seconds: seconds, cpuSeconds: cpu,
                            submissions: files.count, peakRSS: ProcessFigures.peakRSSKiB()))
        }

        measure("parse_check_score_1", "parse+check+score, 1 thread") {
            Self.parseCheckScore(files[...], template: template, reader: reader)
        }
        measure("parse_check_score_all", "parse+check+score, \(cores) threads", threads: cores) {
            Self.parallel(files) { Self.parseCheckScore($0, template: template, reader: reader) }
        }
        measure("parse_only_1", "parse only, 1 thread", scores: false) {
            Self.parseOnly(files, reader: reader)
        }
        let needsParsed = only == nil || only == "check_only_1" || only == "score_only_1"
        let parsed = needsParsed ? Self.parseAll(files, template: template, reader: reader) : []
        if needsParsed, parsed.count != files.count {
            throw .failed("\(files.count - parsed.count) of \(files.count) files are not valid submissions "
                + "for \(template.id); score them with `pkri score` to see why")
        }
        measure("check_only_1", "check only, 1 thread", scores: false) {
            Self.checkOnly(parsed, template: template, language: reader.language)
        }
        measure("score_only_1", "score only, 1 thread") {
            Self.scoreOnly(parsed, template: template)
        }
        report(rows, tallies: tallies, template: template, files: files.count)
    }

    // MARK: - Workloads
    // Never inlined, so a profiler can tell them apart (bench/README.md).

    @inline(never)
    static func parseCheckScore(_ paths: ArraySlice<String>, template: Template,
                                reader: SubmissionReader) -> ScoreTally {
        var tally = ScoreTally()
        let scorer = Scorer(template)
        for path in paths {
            do throws(DocumentError) {
                let submission = try reader.read(contentsOf: path)
                // As `pkri score` does: the scorer reuses the checker's relevance.
                guard let evaluation = submission.check(against: template, language: reader.language).evaluation else {
                    tally.invalid += 1
                    continue
                }
                tally.count(scorer.score(checked: evaluation))
            } catch {
                tally.invalid += 1
            }
        }
        return tally
    }

    @inline(never)
    static func parseOnly(_ paths: [String], reader: SubmissionReader) -> ScoreTally {
        var tally = ScoreTally()
        for path in paths {
            if (try? reader.read(contentsOf: path)) != nil { tally.scored += 1 } else { tally.invalid += 1 }
        }
        return tally
    }

    @inline(never)
    static func checkOnly(_ submissions: [Submission], template: Template, language: Language) -> ScoreTally {
        var tally = ScoreTally()
        for submission in submissions {
            if submission.problems(against: template, language: language).hasErrors {
                tally.invalid += 1
            } else {
                tally.scored += 1
            }
        }
        return tally
    }

    @inline(never)
    static func scoreOnly(_ submissions: [Submission], template: Template) -> ScoreTally {
        var tally = ScoreTally()
        let scorer = Scorer(template)
        for submission in submissions { tally.count(scorer.score(submission.answers)) }
        return tally
    }

    /// Runs `body` over chunks of `paths` on every core and adds the tallies.
    static func parallel(_ paths: [String], _ body: @Sendable (ArraySlice<String>) -> ScoreTally) -> ScoreTally {
        let total = Shared(ScoreTally())
        let chunks = (paths.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let tally = body(paths[(c * chunk)..<min(paths.count, (c + 1) * chunk)])
            total.update { $0.add(tally) }
        }
        return total.value
    }

    /// The valid submissions among `paths`, read on every core, in file order.
    static func parseAll(_ paths: [String], template: Template, reader: SubmissionReader) -> [Submission] {
        let chunks = (paths.count + chunk - 1) / chunk
        let parts = Shared([[Submission]](repeating: [], count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var part: [Submission] = []
            for path in paths[(c * chunk)..<min(paths.count, (c + 1) * chunk)] {
                guard let s = try? reader.read(contentsOf: path),
                      !s.problems(against: template, language: reader.language).hasErrors else { continue }
                part.append(s)
            }
            parts.update { $0[c] = part }
        }
        return parts.value.flatMap { $0 }
    }

    // MARK: - Files and report

    /// `*.xml` in the folder, sorted, as `pkri score` takes them.
    private func submissionFiles() throws(BenchError) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw .failed("\(folder): cannot list the folder")
        }
        let files = names.filter { $0.hasSuffix(".xml") }.sorted().map { folder + "/" + $0 }
        guard !files.isEmpty else { throw .failed("\(folder): no *.xml files") }
        return files
    }

    private func report(_ rows: [Row], tallies: [String: ScoreTally], template: Template, files: Int) {
        let distinct = Set(tallies.values.map(\.summary))
        if let tsvFile { writeTSV(rows, to: tsvFile) }
        var table = [["workload", "subm/s", "µs/subm", "CPU µs/subm", "median s", "runs (s)", "peak RSS"]]
        for r in rows {
            table.append([r.workload, BenchOutput.grouped(r.perSecond),
                          BenchOutput.fixed(1e6 / r.perSecond, 1), BenchOutput.fixed(r.cpuMicroseconds, 1),
                          BenchOutput.fixed(r.median, 3),
                          r.seconds.map { BenchOutput.fixed($0, 2) }.joined(separator: " "),
                          r.peakRSS.map { "\(($0 + 512) / 1024) MiB" } ?? "?"])
        }
        BenchOutput.out("""
        pkri-bench score: \(template.id) \(template.version), \(BenchOutput.grouped(Double(files))) files \
        in \(folder)
        \(ProcessFigures.cores) cores, load average at the end \(ProcessFigures.loadAverage ?? "?"); \
        median of \(runs) run\(runs == 1 ? "" : "s")

        \(BenchOutput.table(table))

        subm/s and µs/subm are wall clock; CPU µs/subm is user+system time of every thread per submission
        (less sensitive than wall time to other load on the machine).
        parse = read the file, safe parse, XML Schema, model; check = Submission.problems; score = Scorer.score.
        parse+check+score scores with the checker's relevance (Submission.check, Scorer.score(checked:)), as
        pkri score does. check only and score only run on submissions parsed beforehand. Peak RSS is VmHWM after the
        workload (it only grows; the parsed submissions are held from "check only" on).
        scoring runs all came to: \(distinct.sorted().joined(separator: " | "))
        """)
        if distinct.count > 1 {
            BenchOutput.err("pkri-bench: the workloads disagree: \(distinct.sorted())")
        }
    }

    /// One line per workload, for scripts (bench/score.sh).
    private func writeTSV(_ rows: [Row], to path: String) {
        var lines = ["workload\tthreads\tsubmissions_per_second\tmedian_seconds\tcpu_us_per_submission\tpeak_rss_kib"]
        for r in rows {
            lines.append("\(r.key)\t\(r.threads)\t\(BenchOutput.fixed(r.perSecond, 1))\t"
                + "\(BenchOutput.fixed(r.median, 4))\t\(BenchOutput.fixed(r.cpuMicroseconds, 1))\t"
                + "\(r.peakRSS.map(String.init) ?? "")")
        }
        do {
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            BenchOutput.err("pkri-bench: cannot write \(path): \(error.localizedDescription)")
        }
    }
}
