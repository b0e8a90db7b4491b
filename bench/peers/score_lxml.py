#!/usr/bin/env python3
"""The Python/lxml peer of `pkri-bench score`: the same rules, written the
way a competent Python developer would, to measure pkri against.

For each submission file, exactly what pkri does per file (spec:
template-format.md, sections Submission and Scoring):

  parse    read the file; safe parse (no DTD, no entities, no network, UTF-8
           only, size/depth/element/text limits, no XInclude); validate
           against the shipped XML Schema (templates/schema); build the model
  check    template id and version; created/updated timestamps; unknown or
           repeated questions; in template order on the answer document:
           relevance, each value against type/options/min/max, the
           constraint; required relevant questions when status="submitted"
  score    relevance again in template order on a fresh answer document,
           earned/max per question, the evidence rule, section ratios,
           index value, gates, rounding half away from zero to 2 places
           (decimal arithmetic, 38 digits like Foundation's Decimal), band

XPath expressions are compiled once with etree.XPath, the schema once with
etree.XMLSchema. One process, one thread, like pkri's single-thread figure.

    score_lxml.py --template T DIR [--runs R] [--tsv FILE] [--no-schema]
                  [--check-against PKRI.jsonl] [--full-only]

--full-only times parse+check+score alone, without the parse-only,
check-only and score-only workloads (bench/run: the figure to set beside
`pkri score`, which does that and nothing else).

--check-against compares every submission's index values, bands, gates and
section sums with `pkri score --json` output and exits 1 on any difference.
"""
import argparse
import decimal
import json
import os
import re
import statistics
import sys
import time
from decimal import Decimal, ROUND_HALF_UP

from lxml import etree

T = "{urn:pkri:template:1}"
S = "{urn:pkri:submission:1}"
XINCLUDE = ("{http://www.w3.org/2001/XInclude}", "{http://www.w3.org/2003/XInclude}")
SCHEMA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "templates", "schema")

MAX_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64
MAX_ELEMENTS = 100_000
MAX_TEXT = 64 * 1024
MAX_DIGITS = 30

# Foundation's Decimal keeps 38 significant digits.
decimal.getcontext().prec = 38
CENT = Decimal("0.01")

DECIMAL_TEXT = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)\Z")
INTEGER_TEXT = re.compile(r"[+-]?[0-9]+\Z")
DATE_TEXT = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})\Z")
TIMESTAMP = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?"
                       r"(Z|[+-][0-9]{2}:[0-9]{2})\Z")
REFERENCE = re.compile(r"\$\{([^}]*)\}")
DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# ---------------------------------------------------------------- expressions

def _string(arg):
    """XPath string(): a node-set gives the string value of its first node."""
    if isinstance(arg, list):
        if not arg:
            return ""
        first = arg[0]
        return "".join(first.itertext()) if hasattr(first, "itertext") else str(first)
    if isinstance(arg, bool):
        return "true" if arg else "false"
    return str(arg)


def _selected(_context, nodes, value):
    return _string(value) in _string(nodes).split()


def _count_selected(_context, nodes):
    return float(len(_string(nodes).split()))


FUNCTIONS = {(None, "selected"): _selected, (None, "count-selected"): _count_selected}


def compile_expression(source):
    """`${name}` becomes `/answers/name`; compiled once."""
    return etree.XPath(REFERENCE.sub(lambda m: "/answers/" + m.group(1), source), extensions=FUNCTIONS)


def is_true(result):
    """XPath boolean() of whatever the expression returned."""
    if isinstance(result, bool):
        return result
    if isinstance(result, float):
        return result == result and result != 0
    if isinstance(result, (list, str)):
        return len(result) > 0
    return bool(result)


# ------------------------------------------------------------------- numbers

def parse_decimal(text):
    if not DECIMAL_TEXT.match(text) or sum(c.isdigit() for c in text) > MAX_DIGITS:
        return None
    return Decimal(text)


def format_decimal(value):
    """Plain notation, no exponent, no trailing zeros: `77.78`, `0`, `1500`."""
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text


def is_date(text):
    m = DATE_TEXT.match(text)
    if not m:
        return False
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not 1 <= month <= 12:
        return False
    days = DAYS_IN_MONTH[month - 1]
    if month == 2 and (year % 4 == 0 and year % 100 != 0 or year % 400 == 0):
        days = 29
    return 1 <= day <= days


