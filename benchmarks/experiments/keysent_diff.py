import sys, json
sys.argv = sys.argv[:1] + sys.argv[1:]
sys.path.insert(0, '/tmp')
from dataclasses import replace
import ks3_harness as h
from summarizer import textrank
kw = json.loads(sys.argv[1])
base = h.run('base', textrank.FastConfig(), False)
new = h.run('new', replace(textrank.FastConfig(), **kw), False)
for name in base:
    items = h.SETS[name][0]
    for item, a, b in zip(items, base[name], new[name]):
        for k, (x, y) in enumerate(zip(a, b)):
            if x != y:
                print(name, item['id'], 'point', k + 1, 'GAIN' if y else 'LOSS')
