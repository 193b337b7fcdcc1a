"""Key points over all sets, split into two fixed halves, text by text: a change is judged on half A and checked on B.

The halves: within each set of `--all-sets` (the written sets excluded, as there), the texts at even positions of
the set's gold file are half A, the odd ones half B. Miss classes are looked for on half A only (`--misses A`);
a rule is kept only if it gains on half B as well. Only the product's summary (`fast`) is scored: the baselines do
not change with the summarizer (eval_keypoints gives them).

    python benchmarks/kp_halves.py --dump out.json            # score every text, save its flags and chosen lines
    python benchmarks/kp_halves.py --compare before.json after.json   # per set and per half, and every text that moved
    python benchmarks/kp_halves.py --misses A [--set S]       # the missed points of half A, with the lines chosen
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_keypoints as ek  # noqa: E402


def half_of(position: int) -> str:
    """Even positions of a set's gold file are half A, odd ones half B."""
    return "A" if position % 2 == 0 else "B"


def score(sets: list[str] | None = None) -> list[dict]:
    rows = []
    for name, path in ek.SET_PATHS.items():
        if name in ek.WRITTEN_SETS or (sets and name not in sets):
            continue
        items = ek.load_gold(path)
        fresh = bool(items) and all("text" in item for item in items)
        texts = ek.stored_texts(items) if fresh else ek.load_texts({item["id"] for item in items})
        for position, item in enumerate(items):
            title, text = texts[item["id"]]
            chosen = ek.fast(text, title)
            rows.append({"set": name, "id": item["id"], "kind": item["kind"], "half": half_of(position),
                         "points": item["points"], "chosen": chosen,
                         "covered": ek.covered_points(chosen, item["points"])})
    return rows


def totals(rows: list[dict]) -> tuple[int, int, int, int]:
    points = sum(len(r["covered"]) for r in rows)
    return sum(sum(r["covered"]) for r in rows), points, sum(r["covered"][0] for r in rows), len(rows)


def compare(before: list[dict], after: list[dict]) -> None:
    old = {(r["set"], r["id"]): r for r in before}
    for half in ("A", "B", "all"):
        b = [r for r in before if half == "all" or r["half"] == half]
        a = [r for r in after if half == "all" or r["half"] == half]
        (bp, n, bf, t), (ap, _, af, _) = totals(b), totals(a)
        print(f"half {half:3}: points {bp} -> {ap} of {n} ({ap - bp:+d}), first {bf} -> {af} of {t} ({af - bf:+d})")
    sets = list(dict.fromkeys(r["set"] for r in after))
    for name in sets:
        b = [r for r in before if r["set"] == name]
        a = [r for r in after if r["set"] == name]
        if [r["covered"] for r in b] != [r["covered"] for r in a]:
            (bp, n, bf, t), (ap, _, af, _) = totals(b), totals(a)
            print(f"  {name:20} {bp} -> {ap} of {n}, first {bf} -> {af} of {t}")
    for r in after:
        prev = old.get((r["set"], r["id"]))
        if prev and prev["chosen"] != r["chosen"]:
            delta = sum(r["covered"]) - sum(prev["covered"])
            print(f"\n{r['set']} {r['id']} half {r['half']} {sum(prev['covered'])} -> {sum(r['covered'])} ({delta:+d})"
                  f" first {prev['covered'][0]} -> {r['covered'][0]}")
            for line in prev["chosen"]:
                if line not in r["chosen"]:
                    print(f"   - {line[:120]}")
            for line in r["chosen"]:
                if line not in prev["chosen"]:
                    print(f"   + {line[:120]}")


def misses(rows: list[dict], half: str) -> None:
    for r in rows:
        if r["half"] != half or all(r["covered"]):
            continue
        print(f"\n{r['set']} {r['id']} ({r['kind']})")
        for number, (point, ok) in enumerate(zip(r["points"], r["covered"]), 1):
            if not ok:
                print(f"  MISS {number}: {point['gloss']}  | evidence: {' / '.join(point['evidence'])}")
        for sentence in r["chosen"]:
            print(f"    chose: {sentence.replace(chr(10), ' ')[:140]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dump", help="score every text and save the rows to this JSON file")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--misses", choices=("A", "B"), help="list the missed points of one half")
    parser.add_argument("--rows", help="read the rows from a dump instead of scoring (with --misses)")
    parser.add_argument("--set", action="append", help="only these sets (repeatable)")
    args = parser.parse_args()
    if args.compare:
        before, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args.compare)
        compare(before, after)
        return
    rows = json.loads(Path(args.rows).read_text(encoding="utf-8")) if args.rows else score(args.set)
    if args.dump:
        Path(args.dump).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    if args.misses:
        misses(rows, args.misses)
    for half in ("A", "B"):
        got, points, first, texts = totals([r for r in rows if r["half"] == half])
        print(f"half {half}: {got} of {points} points ({got / points:.3f}), first {first} of {texts}")
    got, points, first, texts = totals(rows)
    print(f"all: {got} of {points} points ({got / points:.3f}), first {first} of {texts}")


if __name__ == "__main__":
    main()
