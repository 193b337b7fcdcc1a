"""Quality floors of the summarizer on small fixtures written for this repository.

`tests/data/quality/articles.json` holds a handful of short Chinese and English
news texts written for these tests, each with a hand-written reference summary,
its key figures and its quotes. This module scores the summarizer on them:

- ROUGE-1 and ROUGE-L F1 of the key sentences against the reference summary
  (characters for Chinese, words for English), averaged per language;
- figure precision (of the ranked key figures a reader is shown, how many are
  annotated figures) and recall (of the annotated figures, how many were found);
- quote precision and recall (matched by the first words of what was said and
  by the speaker).

`tests/data/quality/baseline.json` pins the scores; `tests/test_quality_gate.py`
fails when a score falls below its pinned value minus the tolerance. It needs
no ../shared, so CI runs it. After a deliberate change to the summarizer:

    python -m tests.quality_gate            # print the scores and the pinned ones
    python -m tests.quality_gate --update   # pin the current scores (commit the JSON)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from benchmarks.scoring import f1, lcs

DATA = Path(__file__).resolve().parent / "data" / "quality"
ARTICLES = DATA / "articles.json"
BASELINE = DATA / "baseline.json"
# How far under its pinned value a score may fall before the gate fails: one
# figure or quote more or less on these few texts moves a score by ~0.02–0.1.
TOLERANCE = {"rouge": 0.03, "figures": 0.08, "quotes": 0.1}

_WORD_RE = re.compile(r"[a-z0-9]+(?:[.,'][a-z0-9]+)*")
_SPACE_RE = re.compile(r"\s+")


def tokens(text: str, lang: str) -> list[str]:
    """Characters (whitespace dropped) for Chinese, lower-cased words for English."""
    if lang == "zh":
        return list(_SPACE_RE.sub("", text))
    return _WORD_RE.findall(text.lower())


def rouge(candidate: str, reference: str, lang: str) -> tuple[float, float]:
    """ROUGE-1 and ROUGE-L F1."""
    c, r = tokens(candidate, lang), tokens(reference, lang)
    overlap = sum((Counter(c) & Counter(r)).values())
    return f1(overlap, len(c), len(r)), f1(lcs(c, r), len(c), len(r))


def _norm(text: str) -> str:
    return _SPACE_RE.sub("", text).lower()


def same_figure(predicted: str, gold: str) -> bool:
    """The annotated figure appears in the found one's text (or the other way round),
    not as part of a longer number ("14" is not in "$2.14")."""
    p, g = _norm(predicted), _norm(gold)
    short, long = (g, p) if len(g) <= len(p) else (p, g)
    if not re.search(r"\d", short):
        return False
    return re.search(rf"(?<![\d.,]){re.escape(short)}(?![\d])", long) is not None


def same_speaker(predicted: str | None, gold: str) -> bool:
    if not predicted:
        return False
    p, g = _norm(predicted), _norm(gold)
    return g in p or p in g


def _match(items: list, gold: list, same) -> int:
    """Greedy one-to-one matches between found items and annotations."""
    used: set[int] = set()
    for want in gold:
        found = next((i for i, item in enumerate(items) if i not in used and same(item, want)), None)
        if found is not None:
            used.add(found)
    return len(used)


def score() -> dict[str, float]:
    """Every gated score on the fixtures."""
    from summarizer import analyze

    articles = json.loads(ARTICLES.read_text(encoding="utf-8"))
    rouge_by_lang: dict[str, list[tuple[float, float]]] = {}
    counts = Counter()
    for article in articles:
        lang = article["lang"]
        analysis = analyze(article["text"], lang=lang)
        summary = "".join(s.text for s in analysis.sentences) if lang == "zh" else " ".join(
            s.text for s in analysis.sentences)
        rouge_by_lang.setdefault(lang, []).append(rouge(summary, article["reference"], lang))

        shown = [f.text for f in analysis.key_figures]
        found = [f.text for f in analysis.figures if f.kind == "figure"]
        gold = article["figures"]
        counts["fig_shown"] += len(shown)
        counts["fig_shown_ok"] += sum(any(same_figure(text, g) for g in gold) for text in shown)
        counts["fig_gold"] += len(gold)
        counts["fig_found"] += _match(found, gold, same_figure)

        def same_quote(quote, want) -> bool:
            prefix = _norm(want["prefix"])
            return prefix in _norm(quote.text)[: len(prefix) + 20] and same_speaker(quote.speaker, want["speaker"])

        counts["quote_pred"] += len(analysis.quotes)
        counts["quote_gold"] += len(article["quotes"])
        counts["quote_ok"] += _match(list(analysis.quotes), article["quotes"], same_quote)

    scores: dict[str, float] = {}
    for lang, pairs in sorted(rouge_by_lang.items()):
        scores[f"rouge1_{lang}"] = sum(p[0] for p in pairs) / len(pairs)
        scores[f"rougeL_{lang}"] = sum(p[1] for p in pairs) / len(pairs)
    scores["figure_precision"] = counts["fig_shown_ok"] / max(counts["fig_shown"], 1)
    scores["figure_recall"] = counts["fig_found"] / max(counts["fig_gold"], 1)
    scores["quote_precision"] = counts["quote_ok"] / max(counts["quote_pred"], 1)
    scores["quote_recall"] = counts["quote_ok"] / max(counts["quote_gold"], 1)
    return {name: round(value, 4) for name, value in scores.items()}


def tolerance(name: str) -> float:
    if name.startswith("rouge"):
        return TOLERANCE["rouge"]
    return TOLERANCE["figures"] if name.startswith("figure") else TOLERANCE["quotes"]


def load_baseline() -> dict[str, float]:
    return json.loads(BASELINE.read_text(encoding="utf-8"))["scores"]


def below_floor(scores: dict[str, float], baseline: dict[str, float]) -> list[str]:
    """The scores under their pinned value minus the tolerance (a missing score counts)."""
    return [
        f"{name}: {scores.get(name)} < {pinned} - {tolerance(name)}"
        for name, pinned in baseline.items()
        if scores.get(name) is None or scores[name] < pinned - tolerance(name)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="pin the current scores in baseline.json")
    args = parser.parse_args(argv)
    scores = score()
    pinned = load_baseline() if BASELINE.exists() else {}
    for name, value in scores.items():
        print(f"{name:18} {value:.4f}   pinned {pinned.get(name, float('nan')):.4f}")
    if args.update:
        BASELINE.write_text(json.dumps({"scores": scores}, indent=2) + "\n", encoding="utf-8")
        print(f"pinned in {BASELINE}")
        return 0
    failures = below_floor(scores, pinned)
    for failure in failures:
        print("BELOW FLOOR", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
