import re, html, pathlib, sys
HERE = pathlib.Path(__file__).resolve().parent
root = HERE.parents[2] / 'shared/bench/time/tempeval3-train'
TAG = re.compile(r'<(/?)([A-Za-z0-9]+)([^>]*)>')
ENT = re.compile(r'&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);')
def dec(s): return ENT.sub(lambda m: html.unescape(m.group(0)), s)
n=0
for f in sorted(root.rglob('*.tml')):
    xml = f.read_text('utf-8')
    a = xml.index('<TEXT>')+6; b = xml.rindex('</TEXT>')
    body = xml[a:b]; out=[]; last=0
    for m in TAG.finditer(body):
        out.append(dec(body[last:m.start()])); last=m.end()
    out.append(dec(body[last:]))
    t=''.join(out)
    (HERE/'texts'/(f.stem+'.txt')).write_text(t,'utf-8'); n+=1
print(n)
