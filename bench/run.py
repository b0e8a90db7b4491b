#!/usr/bin/env python3
"""The one benchmark table of issue 8 (see bench/README.md): each workload
timed for pkri and for the tool people would otherwise use, on the same
input, in the same run, median of RUNS runs, with peak memory.

Called by bench/run, which builds pkri in release mode and installs the
peers first. Environment: PKRI (binary), SIZE (submissions for the scoring
and import workloads, default 100000), REPORTS (default 1000), PEER_REPORTS (default 30), RUNS
(default 3), DATA (default bench/.data), ONLY (comma-separated workload
names), SENSITIVITY_INNOVATIONS (default 100000), JSON (also write the figures to this file).
"""
import csv
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKRI = os.environ["PKRI"]
SIZE = int(os.environ.get("SIZE", "100000"))
REPORTS = int(os.environ.get("REPORTS", "1000"))
RUNS = int(os.environ.get("RUNS", "3"))
DATA = os.path.abspath(os.environ.get("DATA", os.path.join(ROOT, "bench", ".data")))
ONLY = set(filter(None, os.environ.get("ONLY", "").split(",")))
TEMPLATE = os.path.join(ROOT, "templates", "pkri-keberlanjutan.xml")
SCHEMAS = os.path.join(ROOT, "templates", "schema")
BIN = os.path.dirname(PKRI)


def say(*words):
    print("==", *words, file=sys.stderr, flush=True)


class Figures:
    """Runs of one command: wall seconds, CPU seconds (user + system of it and
    its children), peak resident set size in MB (GNU time)."""

    def __init__(self, runs):
        self.runs = runs

    @property
    def wall(self):
        return statistics.median(r[0] for r in self.runs)

    @property
    def cpu(self):
        return statistics.median(r[1] for r in self.runs)

    @property
    def rss(self):
        return max(r[2] for r in self.runs)


def measure(command, runs=RUNS, before=None, stdout=subprocess.DEVNULL, cwd=ROOT, env=None, shell=False):
    """Median of `runs` runs of `command` under GNU time; `before` runs
    untimed ahead of each run (a fresh workspace, say)."""
    results = []
    for _ in range(runs):
        if before:
            before()
        timing = os.path.join(DATA, ".time")
        wrapped = ["/usr/bin/time", "-f", "%e %U %S %M", "-o", timing]
        wrapped += ["bash", "-c", command] if shell else command
        out = open(stdout, "w") if isinstance(stdout, str) else stdout
        done = subprocess.run(wrapped, stdout=out, stderr=subprocess.PIPE, cwd=cwd, env=env)
        if done.returncode != 0:
            sys.exit(f"failed ({done.returncode}): {' '.join(map(str, wrapped))}\n{done.stderr.decode()[-2000:]}")
        wall, user, system, rss = open(timing).read().split()[-4:]
        results.append((float(wall), float(user) + float(system), int(rss) / 1024))
    return Figures(results)


def pkri(*args, **kw):
    return subprocess.run([PKRI, *args, "--lang", "en"], check=True, cwd=ROOT, **kw)


# MARK: - data

def sample_dataset(innovations):
    """`pkri sample generate`, kept while the count and generator match."""
    folder = os.path.join(DATA, f"sample-{innovations}-seed1")
    # The stamp bench/lib/sample-dataset.sh writes, so the shell benchmarks share the folder.
    stamp = f"count={innovations} seed=1 " + subprocess.run(
        "cat Sources/PKRICore/Generation/*.swift templates/pkri-*.xml | sha256sum", shell=True, cwd=ROOT,
        capture_output=True, text=True).stdout.split()[0][:16]
    marker = os.path.join(folder, ".generated")
    if os.path.exists(marker) and open(marker).read().strip() == stamp:
        return folder
    say(f"generating {innovations:,} innovations into {folder}")
    shutil.rmtree(folder, ignore_errors=True)
    pkri("sample", "generate", "--innovations", str(innovations), "--seed", "1", "--out", folder,
         stderr=subprocess.DEVNULL)
    open(marker, "w").write(stamp + "\n")
    return folder
    say(f"generating {innovations:,} innovations into {folder}")
    shutil.rmtree(folder, ignore_errors=True)
    pkri("sample", "generate", "--innovations", str(innovations), "--seed", "1", "--out", folder,
         stderr=subprocess.DEVNULL)
    open(os.path.join(folder, ".generated"), "w").write(stamp)
    return folder


