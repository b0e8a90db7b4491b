#!/usr/bin/env bash
# The report benchmark of issue 7, in one command: builds release, generates
# a synthetic national dataset (`pkri sample generate`: N innovations, each
# with a pkri-keberlanjutan self-assessment and one to three verifiers, so
# `--template pkri-keberlanjutan` gives about N subject reports: 967 for N=1000), imports
# it into a fresh workspace, then measures wall time, CPU time and peak
# memory (/usr/bin/time) of
#
#   pkri report batch --template pkri-keberlanjutan --format pdf --out DIR            (all cores)
#   pkri report batch --template pkri-keberlanjutan --format pdf --out DIR --jobs 1   (one thread)
#   pkri report batch --template pkri-keberlanjutan --format html --out DIR           (weasyprint's input)
#
# and, in the same run, weasyprint turning PEER_N of those HTML reports
# (spread evenly over the subjects) into PDF files (bench/peers/reports_weasyprint.py: weasyprint
# imported once, then a loop) in one process and in PEER_JOBS processes
# sharing the files. Checks the outputs (file counts, pages with pdfinfo,
# the subject id in pdftotext's text, pkri's PDFs identical on 1 thread and
# on all cores) and prints one table.
#
#   bench/reports.sh                     # 1,000 reports; weasyprint on 30 of them (about 30 min on 2 loaded cores)
#   N=100 PEER_N=10 RUNS=1 bench/reports.sh   # a quick look
#   PEER_N=1000 bench/reports.sh         # weasyprint on all 1,000 (hours: about 12 s of CPU per report)
#
# The reports have about 12 pages each (every question × every assessor);
# weasyprint needs seconds per report, so by default it renders only PEER_N
# of them and its throughput is per report over those.
#
# Environment: N (innovations = reports, default 1000), PEER_N (reports
# weasyprint renders, default 30, at most N), PEER_JOBS (processes for the parallel
# weasyprint figure, default 2; 1 skips it), SEED (default 1), RUNS (runs
# of each pkri measurement, median; default 3), DATA (folder, default
# bench/.data), SCRATCH (release build folder, default .build-reports-rel),
# PKRI (a pkri binary to use instead of building one).
# The generated files are reused while N, SEED and the generator's sources
# match (the same folder as bench/aggregate.sh); the workspace is made
# afresh every run.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-1000}
PEER_N=${PEER_N:-30}
(( PEER_N <= N )) || PEER_N=$N
PEER_JOBS=${PEER_JOBS:-2}
SEED=${SEED:-1}
RUNS=${RUNS:-3}
DATA=${DATA:-bench/.data}
SCRATCH=${SCRATCH:-.build-reports-rel}
TEMPLATE=pkri-keberlanjutan

say() { printf '\n== %s\n' "$*" >&2; }

if [[ -z "${PKRI:-}" ]]; then
    say "building release into $SCRATCH"
    swift build -c release --scratch-path "$SCRATCH" --product pkri >&2
    PKRI="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/pkri"
fi
if [[ ! -x /usr/bin/time || ! -x /usr/bin/pdfinfo ]]; then
    say "installing GNU time and poppler-utils (apt)"
    apt-get install -y -qq time poppler-utils >&2 || { apt-get update -qq >&2 && apt-get install -y -qq time poppler-utils >&2; }
fi
if ! python3 -c 'import weasyprint' 2>/dev/null; then
    say "installing weasyprint for the peer"
    python3 -m pip install --quiet weasyprint >&2
fi

mkdir -p "$DATA"
source bench/lib/sample-dataset.sh
SET=$(sample_dataset "$N" "$SEED")
OUT="$DATA/reports-$N-seed$SEED"
WS="$OUT/ws.sqlite"
rm -rf "$OUT"
mkdir -p "$OUT"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg) at start" \
    > "$OUT/machine.txt"
WEASYPRINT_VERSION=$(python3 -c 'import weasyprint; print(weasyprint.__version__)')

# measure NAME CMD… — one run: "NAME wall_s peak_kb user_s sys_s" appended to $OUT/times.tsv.
measure() {
    local name=$1; shift
    /usr/bin/time -f "$name %e %M %U %S" -a -o "$OUT/times.tsv" "$@"
}

