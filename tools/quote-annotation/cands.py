"""List candidate quote segments (mechanical pairing of quote marks) for a doc.
Usage: python3 cands.py DOC [DOC...]   (prints context for manual reading)
"""
import re, sys, pathlib
TX = pathlib.Path(__file__).resolve().parent / 'texts'
MARK = re.compile(r"``|(?<!')''(?!')|'''(?!')|\"|\u201c|\u201d")
WEB = 'wcxb-'  # web articles: WCXB main_content (wcxb_dump.py), curly marks allowed
ECB = 'ecb-'   # ECB+ documents rebuilt from their tokens (ecb_dump.sh), curly marks allowed

def load(doc):
    if doc.startswith((WEB, ECB)):
        sub, name = ('texts-wcxb', doc[len(WEB):]) if doc.startswith(WEB) else ('texts-ecb', doc[len(ECB):])
        t = (TX.parent / sub / (name + '.txt')).read_text('utf-8')
        assert all(ord(c) <= 0xFFFF for c in t), doc  # Python offsets = Java char offsets
        return t
    b = (TX / (doc + '.txt')).read_bytes()
    assert all(c < 128 for c in b), doc
    return b.decode('utf-8')

def marks(t):
    out = []
    for m in MARK.finditer(t):
        s, e = m.span(); g = m.group()
        if g == "'''":
            s += 1; g = "''"    # inner single close + outer ''
        prev = t[s-1] if s > 0 else '\n'
        nxt = t[e] if e < len(t) else '\n'
        if g in ('``', '\u201c'): typ = 'O'
        elif g == '\u201d': typ = 'C'
        else:
            if prev.isspace() or prev in '([{-_' or s == 0:
                typ = 'O' if not nxt.isspace() else '?'
            else:
                typ = 'C'
        out.append([s, e, g, typ])
    return out

def trim(t, a, b):
    while a < b and t[a].isspace(): a += 1
    while b > a and t[b-1].isspace(): b -= 1
    return a, b

def cands(t):
    ms = marks(t)
    res = []; cur = None   # cur = (content_start, flags)
    lines = [m.start() for m in re.finditer(r'\n', t)]
    def para_end(pos):
        for l in lines:
            if l >= pos: return l
        return len(t)
    for s, e, g, typ in ms:
        # close an open quote at paragraph end if a newline intervenes
        if cur is not None and para_end(cur[0]) < s:
            a, b = trim(t, cur[0], para_end(cur[0])); res.append((a, b, 'UNCLOSED-PARA')); cur = None
        if typ == '?':
            typ = 'C' if cur is not None else 'O'
        if g == '"' and typ == 'O' and cur is not None:
            # straight quote: second one while open -> treat as close
            typ = 'C'
        if typ == 'O':
            if cur is not None:
                a, b = trim(t, cur[0], s); res.append((a, b, 'REOPENED'))
            cur = (e,)
        else:
            if cur is None:
                ps = t.rfind('\n', 0, s) + 1
                a, b = trim(t, ps, s); res.append((a, b, 'CLOSE-NO-OPEN'))
            else:
                a, b = trim(t, cur[0], s); res.append((a, b, '')); cur = None
    if cur is not None:
        a, b = trim(t, cur[0], para_end(cur[0])); res.append((a, b, 'UNCLOSED-END'))
    return res

if __name__ == '__main__':
    for doc in sys.argv[1:]:
        t = load(doc)
        print('=' * 30, doc, len(t))
        for i, (a, b, fl) in enumerate(cands(t)):
            ctx0 = t[max(0, a-160):a].replace('\n', ' | ')
            ctx1 = t[b:b+160].replace('\n', ' | ')
            print(f'[{i}] {a}-{b} {fl}')
            print(f'    ...{ctx0}<<{t[a:b]}>>{ctx1}...')