def timestamp_seconds(text):
    """Seconds since the epoch of an ISO 8601 time with a zone, or None."""
    m = TIMESTAMP.match(text)
    if not m or not is_date(m.group(1)):
        return None
    hour, minute, second = int(m.group(2)), int(m.group(3)), int(m.group(4))
    if hour > 23 or minute > 59 or second > 59:
        return None
    zone = m.group(6)
    offset = 0
    if zone != "Z":
        zh, zm = int(zone[1:3]), int(zone[4:6])
        if zh > 23 or zm > 59:
            return None
        offset = (zh * 60 + zm) * 60 * (1 if zone[0] == "+" else -1)
    y, mo, d = (int(p) for p in m.group(1).split("-"))
    # days from civil (Howard Hinnant)
    y -= mo <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (mo + (-3 if mo > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days = era * 146097 + doe - 719468
    fraction = Decimal("0" + m.group(5)) if m.group(5) else Decimal(0)
    return Decimal(days * 86400 + hour * 3600 + minute * 60 + second - offset) + fraction


# ------------------------------------------------------------------ template

class Question:
    __slots__ = ("id", "type", "required", "weight", "relevant", "constraint", "constraint_message",
                 "evidence", "min", "max", "max_score", "options", "bands", "scored", "max_points")


class Section:
    __slots__ = ("id", "index", "weight", "questions")


class Index:
    __slots__ = ("id", "scale", "bands", "gates", "sections")


class Template:
    """The shipped template, read once (its own checks are pkri's job)."""

    def __init__(self, path):
        root = etree.parse(path, safe_parser()).getroot()
        etree.XMLSchema(etree.parse(os.path.join(SCHEMA_DIR, "pkri-template-1.xsd"))).assertValid(root)
        self.id = root.get("id")
        self.version = root.get("version")
        self.questions = []
        self.sections = []
        for s in root.iterchildren(T + "section"):
            section = Section()
            section.id, section.index = s.get("id"), s.get("index")
            section.weight = Decimal(s.get("weight"))
            section.questions = [self._question(q) for q in s.iterchildren(T + "question")]
            self.sections.append(section)
            self.questions.extend(section.questions)
        self.by_id = {q.id: q for q in self.questions}
        self.indices = []
        for i in root.iterchildren(T + "index"):
            index = Index()
            index.id = i.get("id")
            index.scale = Decimal(i.get("scale", "100"))
            index.bands = sorted(((Decimal(b.get("min")), b.get("id")) for b in i.iterchildren(T + "band")),
                                 reverse=True)
            index.gates = [(compile_expression(g.get("when")), Decimal(g.get("value")))
                           for g in i.iterchildren(T + "gate")]
            index.sections = [s for s in self.sections if s.index == index.id]
            self.indices.append(index)

    @staticmethod
    def _question(e):
        q = Question()
        q.id, q.type = e.get("id"), e.get("type")
        q.required = e.get("required") in ("true", "1")
        q.weight = Decimal(e.get("weight", "1"))
        q.relevant = compile_expression(e.get("relevant")) if e.get("relevant") else None
        q.constraint = compile_expression(e.get("constraint")) if e.get("constraint") else None
        message = e.find(T + "constraint-message")
        q.constraint_message = message.text if message is not None else None
        q.evidence = e.get("evidence", "none")
        q.min = Decimal(e.get("min")) if e.get("min") is not None else None
        q.max = Decimal(e.get("max")) if e.get("max") is not None else None
        q.max_score = Decimal(e.get("max-score")) if e.get("max-score") is not None else None
        q.options = {o.get("value"): Decimal(o.get("score", "0")) for o in e.iterchildren(T + "option")}
        q.bands = [(Decimal(b.get("min")) if b.get("min") is not None else None,
                    Decimal(b.get("max")) if b.get("max") is not None else None,
                    Decimal(b.get("score"))) for b in e.iterchildren(T + "band")]
        if q.type in ("single", "multiple"):
            q.scored = any(s > 0 for s in q.options.values())
        elif q.type in ("integer", "decimal"):
            q.scored = any(b[2] > 0 for b in q.bands)
        else:
            q.scored = False
        if not q.scored:
            q.max_points = Decimal(0)
        elif q.type == "single":
            q.max_points = max(q.options.values())
        elif q.type == "multiple":
            q.max_points = q.max_score if q.max_score is not None else sum(s for s in q.options.values() if s > 0)
        else:
            q.max_points = max(b[2] for b in q.bands)
        return q


# ---------------------------------------------------------------- submission

class Answer:
    __slots__ = ("question", "values", "evidence", "line")

    def __init__(self, question, values, evidence, line):
        self.question, self.values, self.evidence, self.line = question, values, evidence, line


class Submission:
    __slots__ = ("file", "id", "template", "version", "subject", "assessor", "role", "stage", "status",
                 "created", "updated", "answers")


class Invalid(Exception):
    pass


def safe_parser():
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           strip_cdata=True)


PARSER = safe_parser()
SCHEMA = None  # set in main (None: --no-schema)


def read_submission(path):
    """Safe parse, XML Schema, model."""
    if os.path.getsize(path) > MAX_BYTES:
        raise Invalid(f"{path}: over {MAX_BYTES} bytes")
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] in (b"\xfe\xff", b"\xff\xfe") or data[:1] == b"\0" or data[1:2] == b"\0":
        raise Invalid(f"{path}: not UTF-8")
    try:
        root = etree.fromstring(data, PARSER)
    except etree.XMLSyntaxError as e:
        raise Invalid(f"{path}: {e}")
    info = root.getroottree().docinfo
    if info.doctype:
        raise Invalid(f"{path}: DOCTYPE is not allowed")
    if info.encoding.upper() != "UTF-8":
        raise Invalid(f"{path}: encoding {info.encoding} is not accepted")
    elements, depth = 0, 0
    for event, e in etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if not isinstance(e.tag, str):
            continue  # comment or processing instruction
        elements += 1
        if elements > MAX_ELEMENTS or depth > MAX_DEPTH or e.tag.startswith(XINCLUDE):
            raise Invalid(f"{path}:{e.sourceline}: limits or XInclude")
        if (e.text and len(e.text) > MAX_TEXT) or (e.tail and len(e.tail) > MAX_TEXT) \
                or any(len(v) > MAX_TEXT for v in e.attrib.values()):
            raise Invalid(f"{path}:{e.sourceline}: text over {MAX_TEXT} bytes")
    if SCHEMA is not None and not SCHEMA.validate(root):
        raise Invalid(f"{path}: {SCHEMA.error_log.last_error}")
    s = Submission()
    s.file = path
    s.id, s.template, s.version = root.get("id", ""), root.get("template", ""), root.get("template-version", "")
    s.subject, s.assessor, s.role = root.get("subject", ""), root.get("assessor", ""), root.get("role", "self")
    s.stage, s.status = root.get("stage"), root.get("status", "draft")
    s.created, s.updated = root.get("created", ""), root.get("updated", "")
    s.answers = [Answer(a.get("question", ""),
                        [(v.text or "").strip() for v in a.iterchildren(S + "value")],
                        [e.get("status", "pending") for e in a.iterchildren(S + "evidence")],
                        a.sourceline)
                 for a in root.iterchildren(S + "answer")]
    return s


