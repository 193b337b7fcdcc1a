import sys, json
sys.path.insert(0, '/tmp')
from dataclasses import replace
import ks3_harness as h
from summarizer import textrank
def per_kind(cfg):
    textrank.DEFAULT_CONFIG = cfg
    out = {}
    for name, (items, texts) in h.SETS.items():
        res, kinds, fl = h.kp(items, texts)
        for k, v in kinds.items():
            out[(name, k)] = (v[0], v[2])
    return out
base = per_kind(textrank.FastConfig())
variants = json.loads(sys.argv[1])
keys = sorted(base)
print('variant'.ljust(14) + ' '.join(f"{n[0]}:{k[:5]}" for n, k in [(a[0], a[1]) for a in keys]))
print('base'.ljust(14) + ' '.join(f"{base[x][0]:>3}/{base[x][1]:<3}".rjust(len(f'{x[0][0]}:{x[1][:5]}')) for x in keys))
for label, kw in variants.items():
    r = per_kind(replace(textrank.FastConfig(), **kw))
    print(label.ljust(14) + ' '.join(f"{r[x][0]-base[x][0]:+d}/{r[x][1]-base[x][1]:+d}".rjust(len(f'{x[0][0]}:{x[1][:5]}')) for x in keys), flush=True)
