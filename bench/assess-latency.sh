#!/usr/bin/env bash
# The assess latency benchmark of issue 5, in one command: the time from
# writing an answer to `pkri assess` (through a pipe) to reading its next
# prompt, on a generated 500-question template. Target: under 20 ms.
#
#   bench/assess-latency.sh                     # 500 questions, 3 runs of every answer
#   QUESTIONS=100 RUNS=1 bench/assess-latency.sh
#
# Builds pkri in release (into $SCRATCH), generates the template with
# bench/assess_latency.py, makes a fresh workspace (template and the sample
# registry) and lets the same script drive `pkri assess`: one new
# submission per run, every relevant question answered once. Prints median,
# p95, p99 and max, and pkri's CPU time per answer (steady on a busy machine,
# where the wall-clock figures are not).
#
# Environment: QUESTIONS (default 500), RUNS (default 3), SCRATCH (build
# folder, default .build-bench), DATA (generated files and workspace,
# default /tmp/pkri-assess-bench; deleted and remade each time), PKRI (use
# this binary instead of building).
set -euo pipefail
cd "$(dirname "$0")/.."

QUESTIONS=${QUESTIONS:-500}
RUNS=${RUNS:-3}
SCRATCH=${SCRATCH:-.build-bench}
DATA=${DATA:-${TMPDIR:-/tmp}/pkri-assess-bench}

say() { printf '== %s\n' "$*" >&2; }

if [[ -z "${PKRI:-}" ]]; then
    say "building pkri (release) into $SCRATCH"
    swift build -c release --scratch-path "$SCRATCH" --product pkri >&2
    PKRI="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/pkri"
fi

rm -rf "$DATA"
mkdir -p "$DATA"
TEMPLATE="$DATA/bench-assess.xml"
DB="$DATA/ws.sqlite"
python3 bench/assess_latency.py generate "$TEMPLATE" --questions "$QUESTIONS"
"$PKRI" init --db "$DB" --lang en >/dev/null
"$PKRI" template add --db "$DB" --lang en "$TEMPLATE" >&2
"$PKRI" registry import --db "$DB" --lang en samples/registry/agencies.csv samples/registry/innovations.csv >/dev/null

say "pkri: $PKRI"
say "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/assess_latency.py drive --pkri "$PKRI" --db "$DB" --template bench-assess \
    --subject INOV-2019-0042 --answers "$DATA/bench-assess.answers.json" --runs "$RUNS"
