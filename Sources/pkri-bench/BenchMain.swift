import Foundation

/// Picks the subcommand and turns every error into text and an exit status.
enum BenchMain {
    static let usage = """
    usage:
      pkri-bench generate --template T --count N --seed S --out DIR
          writes N valid submission files for template T into DIR (new or empty);
          the same seed gives the same files
      pkri-bench score --template T DIR [--runs R] [--tsv FILE] [--only WORKLOAD]
          submissions per second for parse+check+score (1 thread, all cores) and
          for its parts alone (parse, check, score); median of R runs (default 3);
          --tsv also writes the figures tab-separated to FILE; --only runs one of
          parse_check_score_1, parse_check_score_all, parse_only_1, check_only_1,
          score_only_1 (for profiling)
      pkri-bench lineage [--innovations N] [--seed S] [--runs R] [--registry-out DIR]
          seconds to work out every replication lineage of a synthetic registry of N
          innovations (default 100000), with and without results, and of one chain
          of N; --registry-out also writes that registry's CSV files into DIR
    """

    static func run(_ arguments: [String]) -> Int32 {
        guard let command = arguments.first else {
            BenchOutput.err(usage)
            return 2
        }
        do throws(BenchError) {
            var args = try BenchArguments(Array(arguments.dropFirst()))
            switch command {
            case "generate":
                let generate = GenerateCommand(
                    templatePath: try args.required("--template"),
                    count: try args.integer("--count"),
                    seed: UInt64(try args.integer("--seed", default: 1)),
                    output: try args.required("--out"))
                try args.finish(positionals: 0)
                try generate.run()
            case "score":
                let score = ScoreBenchmark(
                    templatePath: try args.required("--template"),
                    folder: try args.positional(),
                    runs: try args.integer("--runs", default: 3),
                    tsvFile: args.optional("--tsv"),
                    only: args.optional("--only"))
                try args.finish(positionals: 1)
                try score.run()
            case "lineage":
                let lineage = LineageBenchmark(
                    innovations: try args.integer("--innovations", default: 100_000),
                    seed: UInt64(try args.integer("--seed", default: 1)),
                    runs: try args.integer("--runs", default: 3),
                    registryOut: args.optional("--registry-out"))
                try args.finish(positionals: 0)
                try lineage.run()
            case "-h", "--help", "help":
                BenchOutput.out(usage)
            default:
                throw BenchError.usage("unknown subcommand '\(command)'")
            }
            return 0
        } catch {
            switch error {
            case .usage(let message):
                BenchOutput.err("pkri-bench: \(message)\n\n\(usage)")
                return 2
            case .failed(let message):
                BenchOutput.err("pkri-bench: \(message)")
                return 1
            }
        }
    }
}
