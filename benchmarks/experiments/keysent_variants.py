"""Experiment harness: point coverage (main/holdout, halves) and ROUGE (CFB/FinNA, halves) for config variants."""
import json, sys, time
from dataclasses import replace
from collections import Counter
sys.path.insert(0, '.')
import benchmarks.eval_keypoints as ek
import benchmarks.eval_rouge as er
from summarizer import textrank, analyze

def kp(items, texts):
    out = {}
    per = []
    for pos, item in enumerate(items):
        title, text = texts[item['id']]
        chosen = [s.text for s in analyze(text, title=title, max_sentences=3).sentences]
        flags = ek.covered_points(chosen, item['points'])
        per.append((pos % 2, item['kind'], flags))
    def agg(sel):
        f = [x for _, _, fl in sel for x in fl]; first = [fl[0] for _, _, fl in sel]
        return sum(f), len(f), sum(first), len(first)
    res = {'all': agg(per), 'even': agg([p for p in per if p[0] == 0]), 'odd': agg([p for p in per if p[0] == 1])}
    kinds = {k: agg([p for p in per if p[1] == k]) for k in sorted({p[1] for p in per})}
    return res, kinds, [p[2] for p in per]

def rouge(rows):
    acc = {}
    seen = Counter()
    for row in rows:
        if not row['dataset'].startswith(('CFB', 'FinNA')):
            continue
        seen[row['dataset']] += 1
        half = 'a' if seen[row['dataset']] % 2 == 1 else 'b'
        summ = ''.join(s.text for s in analyze(row['text']).sentences)
        sc = er.rouge(summ, row['reference'])
        for key in ((row['dataset'], 'all'), (row['dataset'], half)):
            acc.setdefault((key[0][:5], key[1]), []).append((sc['R-1'], sc['R-L']))
    return {f'{d}-{h}': (round(sum(a for a, _ in v)/len(v), 5), round(sum(b for _, b in v)/len(v), 5)) for (d, h), v in acc.items()}

SETS = {}
for name, path in (('main', ek.GOLD_PATH), ('hold', ek.HOLDOUT_PATH)):
    items = ek.load_gold(path)
    SETS[name] = (items, ek.load_texts({i['id'] for i in items}))
ROWS = er.load_corpus()

def run(label, cfg, do_rouge=True, base=None):
    textrank.DEFAULT_CONFIG = cfg
    t = time.perf_counter()
    line = [label]
    flags = {}
    for name, (items, texts) in SETS.items():
        res, kinds, fl = kp(items, texts)
        flags[name] = fl
        a, b, c, d = res['all']
        line.append(f"{name} {a}/{b}={a/b:.3f} first {c}/{d} halves {res['even'][0]}/{res['odd'][0]} first {res['even'][2]}/{res['odd'][2]} | " +
                    " ".join(f"{k}:{v[0]}" for k, v in kinds.items()))
    if do_rouge:
        r = rouge(ROWS)
        line.append("ROUGE " + " ".join(f"{k} {v[0]:.4f}/{v[1]:.4f}" for k, v in sorted(r.items())))
    line.append(f"({time.perf_counter()-t:.0f}s)")
    print("\n  ".join(line), flush=True)
    return flags

if __name__ == '__main__':
    variants = json.loads(sys.argv[1])
    do_rouge = '--no-rouge' not in sys.argv
    for label, kw in variants.items():
        run(label, replace(textrank.FastConfig(), **kw), do_rouge)
