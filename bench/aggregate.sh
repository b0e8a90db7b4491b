#!/usr/bin/env bash
# The aggregation benchmark of issue 6, in one command: builds release,
# generates a synthetic national dataset (`pkri sample generate`: N
# innovations, each with a self-assessment and up to three verifiers), then
# measures wall time and peak memory (/usr/bin/time -v) of
#
#   pkri submission import DIR/submissions/*
#   pkri results --json > /dev/null      (once right after the import, then RUNS times)
#   pkri aggregate --index keberlanjutan --by province
#
# and, in the same run, the same per-province figures (count, mean, median,
# min, max, sample standard deviation of the final values) computed by
# DuckDB from `pkri results --format csv` joined with the registry CSVs.
# Checks that both agree, and prints one table.
#
#   bench/aggregate.sh                   # 100,000 innovations
#   N=10000 bench/aggregate.sh           # quicker
#
# Environment: N (innovations, default 100000), SEED (default 1), RUNS
# (runs of each read-only measurement, median; default 3), DATA (folder,
# default bench/.data), PKRI (a pkri binary to use instead of building one),
# SCRATCH (build folder, default .build-agg), REUSE=1 (keep the last run's
# workspace and import figures; measure results, aggregate and DuckDB again).
# The generated files are reused while N, SEED and the generator's sources
# match; the workspace is made afresh every run (the import is measured).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
SEED=${SEED:-1}
RUNS=${RUNS:-3}
DATA=${DATA:-bench/.data}
SCRATCH=${SCRATCH:-.build-agg}

say() { printf '\n== %s\n' "$*" >&2; }

if [[ -z "${PKRI:-}" ]]; then
    say "building release into $SCRATCH"
    swift build -c release --scratch-path "$SCRATCH" --product pkri >&2
    PKRI="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/pkri"
fi
if [[ ! -x /usr/bin/time ]]; then
    say "installing GNU time (apt)"
    apt-get install -y -qq time >&2 || { apt-get update -qq >&2 && apt-get install -y -qq time >&2; }
fi
if ! python3 -c 'import duckdb' 2>/dev/null; then
    say "installing duckdb for the peer"
    python3 -m pip install --quiet duckdb >&2
fi

mkdir -p "$DATA"
source bench/lib/sample-dataset.sh
SET=$(sample_dataset "$N" "$SEED")
OUT="$DATA/aggregate-$N-seed$SEED"
WS="$OUT/ws.sqlite"
if [[ -n "${REUSE:-}" && -f "$WS" ]]; then
    # Measure the read side again (e.g. after changing it) on the workspace
    # of the last run: its import figures are kept, the rest measured anew.
    grep -E '^(registry-import|import) ' "$OUT/times.tsv" > "$OUT/times.kept"
    mv "$OUT/times.kept" "$OUT/times.tsv"
    rm -f "$OUT/duckdb-query.txt"
else
    REUSE=
    rm -rf "$OUT"
    mkdir -p "$OUT"
fi
FILES=$(find "$SET/submissions" -name '*.xml' | wc -l)
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg) at start" \
    > "$OUT/machine.txt"

# measure NAME CMD… — one run: "NAME wall_s peak_kb user_s sys_s" appended to $OUT/times.tsv.
measure() {
    local name=$1; shift
    /usr/bin/time -f "$name %e %M %U %S" -a -o "$OUT/times.tsv" "$@"
}

if [[ -n "$REUSE" ]]; then
say "reusing the workspace $WS (import figures of its run kept)"
"$PKRI" template list --db "$WS" > /dev/null    # applies any new migration before timing
# Empty the result cache, as right after an import, to measure its filling again.
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("DELETE FROM result"); c.commit()' "$WS"
measure results-first "$PKRI" results --db "$WS" --json > /dev/null
else
say "workspace, templates, registry"
"$PKRI" init --db "$WS" --lang en >&2
"$PKRI" template add --db "$WS" --lang en templates/pkri-keberlanjutan.xml templates/pkri-replikasi.xml templates/pkri-instansi.xml >&2
measure registry-import "$PKRI" registry import --db "$WS" --lang en "$SET/registry/agencies.csv" "$SET/registry/innovations.csv" >&2

