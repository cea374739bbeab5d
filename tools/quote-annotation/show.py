import sys
sys.path.insert(0, __file__.rsplit('/',1)[0])
from cands import load, cands
for doc in sys.argv[1:]:
    t = load(doc); cs = cands(t)
    out = []; last = 0
    for i, (a, b, fl) in enumerate(cs):
        out.append(t[last:a]); out.append(f'[[{i}{"!"+fl if fl else ""}|'); out.append(t[a:b]); out.append(f'|{i}]]'); last = b
    out.append(t[last:])
    s = ''.join(out)
    import re
    s = re.sub(r'\n\s*\n', '\n', s)
    print('=' * 20, doc, 'ncands', len(cs), [i for i,c in enumerate(cs) if c[2]])
    print(s.strip())