def check_values(q, values):
    """Type, options, min/max; returns (text in the answer document, problem)."""
    if not values:
        return None, "the answer is empty"
    if q.type != "multiple" and len(values) > 1:
        return None, f"this question takes one value, not {len(values)}"
    value = values[0]
    kind = q.type
    if kind == "single":
        return (value, None) if value in q.options else (None, f"'{value}' is not an option")
    if kind == "multiple":
        seen = set()
        for v in values:
            if v not in q.options:
                return None, f"'{v}' is not an option"
            if v in seen:
                return None, f"option '{v}' is given more than once"
            seen.add(v)
        return " ".join(values), None
    if kind in ("integer", "decimal"):
        number = parse_decimal(value)
        if number is None or (kind == "integer" and not INTEGER_TEXT.match(value)):
            return None, f"'{value}' is not a number of type {kind}"
        if q.min is not None and number < q.min:
            return None, f"{value} is below the minimum"
        if q.max is not None and number > q.max:
            return None, f"{value} is above the maximum"
        return format_decimal(number), None
    if kind == "date":
        return (value, None) if is_date(value) else (None, f"'{value}' is not a valid date")
    return (value, None) if value else (None, "the answer is empty")


def check(template, s):
    """Every problem of a submission against its template (empty: valid)."""
    if s.template != template.id:
        return [f"{s.file}: for template '{s.template}', not '{template.id}'"]
    if s.version != template.version:
        return [f"{s.file}: for template version '{s.version}', not '{template.version}'"]
    problems = []
    created, updated = timestamp_seconds(s.created), timestamp_seconds(s.updated)
    if created is None or updated is None:
        problems.append(f"{s.file}: created/updated must be ISO 8601 times with a zone")
    elif updated < created:
        problems.append(f"{s.file}: updated is earlier than created")
    answers = {}
    for a in s.answers:
        if a.question in answers:
            problems.append(f"{s.file}:{a.line}: question '{a.question}' is already answered")
        elif a.question not in template.by_id:
            problems.append(f"{s.file}:{a.line}: no question '{a.question}'")
        answers.setdefault(a.question, a)
    document = etree.Element("answers")
    missing = []
    for q in template.questions:
        relevant = q.relevant is None or is_true(q.relevant(document))
        a = answers.get(q.id)
        if a is None:
            if relevant and q.required:
                missing.append(q.id)
            continue
        text, problem = check_values(q, a.values)
        if problem:
            problems.append(f"{s.file}:{a.line}: {q.id}: {problem}")
            continue
        if q.constraint is not None:
            proposed = etree.SubElement(document, q.id)
            proposed.text = text
            holds = is_true(q.constraint(proposed))
            document.remove(proposed)
            if not holds:
                problems.append(f"{s.file}:{a.line}: {q.id}: {q.constraint_message or 'constraint violated'}")
                continue
        if relevant:
            etree.SubElement(document, q.id).text = text
    if s.status == "submitted" and missing:
        problems.append(f"{s.file}: required relevant questions unanswered: {', '.join(missing)}")
    return problems