say "workspace, templates, registry, submissions"
"$PKRI" init --db "$WS" --lang en >&2
"$PKRI" template add --db "$WS" --lang en templates/pkri-keberlanjutan.xml templates/pkri-replikasi.xml templates/pkri-instansi.xml >&2
"$PKRI" registry import --db "$WS" --lang en "$SET/registry/agencies.csv" "$SET/registry/innovations.csv" >&2
"$PKRI" submission import --db "$WS" --lang en "$SET"/submissions/* > "$OUT/import.txt" 2> "$OUT/import-stderr.txt" \
    || { tail -5 "$OUT/import-stderr.txt" >&2; echo "import failed; see $OUT/import-stderr.txt" >&2; exit 1; }
tail -1 "$OUT/import.txt" >&2

# Fixed dates: identical inputs give identical files, so the two pkri runs can be compared byte for byte.
export SOURCE_DATE_EPOCH=1767225600
BATCH=("$PKRI" report batch --db "$WS" --lang en --template "$TEMPLATE")

say "pkri report batch --format pdf: all cores, then --jobs 1 ($RUNS runs each)"
for ((run = 1; run <= RUNS; run++)); do
    rm -rf "$OUT/pkri-pdf"
    measure pkri-pdf-all "${BATCH[@]}" --format pdf --out "$OUT/pkri-pdf" > "$OUT/batch.txt"
done
for ((run = 1; run <= RUNS; run++)); do
    rm -rf "$OUT/pkri-pdf-1"
    measure pkri-pdf-1 "${BATCH[@]}" --format pdf --out "$OUT/pkri-pdf-1" --jobs 1 > /dev/null
done
say "pkri report batch --format html ($RUNS runs)"
for ((run = 1; run <= RUNS; run++)); do
    rm -rf "$OUT/pkri-html"
    measure pkri-html-all "${BATCH[@]}" --format html --out "$OUT/pkri-html" > /dev/null
done

PEER="bench/peers/reports_weasyprint.py"
say "weasyprint $WEASYPRINT_VERSION, 1 process, $PEER_N reports"
measure weasyprint-1 python3 "$PEER" "$OUT/pkri-html" "$OUT/weasyprint" --count "$PEER_N" \
    > "$OUT/weasyprint-1.txt" 2> "$OUT/weasyprint-1-stderr.txt" \
    || { tail -5 "$OUT/weasyprint-1-stderr.txt" >&2; exit 1; }
if (( PEER_JOBS > 1 )); then
    say "weasyprint, $PEER_JOBS processes, $PEER_N reports"
    # One measurement over the shell that starts them: GNU time sums the
    # children's CPU time and reports the largest child's peak RSS.
    measure "weasyprint-$PEER_JOBS" bash -c '
        peer=$1 html=$2 out=$3 count=$4 jobs=$5 pids=()
        for ((k = 0; k < jobs; k++)); do
            python3 "$peer" "$html" "$out" --count "$count" --shard "$k/$jobs" &
            pids+=($!)
        done
        for p in "${pids[@]}"; do wait "$p"; done' _ "$PEER" "$OUT/pkri-html" "$OUT/weasyprint-$PEER_JOBS" "$PEER_N" "$PEER_JOBS" \
        > "$OUT/weasyprint-$PEER_JOBS.txt" 2> "$OUT/weasyprint-$PEER_JOBS-stderr.txt" \
        || { tail -5 "$OUT/weasyprint-$PEER_JOBS-stderr.txt" >&2; exit 1; }
fi
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at end" >> "$OUT/machine.txt"

say "checking the outputs"
REPORTS=$(grep -o '^[0-9]*' "$OUT/batch.txt")
python3 - "$OUT" "$REPORTS" "$PEER_N" "$PEER_JOBS" "$WEASYPRINT_VERSION" "$RUNS" <<'PY' | tee "$OUT/summary.txt"
import filecmp, os, statistics, subprocess, sys
out, n, peer_n, peer_jobs, wp_version, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], int(sys.argv[6])
peer_n = min(peer_n, n)
problems = []

def listing(folder, ext):
    return sorted(f for f in os.listdir(folder) if f.endswith(ext)) if os.path.isdir(folder) else []

pdf, pdf1, html = listing(f"{out}/pkri-pdf", ".pdf"), listing(f"{out}/pkri-pdf-1", ".pdf"), listing(f"{out}/pkri-html", ".html")
peer = listing(f"{out}/weasyprint", ".pdf")
peer_par = listing(f"{out}/weasyprint-{peer_jobs}", ".pdf") if peer_jobs > 1 else []
for what, got, want in [("pkri PDFs (all cores)", len(pdf), n), ("pkri PDFs (--jobs 1)", len(pdf1), n),
                        ("pkri HTML", len(html), n), ("weasyprint PDFs", len(peer), peer_n)] + \
                       ([(f"weasyprint PDFs ({peer_jobs} processes)", len(peer_par), peer_n)] if peer_jobs > 1 else []):
    if got != want:
        problems.append(f"{what}: {got} files, expected {want}")
# Same inputs, same SOURCE_DATE_EPOCH: the thread count must not change a byte.
_, mismatch, errors = filecmp.cmpfiles(f"{out}/pkri-pdf", f"{out}/pkri-pdf-1", pdf, shallow=False)
if mismatch or errors:
    problems.append(f"pkri PDFs differ between all cores and --jobs 1: {(mismatch + errors)[:3]}")

def pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True)
    for line in info.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    problems.append(f"{path}: pdfinfo: {info.stderr.strip()[:200]}")
    return 0

def text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout

# Pages of every PDF; text of a few of the subjects both sides rendered.
compared = peer
all_pages = {f: pages(f"{out}/pkri-pdf/{f}") for f in pdf}
pkri_pages = [all_pages.get(f, 0) for f in compared]
peer_pages = [pages(f"{out}/weasyprint/{f}") for f in compared]
checked = sorted({compared[0], compared[len(compared) // 2], compared[-1]}) if compared else []
for f in checked:
    subject = f[:-4]
    for side, path in [("pkri", f"{out}/pkri-pdf/{f}"), ("weasyprint", f"{out}/weasyprint/{f}")]:
        t = text(path)
        if subject not in t:
            problems.append(f"{side} {f}: the text has no {subject}")
        if "Evaluator Report" not in t:
            problems.append(f"{side} {f}: the text has no title")
    if subject not in open(f"{out}/pkri-html/{subject}.html", encoding="utf-8").read():
        problems.append(f"pkri {subject}.html: no {subject}")
    if peer_jobs > 1 and pages(f"{out}/weasyprint-{peer_jobs}/{f}") != pages(f"{out}/weasyprint/{f}"):
        problems.append(f"weasyprint {f}: page counts differ between the 1 and {peer_jobs} process runs")

times = {}
for line in open(f"{out}/times.tsv"):
    f = line.split()
    if len(f) == 5 and not line.startswith("Command"):
        times.setdefault(f[0], []).append(tuple(map(float, f[1:])))

def fig(name, count):
    """reports/s, CPU ms per report, peak RSS MB, wall s — medians over the runs, RSS the largest."""
    r = times[name]
    wall = statistics.median(x[0] for x in r)
    cpu = statistics.median(x[2] + x[3] for x in r)
    return count / wall, 1000 * cpu / count, max(x[1] for x in r) / 1024, wall

pkri_total, peer_total = sum(all_pages.values()), sum(peer_pages)
rows = [("pkri-pdf-all", "pkri report batch --format pdf, all cores", n, pkri_total),
        ("pkri-pdf-1", "pkri report batch --format pdf, --jobs 1", n, pkri_total),
        ("pkri-html-all", "pkri report batch --format html, all cores", n, None),
        ("weasyprint-1", f"weasyprint {wp_version}, 1 process", len(peer), peer_total)]
if peer_jobs > 1:
    rows.append((f"weasyprint-{peer_jobs}", f"weasyprint {wp_version}, {peer_jobs} processes", len(peer), peer_total))
figs = {k: fig(k, c) for k, _, c, _ in rows}
table = [("", "reports", "pages", "reports/s", "pages/s", "CPU ms/report", "peak RSS MB", "wall s")]
for key, label, count, total in rows:
    rate, cpu, rss, wall = figs[key]
    table.append((label, f"{count:,}", f"{total:,}" if total else "", f"{rate:,.2f}",
                  f"{total / wall:,.1f}" if total else "", f"{cpu:,.1f}", f"{rss:,.1f}", f"{wall:,.2f}"))
widths = [max(len(r[c]) for r in table) for c in range(len(table[0]))]
print(f"\nreport benchmark: {n:,} subject reports (pkri-keberlanjutan, {os.path.basename(out)}), weasyprint on {len(peer):,} of them (spread evenly)")
print(open(f"{out}/machine.txt").read().strip())
print()
for r in table:
    print("  ".join(r[0].ljust(widths[0]) if c == 0 else r[c].rjust(widths[c]) for c in range(len(r))))
avg = lambda xs: sum(xs) / len(xs) if xs else 0
print(f"""
pages per report: pkri {avg(list(all_pages.values())):.1f} over all {len(all_pages):,}; on the {len(compared):,} subjects weasyprint rendered pkri {avg(pkri_pages):.1f}, weasyprint {avg(peer_pages):.1f}
reports/s: all reports over the median wall time of the runs (pkri {runs} runs, weasyprint 1); CPU: user + system of
every thread and process, per report; peak RSS: the largest process (GNU time, maximum resident set size).""")

def ratio(a, b):
    rate = figs[a][0] / figs[b][0]
    pages = (pkri_total / figs[a][3]) / (peer_total / figs[b][3]) if peer_total else 0
    cpu = figs[b][1] / figs[a][1]
    return rate, pages, cpu
one, one_pages, one_cpu = ratio("pkri-pdf-1", "weasyprint-1")
print(f"pkri --jobs 1 vs weasyprint 1 process: {one:.1f}× the reports/s ({one_pages:.1f}× the pages/s), {one_cpu:.1f}× less CPU per report")
if peer_jobs > 1:
    par, par_pages, par_cpu = ratio("pkri-pdf-all", f"weasyprint-{peer_jobs}")
    print(f"pkri all cores vs weasyprint {peer_jobs} processes: {par:.1f}× the reports/s ({par_pages:.1f}× the pages/s), {par_cpu:.1f}× less CPU per report")
print(f"target at least 20× weasyprint's throughput (one core each): {'MET' if one >= 20 else 'MISSED'} ({one:.1f}×)")
if peer_jobs > 1:
    print(f"target at least 20× weasyprint's throughput (all cores each): {'MET' if par >= 20 else 'MISSED'} ({par:.1f}×)")
print(f"checks: {'outputs sane (file counts, pages, subject id and title in the text of ' + str(len(checked)) + ' files each, pkri identical on 1 thread and all cores)' if not problems else str(len(problems)) + ' problems: ' + '; '.join(problems[:6])}")
print(f"results in {out}/")
sys.exit(1 if problems else 0)
PY
