// pkri-bench: the scoring benchmark of issue 3 (see bench/README.md).
//
//   pkri-bench generate --template T --count N --seed S --out DIR
//   pkri-bench score --template T DIR [--runs R] [--tsv]
//   pkri-bench lineage [--innovations N] [--runs R] [--registry-out DIR]
//
// A benchmark, not a test: it prints figures and exits 0 unless it could not
// run (bad arguments 2, anything else 1).

import Foundation

let status = BenchMain.run(Array(CommandLine.arguments.dropFirst()))
exit(status)
