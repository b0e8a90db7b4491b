#!/usr/bin/env python3
"""Writes a large, valid template for the template-validation benchmark:
the sections of a shipped template repeated, with every section and
question id (and every ${reference} in relevant, constraint and gate
expressions) renamed per copy, until it holds at least QUESTIONS questions.

    big_template.py SOURCE.xml QUESTIONS OUT.xml

Plain text processing keeps the copy byte-for-byte like the original, so
the file exercises exactly what a ministry-authored template would.
"""
import re
import sys

source, wanted, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = open(source, encoding="utf-8").read()
sections = re.findall(r"  <section .*?</section>\n", text, flags=re.S)
head = text[: text.index(sections[0])]
tail = text[text.index(sections[-1]) + len(sections[-1]):]
per_copy = sum(s.count("<question ") for s in sections)
copies = -(-wanted // per_copy)
question_ids = re.findall(r'<question id="([^"]+)"', "".join(sections))

def renamed(section: str, n: int) -> str:
    if n == 0:
        return section
    section = re.sub(r'(<section id=")([^"]+)"', rf'\g<1>\g<2>-{n}"', section)
    section = re.sub(r'(<question id=")([^"]+)"', rf'\g<1>\g<2>_{n}"', section)
    return re.sub(r"\$\{([^}]+)\}", lambda m: "${%s_%d}" % (m.group(1), n) if m.group(1) in question_ids else m.group(0), section)

body = "".join(renamed(s, n) for n in range(copies) for s in sections)
with open(out, "w", encoding="utf-8") as f:
    f.write(head + body + tail)
print(f"{out}: {copies * per_copy} questions in {copies * len(sections)} sections", file=sys.stderr)
