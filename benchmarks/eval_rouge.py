"""Char-level ROUGE of the key sentences on ../shared/corpus/summaries-zh.jsonl, per dataset.

Systems, all scored the same way:
- lead3: the first 3 sentences;
- textrank4zh: the package's own top 3 sentences (its splitter), in document order;
- fast@3 / classic@3: our engines with 3 sentences, in document order (like with like);
- fast: our default, with the summary length adapted to the text.

Scoring is the one behind the published baseline figures: whitespace removed, every other character
(punctuation included) is a token; F1 of ROUGE-1, ROUGE-2 and ROUGE-L (LCS).
Lead-3 splits at 。！？!?；;…and line breaks, keeping the marks, which reproduces
the published Lead-3 baseline figures exactly.

It also reports the agreement target: on how many texts the classic engine picks
the same top-3 sentence set as textrank4zh, both run on the same sentences.

    python benchmarks/eval_rouge.py [--limit N] [--half a|b] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.scoring import f1, lcs, lead3_sentences, textrank4zh_sentences  # noqa: E402
from summarizer import analyze  # noqa: E402

WHITESPACE_RE = re.compile(r"\s+")


def shared_dir() -> Path:
    """../shared beside the repository (CI clones the repo next to it), or $NEWSBRIEF_SHARED."""
    override = os.environ.get("NEWSBRIEF_SHARED")
    return Path(override) if override else REPO.parent / "shared"


def load_corpus() -> list[dict]:
    path = shared_dir() / "corpus" / "summaries-zh.jsonl"
    if not path.exists():
        sys.exit(f"eval_rouge: {path} not found (set NEWSBRIEF_SHARED)")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def chars(text: str) -> list[str]:
    return list(WHITESPACE_RE.sub("", text))


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def rouge(candidate: str, reference: str) -> dict[str, float]:
    c, r = chars(candidate), chars(reference)
    scores = {}
    for n in (1, 2):
        cn, rn = _ngrams(c, n), _ngrams(r, n)
        scores[f"R-{n}"] = f1(sum((cn & rn).values()), sum(cn.values()), sum(rn.values()))
    scores["R-L"] = f1(lcs(c, r), len(c), len(r))
    return scores


def lead3(text: str) -> str:
    return "".join(lead3_sentences(text))


def textrank4zh_top3(text: str) -> str:
    return "".join(textrank4zh_sentences(text))


def ours(engine: str, count: int | None) -> Callable[[str], str]:
    def summarize(text: str) -> str:
        return "".join(s.text for s in analyze(text, engine=engine, max_sentences=count).sentences)
    return summarize


SYSTEMS: dict[str, Callable[[str], str]] = {
    "lead3": lead3,
    "textrank4zh": textrank4zh_top3,
    "classic@3": ours("classic", 3),
    "fast@3": ours("fast", 3),
    "fast": ours("fast", None),
}


def top3_set(text: str, engine: str) -> frozenset[int]:
    return frozenset(s.index for s in analyze(text, engine=engine, max_sentences=3).sentences)


def evaluate(rows: list[dict]) -> dict:
    scores: dict[str, dict[str, list[dict[str, float]]]] = defaultdict(lambda: defaultdict(list))
    summary_chars: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    agreement: dict[str, list[bool]] = defaultdict(list)
    for row in rows:
        dataset = row["dataset"]
        references = [row["reference"]] + ([row["reference_alt"]] if row.get("reference_alt") else [])
        for name, system in SYSTEMS.items():
            summary = system(row["text"])
            summary_chars[dataset][name].append(len(chars(summary)))
            # With two references (CLTS+), a summary is credited with the better match.
            best = max((rouge(summary, ref) for ref in references), key=lambda s: s["R-1"])
            scores[dataset][name].append(best)
        agreement[dataset].append(top3_set(row["text"], "classic") == top3_set(row["text"], "textrank4zh"))
    report = {}
    for dataset, systems in scores.items():
        report[dataset] = {
            "n": len(agreement[dataset]),
            "agreement_classic_vs_textrank4zh": statistics.mean(agreement[dataset]),
            "systems": {
                name: {
                    **{metric: round(statistics.mean(s[metric] for s in values), 4) for metric in ("R-1", "R-2", "R-L")},
                    "summary_chars": statistics.median(summary_chars[dataset][name]),
                }
                for name, values in systems.items()
            },
        }
    all_agreement = [a for values in agreement.values() for a in values]
    report["_all"] = {"n": len(all_agreement), "agreement_classic_vs_textrank4zh": statistics.mean(all_agreement)}
    return report


def print_report(report: dict) -> None:
    for dataset, data in report.items():
        if dataset == "_all":
            continue
        print(f"\n{dataset}  (n={data['n']}, classic/textrank4zh top-3 agreement "
              f"{data['agreement_classic_vs_textrank4zh']:.1%})")
        systems = data["systems"]
        baseline = {m: max(systems["lead3"][m], systems["textrank4zh"][m]) for m in ("R-1", "R-L")}
        print(f"  {'system':<12} {'R-1':>6} {'R-2':>6} {'R-L':>6}  {'chars':>5}  vs best baseline (R-1 / R-L)")
        for name, s in systems.items():
            gain = " / ".join(f"{s[m] / baseline[m] - 1:+.1%}" if baseline[m] else "n/a" for m in ("R-1", "R-L"))
            print(f"  {name:<12} {s['R-1']:>6.3f} {s['R-2']:>6.3f} {s['R-L']:>6.3f}  {s['summary_chars']:>5.0f}  {gain}")
    print(f"\nAgreement over all {report['_all']['n']} texts: {report['_all']['agreement_classic_vs_textrank4zh']:.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts of each dataset")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--half", choices=("a", "b"), default=None,
                        help="only every other text of each dataset (a: 1st, 3rd, ...; b: 2nd, 4th, ...), "
                             "so a change can be checked on two disjoint halves")
    args = parser.parse_args()
    rows = load_corpus()
    if args.half:
        seen: dict[str, int] = Counter()
        halved = []
        for row in rows:
            seen.update([row["dataset"]])
            if (seen[row["dataset"]] % 2 == 1) == (args.half == "a"):
                halved.append(row)
        rows = halved
    if args.limit:
        kept: dict[str, int] = Counter()
        rows = [r for r in rows if (kept.update([r["dataset"]]) or kept[r["dataset"]] <= args.limit)]
    started = time.perf_counter()
    report = evaluate(rows)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_report(report)
        print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