# ------------------------------------------------------------------- scoring

def points(q, values):
    """Scoring rule 3, before the evidence rule."""
    if q.type == "single":
        return q.options.get(values[0], Decimal(0))
    if q.type == "multiple":
        total = sum((q.options[v] for v in values if v in q.options), Decimal(0))
        return min(total, q.max_score) if q.max_score is not None else total
    number = parse_decimal(values[0])
    for low, high, score in q.bands:
        if (low is None or number >= low) and (high is None or number <= high):
            return score
    return Decimal(0)


def score(template, s):
    """[(index id, value, band, gated, [(section, earned, max, counted)])]"""
    answers = {}
    for a in s.answers:
        answers.setdefault(a.question, a)
    document = etree.Element("answers")
    relevant, earned = {}, {}
    for q in template.questions:
        rel = q.relevant is None or is_true(q.relevant(document))
        relevant[q.id] = rel
        a = answers.get(q.id)
        if not rel or a is None:
            continue
        text, problem = check_values(q, a.values)
        if problem:
            continue
        etree.SubElement(document, q.id).text = text
        if q.scored:
            e = points(q, a.values)
            if q.evidence == "required" and not any(st != "rejected" for st in a.evidence):
                e = Decimal(0)
            earned[q.id] = e
    results = []
    for index in template.indices:
        sections = []
        weights = weighted = Decimal(0)
        for section in index.sections:
            e_sum = m_sum = Decimal(0)
            for q in section.questions:
                if q.scored and relevant[q.id]:
                    e_sum += q.weight * earned.get(q.id, Decimal(0))
                    m_sum += q.weight * q.max_points
            counted = m_sum > 0
            sections.append((section.id, e_sum, m_sum, counted))
            if counted:
                weights += section.weight
                weighted += section.weight * e_sum / m_sum
        value = index.scale * weighted / weights if weights > 0 else None
        gated = False
        for when, gate_value in index.gates:
            if is_true(when(document)):
                value, gated = gate_value, True
                break
        band = None
        if value is not None:
            value = value.quantize(CENT, rounding=ROUND_HALF_UP)  # half away from zero
            band = next((b for low, b in index.bands if low <= value), None)
        results.append((index.id, value, band, gated, sections))
    return results


# ----------------------------------------------------------------- benchmark

def parse_check_score(template, files, keep=None):
    """Returns (scored, invalid); fills `keep` with (submission, result) when given."""
    scored = invalid = 0
    for path in files:
        try:
            s = read_submission(path)
        except Invalid:
            invalid += 1
            continue
        if check(template, s):
            invalid += 1
            continue
        result = score(template, s)
        scored += 1
        if keep is not None:
            keep.append((s, result))
    return scored, invalid


def parse_only(files):
    for path in files:
        try:
            read_submission(path)
        except Invalid:
            pass


def check_only(template, submissions):
    for s in submissions:
        check(template, s)


def score_only(template, submissions):
    for s in submissions:
        score(template, s)


