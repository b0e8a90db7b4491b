#!/usr/bin/env python3
"""The weasyprint peer of `pkri report batch --format pdf`: turns the HTML
reports that `pkri report batch --format html` wrote into PDF files, the way
a Python service would: weasyprint imported once, then one
HTML(filename).write_pdf(path) per report, in one process.

    reports_weasyprint.py HTML_DIR OUT_DIR [--count N] [--shard K/M]

Takes N of the `*.html` files of HTML_DIR (all by default), spread evenly
over them in name order, so that a part stands for the whole; with --shard
K/M only every M-th of those starting at the K-th (0-based), so M processes
together render the same N files. Writes OUT_DIR/NAME.pdf and
prints one line: files rendered and seconds spent in the loop (after the
import).
"""
import argparse
import logging
import os
import sys
import time

parser = argparse.ArgumentParser()
parser.add_argument("html_dir")
parser.add_argument("out_dir")
parser.add_argument("--count", type=int)
parser.add_argument("--shard", default="0/1")
args = parser.parse_args()
k, m = (int(x) for x in args.shard.split("/"))

import weasyprint  # noqa: E402  (after argument parsing: a usage error needs no import)

# weasyprint logs every CSS property it ignores; the benchmark wants figures.
logging.getLogger("weasyprint").setLevel(logging.ERROR)

names = sorted(n for n in os.listdir(args.html_dir) if n.endswith(".html"))
if args.count is not None and args.count < len(names):
    names = [names[i * len(names) // args.count] for i in range(args.count)]
names = names[k::m]
os.makedirs(args.out_dir, exist_ok=True)
started = time.perf_counter()
for name in names:
    path = os.path.join(args.html_dir, name)
    weasyprint.HTML(filename=path).write_pdf(os.path.join(args.out_dir, name[:-5] + ".pdf"))
print(f"{len(names)} {time.perf_counter() - started:.3f}")
sys.stdout.flush()