def submission_files(folder):
    return sorted(glob.glob(os.path.join(folder, "submissions", "*", "*.xml")))


def innovations_for(submissions):
    """`sample generate` writes about 3.55 submission files per innovation
    (every template, self + verifiers): enough innovations for about
    `submissions` files."""
    return max(10, int(submissions / 3.55) + 1)


def workspace(folder, with_submissions):
    """A workspace for the dataset in `folder` (one per dataset), made afresh
    by the function returned beside its path."""
    path = os.path.join(DATA, f"workspace-{os.path.basename(folder)}.sqlite")

    def fresh():
        for f in glob.glob(path + "*"):
            os.remove(f) if os.path.isfile(f) else shutil.rmtree(f)
        quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pkri("init", "--db", path, **quiet)
        pkri("template", "add", "--db", path, *sorted(glob.glob(os.path.join(ROOT, "templates", "pkri-*.xml"))), **quiet)
        pkri("registry", "import", "--db", path, os.path.join(folder, "registry", "agencies.csv"),
             os.path.join(folder, "registry", "innovations.csv"), **quiet)
        if with_submissions:
            pkri("submission", "import", "--db", path, *glob.glob(os.path.join(folder, "submissions", "*")), **quiet)
            open(path + ".complete", "w").close()
    return path, fresh


def imported_workspace(folder):
    """The dataset's workspace with every submission imported."""
    path, fresh = workspace(folder, with_submissions=True)
    if not os.path.exists(path + ".complete"):
        say(f"importing {folder}")
        fresh()
    return path


# MARK: - workloads

def template_workload():
    """Validating a 2,000-question template: pkri loads it (XSD, semantic
    checks, every expression compiled); xmllint validates against the XSD."""
    big = os.path.join(DATA, "template-2000.xml")
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "tools", "big_template.py"), TEMPLATE, "2000", big],
                   check=True, stderr=subprocess.DEVNULL)
    runs = max(RUNS, 5)
    return ("validate a 2,000-question template", "xmllint --noout --schema", 1.5, "≤",
            measure([PKRI, "template", "validate", big], runs=runs),
            measure(["xmllint", "--noout", "--schema", os.path.join(SCHEMAS, "pkri-template-1.xsd"), big], runs=runs))


def score_workload():
    """Scoring a folder: `pkri score --json` (all cores) against the plain
    Python/lxml implementation of the same rules on the same files."""
    folder = os.path.join(DATA, f"submissions-{SIZE}-seed1")
    stamp = os.path.join(folder, ".generated")
    if not (os.path.exists(stamp) and open(stamp).read().startswith(f"count={SIZE} seed=1 ")):
        say(f"generating {SIZE:,} keberlanjutan submissions")
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([os.path.join(BIN, "pkri-bench"), "generate", "--template", TEMPLATE, "--count", str(SIZE),
                        "--seed", "1", "--out", folder], check=True, stdout=subprocess.DEVNULL)
    # Timed runs print to /dev/null, as the peer keeps its results in
    # memory; one more run writes the JSON Lines the peer checks itself
    # against (writing 4.4 KB a submission to disk is timed apart below).
    command = [PKRI, "score", "--template", TEMPLATE, "--json", folder]
    mine = measure(command)
    one_core = measure(["taskset", "-c", "0", *command], runs=1)
    jsonl = os.path.join(DATA, "score.jsonl")
    to_file = measure(command, runs=1, stdout=jsonl)
    say(f"pkri score --json > file: {to_file.wall:.2f} s wall, {to_file.cpu:.2f} s CPU")
    # The peer's own timing of parse+check+score (its TSV row), without its
    # start, template load and the check against pkri's output that follows
    # in the same process (timing the whole process, as this script did
    # until session 4, also counted its parse-only, check-only and
    # score-only workloads and made pkri look 1.6 times faster than it is).
    tsv = os.path.join(DATA, "score-peer.tsv")
    process = measure([sys.executable, os.path.join(ROOT, "bench", "peers", "score_lxml.py"), "--template", TEMPLATE,
                       folder, "--runs", "1", "--full-only", "--tsv", tsv, "--check-against", jsonl])
    row = next(r for r in csv.DictReader(open(tsv), delimiter="\t") if r["workload"] == "parse_check_score_1")
    peer = Figures([(float(row["median_seconds"]), float(row["cpu_us_per_submission"]) * SIZE / 1e6, process.rss)])
    return [(f"score {SIZE:,} submissions (all cores)", "Python/lxml, same rules", 20, "≥", mine, peer),
            (f"score {SIZE:,} submissions (1 core)", "Python/lxml, same rules", None, "", one_core, peer)]


