"""Keywords against the human summaries: how many shown keywords the summary uses.

There is no keyword gold set; the corpus's human summaries stand in for one. A
keyword a reader needs (the company, the product, the metric that moved) is one
the summary's writer used too, so the share of the top 10 keywords found in the
reference summary (`precision@10`, after folding and removing whitespace) rises
when keywords get better and falls when they fill up with bylines, reporting
verbs and generic words (公司, 记者, million). Also reported: the share of texts
where the top keyword is in the summary, and textrank4zh's own keywords (the
reference engine, `summarizer.reference.rank_keywords`) measured in the same run.

The plain share rewards generic words: 公司 is in a third of the brokerage notes'
summaries, so showing it everywhere scores. `specific@10` therefore counts as found
only words that occur in fewer than 5% of all the references (公司, 同比, 实现 do
not), over the same shown words: the share of keywords that are both in the
summary and particular to it.

    python benchmarks/eval_keywords.py [--half a|b] [--show N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.eval_rouge import load_corpus  # noqa: E402
from summarizer import analyze  # noqa: E402
from summarizer.reference import rank_keywords  # noqa: E402

LIMIT = 10
GENERIC_SHARE = 0.05
_SPACE = re.compile(r"\s+")


def _folded(text: str) -> str:
    return _SPACE.sub("", text).lower()


def _score(words: list[str], reference: str, generic: set[str]) -> tuple[int, int, bool, int]:
    found = [w for w in words if _folded(w) and _folded(w) in reference]
    specific = sum(1 for w in found if _folded(w) not in generic)
    return len(found), len(words), bool(words) and words[0] in found, specific


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("a", "b"), help="even (a) or odd (b) rows only")
    parser.add_argument("--show", type=int, default=0, help="print the keywords of the first N texts")
    args = parser.parse_args()
    rows = load_corpus()
    if args.half:
        rows = rows[0 if args.half == "a" else 1::2]
    references = [_folded(row["reference"]) for row in load_corpus()]
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    shown_words: list[tuple[str, str, list[str], str]] = []
    started = time.perf_counter()
    for index, row in enumerate(rows):
        ours = [k.word for k in analyze(row["text"]).keywords[:LIMIT]]
        theirs = [word for word, _ in rank_keywords(row["text"], limit=LIMIT)]
        dataset = row["dataset"].split()[0]
        reference = _folded(row["reference"])
        shown_words += [(dataset, "fast", ours, reference), (dataset, "textrank4zh", theirs, reference)]
        if index < args.show:
            print(row["id"], "| ours:", "、".join(ours), "| textrank4zh:", "、".join(theirs))
    candidates = {_folded(w) for _, _, words, _ in shown_words for w in words}
    generic = {w for w in candidates if sum(w in r for r in references) >= GENERIC_SHARE * len(references)}
    for dataset, system, words, reference in shown_words:
        for key in ((dataset, system), ("all", system)):
            found, shown, first, specific = _score(words, reference, generic)
            cell = totals[key]
            cell[0] += found
            cell[1] += shown
            cell[2] += first
            cell[3] += 1
            cell[4] += specific
    print(f"Keywords in the reference summary ({len(rows)} texts, top {LIMIT}):\n")
    print(f"{'set':<14}{'system':<13}{'precision@10':>13}{'specific@10':>13}{'top-1 in ref':>14}")
    for dataset in sorted({d for d, _ in totals}, key=lambda d: (d == "all", d)):
        for system in ("fast", "textrank4zh"):
            found, shown, first, texts, specific = totals[(dataset, system)]
            print(f"{dataset[:13]:<14}{system:<13}{found / max(shown, 1):>13.3f}"
                  f"{specific / max(shown, 1):>13.3f}{first / max(texts, 1):>14.1%}")
    print(f"\nGeneric (in >= {GENERIC_SHARE:.0%} of the references): {'、'.join(sorted(generic))}")
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