def compare(kept, jsonl):
    """Differences between our results and pkri's JSON Lines, as text."""
    theirs = {}
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                obj = json.loads(line, parse_float=Decimal, parse_int=Decimal)
                theirs[obj["submission"]] = obj
    differences = []
    ours = {}
    for s, result in kept:
        ours[s.id] = (s, result)
        other = theirs.get(s.id)
        if other is None:
            differences.append(f"{s.file}: scored here, missing from {jsonl}")
            continue
        by_index = {i["id"]: i for i in other["indices"]}
        for index_id, value, band, gated, sections in result:
            p = by_index.get(index_id)
            if p is None:
                differences.append(f"{s.file}: index {index_id} missing from pkri")
                continue
            mine = (value, band, gated, [(sid, e, m, c) for sid, e, m, c in sections])
            pkri = (p["value"], p["band"], p["gated"],
                    [(x["id"], x["earned"], x["max"], x["counted"]) for x in p["sections"]])
            if mine != pkri:
                differences.append(f"{s.file} ({s.id}) {index_id}: python {mine[:3]} pkri {pkri[:3]}"
                                   + ("" if mine[3] == pkri[3] else f"; sections python {mine[3]} pkri {pkri[3]}"))
    for sid in theirs.keys() - ours.keys():
        differences.append(f"submission {sid}: scored by pkri, not here")
    return differences, len(ours)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--template", required=True)
    ap.add_argument("folder")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tsv", metavar="FILE", help="also write the figures, tab-separated, to FILE (for scripts)")
    ap.add_argument("--no-schema", action="store_true", help="skip the XML Schema (pkri never does)")
    ap.add_argument("--check-against", metavar="PKRI.jsonl", help="compare with `pkri score --json` output")
    ap.add_argument("--full-only", action="store_true", help="time parse+check+score only")
    args = ap.parse_args()

    global SCHEMA
    if not args.no_schema:
        SCHEMA = etree.XMLSchema(etree.parse(os.path.join(SCHEMA_DIR, "pkri-submission-1.xsd")))
    template = Template(args.template)
    files = sorted(os.path.join(args.folder, n) for n in os.listdir(args.folder) if n.endswith(".xml"))
    if not files:
        sys.exit(f"{args.folder}: no *.xml files")

    def measure(key, name, body):
        wall, cpu = [], []
        for run in range(args.runs):
            start, cpu_start = time.perf_counter(), time.process_time()
            body(run)
            wall.append(time.perf_counter() - start)
            cpu.append(time.process_time() - cpu_start)
        rows.append((key, name, wall, cpu))

    rows = []
    kept = []   # (submission, result) of the first full run: for --check-against and the parsed workloads
    outcome = []
    measure("parse_check_score_1", "parse+check+score, 1 thread",
            lambda run: outcome.append(parse_check_score(template, files, kept if run == 0 else None)))
    if not args.full_only:
        measure("parse_only_1", "parse only, 1 thread", lambda run: parse_only(files))
        parsed = [s for s, _ in kept]
        measure("check_only_1", "check only, 1 thread", lambda run: check_only(template, parsed))
        measure("score_only_1", "score only, 1 thread", lambda run: score_only(template, parsed))

    peak = peak_rss_kib()
    n = len(files)
    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8") as out:
            out.write("workload\tthreads\tsubmissions_per_second\tmedian_seconds\tcpu_us_per_submission\tpeak_rss_kib\n")
            for key, _, wall, cpu in rows:
                m = statistics.median(wall)
                out.write(f"{key}\t1\t{n / m:.1f}\t{m:.4f}\t{statistics.median(cpu) / n * 1e6:.1f}\t{peak or ''}\n")
    print(f"score_lxml.py: {template.id} {template.version}, {n:,} files in {args.folder}")
    print(f"Python {sys.version.split()[0]}, lxml {etree.__version__} (libxml2 "
          f"{'.'.join(map(str, etree.LIBXML_VERSION))}); XML Schema {'off' if args.no_schema else 'on'}; "
          f"load average at the end {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"median of {args.runs} run{'s' if args.runs != 1 else ''}\n")
    table = [("workload", "subm/s", "µs/subm", "CPU µs/subm", "median s", "runs (s)")]
    for _, name, wall, cpu in rows:
        m = statistics.median(wall)
        table.append((name, f"{n / m:,.0f}", f"{m / n * 1e6:.1f}", f"{statistics.median(cpu) / n * 1e6:.1f}",
                      f"{m:.3f}", " ".join(f"{t:.2f}" for t in wall)))
    widths = [max(len(r[c]) for r in table) for c in range(len(table[0]))]
    for r in table:
        print("  ".join(r[0].ljust(widths[0]) if c == 0 else r[c].rjust(widths[c]) for c in range(len(r))))
    scored, invalid = outcome[0]
    print(f"\n{scored:,} scored, {invalid:,} invalid; peak RSS {((peak or 0) + 512) // 1024} MiB")

    if args.check_against:
        differences, count = compare(kept, args.check_against)
        for d in differences[:20]:
            print("DIFFERENT:", d, file=sys.stderr)
        if differences:
            print(f"check: {len(differences)} differences with {args.check_against}", file=sys.stderr)
            sys.exit(1)
        print(f"check: all {count:,} submissions agree with {args.check_against} "
              "(index value, band, gate, section sums)", file=sys.stderr)


def peak_rss_kib():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None


if __name__ == "__main__":
    main()