def import_workload():
    """Importing submissions into a fresh workspace (parse, XSD, check,
    score, store) against xmllint parsing the same files (parse only)."""
    folder = sample_dataset(innovations_for(SIZE))
    files = submission_files(folder)
    path, fresh = workspace(folder, with_submissions=False)
    dirs = " ".join(sorted(glob.glob(os.path.join(folder, "submissions", "*"))))
    mine = measure(f"'{PKRI}' submission import --db '{path}' --lang en {dirs}", before=fresh, shell=True)
    open(path + ".complete", "w").close()
    peer = measure(f"find {dirs} -name '*.xml' -print0 | xargs -0 xmllint --noout", shell=True)
    return (f"import {len(files):,} submissions", "xmllint --noout (parse only)", 3, "≤", mine, peer)


def aggregate_workload():
    """`pkri aggregate --by province` on the imported workspace against DuckDB
    doing the same per-province figures from the exported results CSV."""
    folder = sample_dataset(innovations_for(SIZE))
    path = imported_workspace(folder)
    results = os.path.join(DATA, "results.csv")
    pkri("results", "--db", path, "--template", "pkri-keberlanjutan", "--index", "keberlanjutan", "--format", "csv",
         stdout=open(results, "w"))
    mine = measure([PKRI, "aggregate", "--db", path, "--index", "keberlanjutan", "--by", "province", "--format", "csv"])
    peer = measure([sys.executable, os.path.join(ROOT, "bench", "peers", "aggregate_duckdb.py"), results,
                    os.path.join(folder, "registry", "agencies.csv"), os.path.join(folder, "registry", "innovations.csv"),
                    os.path.join(DATA, "duckdb-province.csv")])
    return ("aggregate by province", "DuckDB on the exported CSV", 1.5, "≤", mine, peer)


