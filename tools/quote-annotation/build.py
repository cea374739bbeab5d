"""Build quotes-dev.tsv from annot.txt (manual decisions) + candidate offsets.
Checks: every candidate of each doc is annotated or explicitly replaced; every quote mark
in an annotated doc borders some row's span.
Usage: python3 build.py            (annot.txt -> quotes-dev.tsv)
       python3 build.py --check F  (run the checks on decisions file F; write nothing)"""
import sys, re, collections, pathlib
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from cands import load, cands, MARK
TSV = HERE.parents[1] / 'dateline-bench/src/main/resources/org/dateline/bench/quotes/quotes-dev.tsv'
skipped = set(); rows = []; seen = collections.defaultdict(set); explicit = collections.defaultdict(list)
order = []
check = sys.argv[2] if sys.argv[1:2] == ['--check'] else None
for line in open(check or HERE / 'annot.txt'):
    if line.startswith('#') or not line.strip(): continue
    doc, idx, kind, spk, desc = line.rstrip('\n').split('\t')
    if doc not in order: order.append(doc)
    t = load(doc); cs = cands(t)
    if '-' in idx:
        a, b = map(int, idx.split('-')); explicit[doc].append((a, b))
    else:
        i = int(idx); assert i not in seen[doc], (doc, i); seen[doc].add(i)
        a, b, fl = cs[i]
    if kind == 'skip':  # a mis-paired candidate, replaced by a row with explicit offsets
        skipped.add((doc, int(idx))); continue
    assert kind in ('direct', 'scare')
    if kind == 'scare': assert not spk and not desc, line
    if spk: assert not desc, line
    rows.append((doc, a, b, kind, spk, desc))
problems = 0
for doc in order:
    t = load(doc); cs = cands(t)
    for i in range(len(cs)):
        if i not in seen[doc] and (doc, i) not in skipped:
            print('UNANNOTATED', doc, i, cs[i]); problems += 1
    spans = [(a, b) for d, a, b, *_ in rows if d == doc]
    for m in MARK.finditer(t):
        s, e = m.span()
        if m.group() == "'''": s += 1
        ok = any(t[e:a].strip() == '' and e <= a for a, b in spans) or any(t[b:s].strip() == '' and b <= s for a, b in spans)
        ok = ok or any(a < s and e < b for a, b in spans)  # a quotation nested in another's span
        if not ok: print('UNCOVERED MARK', doc, s, repr(t[max(0,s-40):e+40])); problems += 1
rows.sort(key=lambda r: (r[0], r[1]))
if check:
    print(len(rows), 'rows,', len(order), 'docs,', problems, 'problems')
    sys.exit(1 if problems else 0)
with open(TSV, 'w') as f:
    f.write('doc\tbegin\tend\tkind\tspeaker\tdescription\n')
    for r in rows: f.write('\t'.join(map(str, r)) + '\n')
print(len(rows), 'rows,', len(order), 'docs,', problems, 'problems')