say "pkri submission import: $FILES files"
measure import "$PKRI" submission import --db "$WS" --lang en "$SET"/submissions/* > "$OUT/import.txt" 2> "$OUT/import-stderr.txt" \
    || { tail -5 "$OUT/import-stderr.txt" >&2; echo "import failed; see $OUT/import-stderr.txt" >&2; exit 1; }
tail -1 "$OUT/import.txt" >&2
# The first read after an import computes every subject's combined results
# and caches them (Workspace+ResultCache.swift); later reads use the cache.
measure results-first "$PKRI" results --db "$WS" --json > /dev/null
fi

say "pkri results, aggregate; export for DuckDB ($RUNS runs each)"
for ((run = 1; run <= RUNS; run++)); do
    measure results-json "$PKRI" results --db "$WS" --json > /dev/null
    measure aggregate "$PKRI" aggregate --db "$WS" --index keberlanjutan --by province --format csv > "$OUT/pkri-province.csv"
done
measure export-csv "$PKRI" results --db "$WS" --template pkri-keberlanjutan --index keberlanjutan --format csv > "$OUT/results.csv"

say "DuckDB peer ($RUNS runs)"
: > "$OUT/duckdb-query.txt"
for ((run = 1; run <= RUNS; run++)); do
    measure duckdb python3 bench/peers/aggregate_duckdb.py "$OUT/results.csv" "$SET/registry/agencies.csv" \
        "$SET/registry/innovations.csv" "$OUT/duckdb-province.csv" >> "$OUT/duckdb-query.txt"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at end" >> "$OUT/machine.txt"

python3 - "$OUT" "$N" "$FILES" <<'PY' | tee "$OUT/summary.txt"
import csv, statistics, sys
out, n, files = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
runs = {}
for line in open(f"{out}/times.tsv"):
    f = line.split()
    if len(f) == 5 and not line.startswith("Command"):
        runs.setdefault(f[0], []).append(tuple(map(float, f[1:])))
def fig(name):
    r = runs[name]
    return statistics.median(x[0] for x in r), max(x[1] for x in r) / 1024, statistics.median(x[2] + x[3] for x in r)
query = statistics.median(float(x) for x in open(f"{out}/duckdb-query.txt") if x.strip())

# Agreement: pkri's per-province figures against DuckDB's.
def rows(path, key):
    with open(path, encoding="utf-8") as f:
        return {r[key]: r for r in csv.DictReader(f)}
p, d = rows(f"{out}/pkri-province.csv", "group"), rows(f"{out}/duckdb-province.csv", "grp")
diffs = []
for g in sorted(set(p) | set(d)):
    if g not in p or g not in d:
        diffs.append(f"{g}: only in {'pkri' if g in p else 'duckdb'}")
        continue
    for col in ("subjects", "scored", "verified", "mean", "median", "min", "max", "stddev"):
        a, b = p[g][col], d[g][col]
        same = (a == b == "") or (a != "" and b != "" and abs(float(a) - float(b)) <= 0.0100001)
        if not same:
            diffs.append(f"{g} {col}: pkri {a!r}, duckdb {b!r}")
agg_wall = fig("aggregate")[0]
table = [("step", "wall s", "peak RSS MB", "CPU s", "vs DuckDB")]
for name, label in [("import", f"pkri submission import ({files:,} files)"), ("registry-import", "pkri registry import"),
                    ("results-first", "first pkri results --json after the import (fills the result cache)"),
                    ("results-json", "pkri results --json > /dev/null"),
                    ("aggregate", "pkri aggregate --index keberlanjutan --by province"),
                    ("export-csv", "pkri results --format csv (DuckDB's input)"),
                    ("duckdb", "DuckDB process (python3 + duckdb, CSV → figures)")]:
    if name not in runs:
        continue
    wall, rss, cpu = fig(name)
    ratio = f"{wall / fig('duckdb')[0]:.2f}×" if name in ("aggregate", "results-json") else ""
    table.append((label, f"{wall:,.2f}", f"{rss:,.1f}", f"{cpu:,.2f}", ratio))
table.append(("DuckDB query alone (in process)", f"{query:,.3f}", "", "", f"pkri aggregate {agg_wall / query:.1f}×"))
widths = [max(len(r[c]) for r in table) for c in range(len(table[0]))]
print(f"\naggregation benchmark: {n:,} innovations, {files:,} submission files")
print(open(f"{out}/machine.txt").read().strip())
print()
for r in table:
    print("  ".join(r[0].ljust(widths[0]) if c == 0 else r[c].rjust(widths[c]) for c in range(len(r))))
agg, duck = fig("aggregate"), fig("duckdb")
peak = max(fig(x)[1] for x in ("import", "results-json", "aggregate"))
print(f"""
wall: median of the runs; peak RSS: the largest of the runs (GNU time, maximum resident set size).
target aggregation within 1.5× DuckDB (whole processes): {"MET" if agg[0] <= 1.5 * duck[0] else "MISSED"} ({agg[0] / duck[0]:.2f}×)
target peak memory under 200 MB (import, results, aggregate): {"MET" if peak < 200 else "MISSED"} ({peak:,.1f} MB)
agreement with DuckDB per province: {"all " + str(len(p)) + " groups agree" if not diffs else str(len(diffs)) + " differences: " + "; ".join(diffs[:5])}
results in {out}/""")
sys.exit(1 if diffs else 0)
PY
