#!/usr/bin/env python3
"""Re-read quotes-dev.tsv and print every row's span text with kind/speaker, for verification.
Also runs sanity checks (offsets in range, ASCII source, span trimmed, span bordered by quote marks).
Usage: python3 check.py [DOC ...]   (default: all rows)"""
import csv, pathlib, sys
HERE = pathlib.Path(__file__).resolve().parent
TEXTS = HERE / 'texts'
want = set(sys.argv[1:])
cache = {}
sys.path.insert(0, str(HERE))
from cands import load
def text(doc):
    if doc not in cache:
        cache[doc] = load(doc)
    return cache[doc]
OPEN = ('"', '``', "''", '\u201c', '\u201d'); CLOSE = ('"', "''", '\u201d')
n = warn = 0
with open(HERE.parents[1] / 'dateline-bench/src/main/resources/org/dateline/bench/quotes/quotes-dev.tsv', newline='') as f:
    rd = csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
    assert rd.fieldnames == ['doc', 'begin', 'end', 'kind', 'speaker', 'description'], rd.fieldnames
    for r in rd:
        if want and r['doc'] not in want: continue
        t = text(r['doc']); a, b = int(r['begin']), int(r['end']); s = t[a:b]; n += 1
        notes = []
        if not (0 <= a < b <= len(t)): notes.append('BAD-RANGE')
        if s != s.strip(): notes.append('UNTRIMMED')
        if r['kind'] not in ('direct', 'scare'): notes.append('BAD-KIND')
        if not t[:a].rstrip().endswith(OPEN): notes.append('NO-OPEN-MARK')
        if not t[b:].lstrip().startswith(CLOSE): notes.append('no-close-mark(paragraph-continued?)')
        who = r['speaker'] or (f"[{r['description']}]" if r['description'] else '-')
        print(f"{r['doc']}\t{a}-{b}\t{r['kind']}\t{who}\t{s!r}" + (f"\t!! {' '.join(notes)}" if notes else ''))
        warn += any(x.isupper() for x in notes)
print(f'# {n} rows checked, {warn} rows with hard errors', file=sys.stderr)
