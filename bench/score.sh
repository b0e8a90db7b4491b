#!/usr/bin/env bash
# The scoring benchmark of issue 3, in one command (see bench/README.md):
# builds release, generates N submissions for the keberlanjutan template,
# measures pkri (pkri-bench score, and `pkri score --json` end to end) and the
# Python/lxml peer on the same files in the same run, checks that both give
# the same scores, and prints one table.
#
#   bench/score.sh                  # 100,000 submissions, 3 runs each
#   N=10000 RUNS=1 bench/score.sh   # quicker
#
# Environment: N (submissions, default 100000), RUNS (runs per figure, median;
# default 3), PY_RUNS (runs for the Python peer, default RUNS), SEED (default
# 1), DATA (folder for files and results, default bench/.data), TEMPLATE.
# Generated files are kept and reused while N, SEED and the template match.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
RUNS=${RUNS:-3}
PY_RUNS=${PY_RUNS:-$RUNS}
SEED=${SEED:-1}
DATA=${DATA:-bench/.data}
TEMPLATE=${TEMPLATE:-templates/pkri-keberlanjutan.xml}
SCRATCH=.build-bench

say() { printf '\n== %s\n' "$*" >&2; }

say "building release into $SCRATCH"
swift build -c release --scratch-path "$SCRATCH" --product pkri-bench >&2
swift build -c release --scratch-path "$SCRATCH" --product pkri >&2
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)

if ! python3 -c 'import lxml' 2>/dev/null; then
    say "installing lxml for the Python peer"
    python3 -m pip install --quiet lxml >&2
fi

FILES="$DATA/submissions-$N-seed$SEED"
OUT="$DATA/results-$N-seed$SEED"
# pkri-bench generate leaves a .generated stamp; reuse the files while it
# names this count, seed and template (delete $DATA after changing the generator).
SHA=$(sha256sum "$TEMPLATE" | cut -d' ' -f1)
STAMP=$(cat "$FILES/.generated" 2>/dev/null || true)
if [[ "$STAMP" == "count=$N seed=$SEED "* && "$STAMP" == *" sha256=$SHA" ]]; then
    say "reusing $N submissions in $FILES"
else
    say "generating $N submissions into $FILES"
    rm -rf "$FILES"
    "$BIN/pkri-bench" generate --template "$TEMPLATE" --count "$N" --seed "$SEED" --out "$FILES"
fi
mkdir -p "$OUT"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)" \
    > "$OUT/machine.txt"

say "pkri-bench score ($RUNS runs)"
"$BIN/pkri-bench" score --template "$TEMPLATE" "$FILES" --runs "$RUNS" --tsv "$OUT/pkri.tsv" | tee "$OUT/pkri.txt"

say "pkri score --json, all cores, end to end ($RUNS runs)"
: > "$OUT/cli.tsv"
TIMEFORMAT='%R %U %S'   # wall, user, system seconds of the timed command
for ((run = 1; run <= RUNS; run++)); do
    { time "$BIN/pkri" score --template "$TEMPLATE" --json "$FILES" > "$OUT/pkri.jsonl" 2> "$OUT/cli-stderr.txt" \
        || { echo "pkri score failed; see $OUT/cli-stderr.txt" >&2; exit 1; }; } 2>> "$OUT/cli.tsv"
    echo "run $run: $(tail -1 "$OUT/cli.tsv" | cut -d' ' -f1) s wall, $(wc -l < "$OUT/pkri.jsonl") JSON lines" >&2
done
if [[ $(wc -l < "$OUT/pkri.jsonl") -ne $N ]]; then
    echo "pkri score wrote $(wc -l < "$OUT/pkri.jsonl") lines for $N submissions" >&2
    exit 1
fi

say "Python/lxml peer ($PY_RUNS runs), checked against pkri score --json"
agreement=0
python3 bench/peers/score_lxml.py --template "$TEMPLATE" "$FILES" --runs "$PY_RUNS" \
    --tsv "$OUT/python.tsv" --check-against "$OUT/pkri.jsonl" 2> >(tee "$OUT/check.txt" >&2) \
    | tee "$OUT/python.txt" || agreement=$?
sleep 0.2   # let tee finish

python3 - "$OUT" "$N" "$agreement" <<'PY' | tee "$OUT/summary.txt"
import csv, statistics, sys
out, n, agreement = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])

def read(name):
    with open(f"{out}/{name}", encoding="utf-8") as f:
        return {r["workload"]: r for r in csv.DictReader(f, delimiter="\t")}

pkri, py = read("pkri.tsv"), read("python.tsv")
cli = [tuple(map(float, line.split())) for line in open(f"{out}/cli.tsv") if line.strip()]
cli_wall = statistics.median(w for w, _, _ in cli)
cli_cpu = statistics.median(u + s for _, u, s in cli) / n * 1e6
cores = pkri["parse_check_score_all"]["threads"]
rows = [
    ("parse+check+score, 1 thread (target ≥ 20×)", pkri["parse_check_score_1"], py["parse_check_score_1"]),
    ("  parse only (read, safe parse, XSD, model)", pkri["parse_only_1"], py["parse_only_1"]),
    ("  check only", pkri["check_only_1"], py["check_only_1"]),
    ("  score only", pkri["score_only_1"], py["score_only_1"]),
    (f"parse+check+score, pkri on {cores} cores *", pkri["parse_check_score_all"], py["parse_check_score_1"]),
    (f"pkri score --json, {cores} cores, end to end *",
     {"submissions_per_second": n / cli_wall, "cpu_us_per_submission": cli_cpu}, py["parse_check_score_1"]),
]
table = [("workload", "pkri subm/s", "python subm/s", "ratio", "pkri CPU µs", "python CPU µs", "CPU ratio")]
for name, p, q in rows:
    ps, qs = float(p["submissions_per_second"]), float(q["submissions_per_second"])
    pc, qc = float(p["cpu_us_per_submission"]), float(q["cpu_us_per_submission"])
    table.append((name, f"{ps:,.0f}", f"{qs:,.0f}", f"{ps / qs:.2f}×", f"{pc:,.1f}", f"{qc:,.1f}", f"{qc / pc:.2f}×"))
widths = [max(len(r[c]) for r in table) for c in range(len(table[0]))]
print(f"\nscoring benchmark: {n:,} submissions, templates/pkri-keberlanjutan.xml")
print(open(f"{out}/machine.txt").read().strip())
print()
for r in table:
    print("  ".join(r[0].ljust(widths[0]) if c == 0 else r[c].rjust(widths[c]) for c in range(len(r))))
ratio = float(pkri["parse_check_score_1"]["submissions_per_second"]) / float(py["parse_check_score_1"]["submissions_per_second"])
print(f"""
* against the Python peer's single process. Ratios: pkri subm/s ÷ python subm/s (wall clock);
  CPU ratio: python CPU µs ÷ pkri CPU µs per submission (user+system, every thread).
target (parse+check+score, 1 thread, ≥ 20× python): {"MET" if ratio >= 20 else "MISSED"} ({ratio:.2f}×)
agreement with pkri score --json: {"all " + f"{n:,}" + " submissions agree" if agreement == 0 else "DIFFERENCES, see " + out + "/check.txt"}
results in {out}/""")
PY
exit "$agreement"
