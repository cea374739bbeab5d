"""Write the main_content of chosen WCXB pages to texts-wcxb/ID.txt (outside version control).
Usage: python3 wcxb_dump.py [ID ...]   (default: the pages annotated in annot.txt)"""
import ast, json, pathlib, sys
HERE = pathlib.Path(__file__).resolve().parent
GT = HERE.parents[2] / 'shared/bench/extraction/wcxb-dev/ground-truth'
ids = sys.argv[1:] or sorted({l.split('\t')[0][5:] for l in open(HERE / 'annot.txt')
                              if l.startswith('wcxb-')})
out = HERE / 'texts-wcxb'
out.mkdir(exist_ok=True)
for i in ids:
    g = json.load(open(GT / (i + '.json')))['ground_truth']
    g = ast.literal_eval(g) if isinstance(g, str) else g
    (out / (i + '.txt')).write_text(g['main_content'], 'utf-8')
print(len(ids))