def reports_workload():
    """REPORTS subject reports as PDF (`pkri report batch --limit`, all
    cores) against weasyprint turning the same reports' HTML into PDF, per
    report: weasyprint needs seconds a report, so it renders PEER_REPORTS of
    them (default 30, spread evenly; bench/peers/reports_weasyprint.py)."""
    folder = sample_dataset(innovations_for(SIZE))
    path = imported_workspace(folder)
    peer_reports = int(os.environ.get("PEER_REPORTS", "30"))
    pdf, html, peer_pdf = (os.path.join(DATA, f"reports-{k}") for k in ("pdf", "html", "weasyprint"))
    common = ["report", "batch", "--db", path, "--template", "pkri-keberlanjutan", "--limit", str(REPORTS), "--lang", "en"]
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
    clear = lambda d: (lambda: shutil.rmtree(d, ignore_errors=True))
    mine = measure([PKRI, *common, "--format", "pdf", "--out", pdf], env=env, before=clear(pdf))
    written = len(glob.glob(os.path.join(pdf, "*.pdf")))
    clear(html)()
    pkri(*common[:-2], "--format", "html", "--out", html, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    peer = measure([sys.executable, os.path.join(ROOT, "bench", "peers", "reports_weasyprint.py"), html, peer_pdf,
                    "--count", str(peer_reports)], runs=1, before=clear(peer_pdf))
    rendered = len(glob.glob(os.path.join(peer_pdf, "*.pdf")))
    per = lambda f, n: Figures([(w / n, c / n, r) for w, c, r in f.runs])
    return (f"1 subject report (PDF), of {written:,} (peer: {rendered})", "weasyprint on the same HTML", 20, "≥",
            per(mine, written), per(peer, rendered))


def replication_workload():
    """Every replication lineage of a registry of 100,000 innovations
    (issue 21: under a second): `pkri replication --json` on a workspace
    holding that registry, against DuckDB's recursive query over the same
    CSV files (bench/peers/replication_duckdb.py), checked to agree on every
    original. `pkri-bench lineage` writes the registry and prints the
    figures of the lineage alone, without the process around it."""
    innovations = int(os.environ.get("LINEAGE_INNOVATIONS", "100000"))
    folder = os.path.join(DATA, f"lineage-{innovations}-seed1")
    path = os.path.join(folder, "workspace.sqlite")
    core = subprocess.run([os.path.join(BIN, "pkri-bench"), "lineage", "--innovations", str(innovations),
                           "--runs", str(RUNS), "--registry-out", folder], check=True, capture_output=True, text=True)
    print(core.stdout, file=sys.stderr)
    if not os.path.exists(path + ".complete"):
        say(f"importing the registry of {innovations:,} innovations")
        for f in glob.glob(path + "*"):
            os.remove(f)
        quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pkri("init", "--db", path, **quiet)
        pkri("registry", "import", "--db", path, os.path.join(folder, "agencies.csv"),
             os.path.join(folder, "innovations.csv"), **quiet)
        open(path + ".complete", "w").close()
    jsonl, peer_csv = os.path.join(DATA, "replication.jsonl"), os.path.join(DATA, "replication-duckdb.csv")
    mine = measure([PKRI, "replication", "--db", path, "--json"], stdout=jsonl)
    peer = measure([sys.executable, os.path.join(ROOT, "bench", "peers", "replication_duckdb.py"),
                    os.path.join(folder, "agencies.csv"), os.path.join(folder, "innovations.csv"), peer_csv])
    ours = {}
    for line in open(jsonl):
        o = json.loads(line)
        ours[o["innovation"]] = (o["direct"], o["total"], o["depth"], " ".join(o["provinces"]), " ".join(o["regencies"]))
    theirs = {r["innovation"]: (int(r["direct"]), int(r["total"]), int(r["depth"]), r["provinces"], r["regencies"])
              for r in csv.DictReader(open(peer_csv))}
    differ = [k for k in set(ours) | set(theirs) if ours.get(k) != theirs.get(k)]
    say(f"replication: pkri and DuckDB agree on {len(ours) - len(differ):,} of {len(ours):,} originals")
    if differ:
        sys.exit(f"replication: pkri and DuckDB disagree on {len(differ)} originals, e.g. {sorted(differ)[:3]}")
    return (f"replication lineages of {innovations:,} innovations", "DuckDB recursive query on the CSVs", 1, "s<",
            mine, peer)


def sensitivity_workload():
    """`pkri sensitivity` with 1,000 runs over SENSITIVITY_INNOVATIONS
    (default 100,000) innovations, recombined from the stored section sums.
    No peer does this; the target is absolute (issue 19: under 30 s)."""
    innovations = int(os.environ.get("SENSITIVITY_INNOVATIONS", "100000"))
    folder = sample_dataset(innovations)
    path = imported_workspace(folder)
    command = [PKRI, "sensitivity", "--db", path, "--template", "pkri-keberlanjutan", "--index", "keberlanjutan",
               "--runs", "1000", "--json"]
    # The first call fills what the workspace lacks; the timed ones read it.
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return (f"sensitivity, 1,000 runs over {innovations:,} innovations", "—", 30, "s", measure(command), None)


def startup_workload():
    """Starting the program: `pkri --help` against the Python peer's start
    (`python3 -c 'import lxml.etree'`)."""
    runs = max(RUNS, 10)
    return ("startup (pkri --help)", "python3 -c 'import lxml.etree'", None, "",
            measure([PKRI, "--help"], runs=runs), measure([sys.executable, "-c", "import lxml.etree"], runs=runs))


WORKLOADS = {"template": template_workload, "score": score_workload, "import": import_workload,
             "aggregate": aggregate_workload, "reports": reports_workload, "replication": replication_workload,
             "startup": startup_workload,
             "sensitivity": sensitivity_workload}


# MARK: - table

def main():
    os.makedirs(DATA, exist_ok=True)
    machine = (f"{os.cpu_count()} cores, "
               + next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
               + f", load average {' '.join(open('/proc/loadavg').read().split()[:3])} at start")
    rows = []
    for name, workload in WORKLOADS.items():
        if ONLY and name not in ONLY:
            continue
        say(name)
        started = time.time()
        out = workload()
        rows += out if isinstance(out, list) else [out]
        say(f"{name}: {time.time() - started:.0f} s")
    table = [("workload", "peer", "pkri s", "peer s", "ratio", "target", "pkri MB", "peer MB", "pkri CPU s", "peer CPU s")]
    for label, peer_name, target, direction, mine, peer in rows:
        if peer is None:
            # An absolute target: under `target` seconds, no peer.
            goal = f"< {target} s {'MET' if mine.wall < target else 'MISSED'}"
            table.append((label, peer_name, f"{mine.wall:.3f}", "", "", goal, f"{mine.rss:.0f}", "", f"{mine.cpu:.2f}", ""))
            continue
        # Time ratio as the targets put it: "≤ n×" the peer's time, or
        # "≥ n×" the peer's throughput (peer time ÷ pkri time).
        if direction == "s<":
            # An absolute target: pkri's own wall time under `target` seconds.
            ratio, shown = peer.wall / mine.wall, f"{peer.wall / mine.wall:.2f}× faster"
            met = mine.wall < target
            table.append((label, peer_name, f"{mine.wall:.3f}", f"{peer.wall:.3f}", shown,
                          f"< {target} s {'MET' if met else 'MISSED'}", f"{mine.rss:.0f}", f"{peer.rss:.0f}",
                          f"{mine.cpu:.2f}", f"{peer.cpu:.2f}"))
            continue
        if direction == "≥" or target is None:
            ratio, shown = peer.wall / mine.wall, f"{peer.wall / mine.wall:.2f}× faster"
            met = target is None or ratio >= target
        else:
            ratio, shown = mine.wall / peer.wall, f"{mine.wall / peer.wall:.2f}× its time"
            met = ratio <= target
        goal = "" if target is None else f"{direction} {target}× {'MET' if met else 'MISSED'}"
        table.append((label, peer_name, f"{mine.wall:.3f}", f"{peer.wall:.3f}", shown, goal,
                      f"{mine.rss:.0f}", f"{peer.rss:.0f}", f"{mine.cpu:.2f}", f"{peer.cpu:.2f}"))
    widths = [max(len(r[c]) for r in table) for c in range(len(table[0]))]
    print(f"\npkri benchmarks: SIZE={SIZE:,}, REPORTS={REPORTS:,}, median of {RUNS} runs")
    print(machine + f"; load average {' '.join(open('/proc/loadavg').read().split()[:3])} at end\n")
    for r in table:
        print("  ".join(r[c].ljust(widths[c]) if c < 2 else r[c].rjust(widths[c]) for c in range(len(r))))
    print("\ns: wall-clock seconds (median); MB: peak resident memory of the process tree's largest process;"
          "\nCPU s: user + system seconds. 'faster' = peer time ÷ pkri time; 'its time' = pkri time ÷ peer time.")
    if os.environ.get("JSON"):
        json.dump({"size": SIZE, "reports": REPORTS, "runs": RUNS, "machine": machine,
                   "rows": [dict(zip(table[0], r)) for r in table[1:]]}, open(os.environ["JSON"], "w"), indent=1)


if __name__ == "__main__":
    main()
