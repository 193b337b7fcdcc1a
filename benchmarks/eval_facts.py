"""Precision and recall of key figures and quotes against the hand-annotated gold set.

    python benchmarks/eval_facts.py            # summary table
    python benchmarks/eval_facts.py --misses   # also list every miss and false positive

The gold annotations live in tests/data/facts_gold/ and name their article under
../shared (override with NEWSBRIEF_SHARED); the article texts are never copied
into the repository. Each article goes through `summarizer.analyze`, so this
measures exactly what users get (normalization and sentence splitting included).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarizer import analyze  # noqa: E402
from summarizer.model import Figure, Quote  # noqa: E402

GOLD_DIR = REPO / "tests" / "data" / "facts_gold"
FIELDS = ("value", "unit", "approx", "change", "period")


def shared_dir() -> Path:
    override = os.environ.get("NEWSBRIEF_SHARED")
    return Path(override) if override else REPO.parent / "shared"


def load_text(source: str, shared: Path) -> str:
    """Article text from ../shared: a plain file, an html record's body, or a jsonl row."""
    if "#" in source:
        path, key = source.split("#", 1)
        with open(shared / path, encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if row["id"] == key:
                    return row["text"]
        raise KeyError(source)
    if source.endswith(".json"):
        return json.loads((shared / source).read_text(encoding="utf-8"))["body"]
    return (shared / source).read_text(encoding="utf-8")


def norm(text: str | None) -> str:
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\s\"'“”‘’「」『』,，.。:：;；!！?？、()（）\-—–…]+", "", text)


def alternatives(value: Any) -> list[Any]:
    return value if isinstance(value, list) and not _is_range(value) else [value]


def _is_range(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value)


def same_figure_text(pred: str, gold: str) -> bool:
    """Equal, or equal but for a qualifier in front ("超80%" vs "80%")."""
    p, g = norm(pred), norm(gold)
    if p == g:
        return True
    longer, shorter = (p, g) if len(p) > len(g) else (g, p)
    if shorter and longer.endswith(shorter):
        before = longer[-len(shorter) - 1]
        return not (before.isdigit() or before in ".,$")
    return False


def subject_ok(pred: str | None, gold: Any) -> bool:
    if gold is None:
        return True
    p = norm(pred)
    if not p:
        return False
    for alt in alternatives(gold):
        a = norm(alt)
        if a and a in p and len(p) <= 2 * len(a) + 4:
            return True
        if a and p in a and len(p) >= 0.5 * len(a):
            return True
    return False


def field_ok(field: str, pred: Any, gold: Any) -> bool:
    for alt in alternatives(gold):
        if field == "value":
            if _value_equal(pred, alt):
                return True
        elif alt is None or pred is None:
            if alt is None and pred is None:
                return True
        elif norm(str(pred)) == norm(str(alt)):
            return True
    return False


def _value_equal(pred: Any, gold: Any) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    if _is_range(gold) or isinstance(pred, (tuple, list)):
        if not (_is_range(gold) and isinstance(pred, (tuple, list))):
            return False
        return all(math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9) for a, b in zip(pred, gold))
    return math.isclose(float(pred), float(gold), rel_tol=1e-6)


def speaker_ok(pred: str | None, gold: Any) -> bool:
    p = norm(pred)
    if not p:
        return False
    for alt in alternatives(gold):
        a = norm(alt)
        if a and (p == a or a.endswith(p) or p.endswith(a)):
            return True
    return False


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, int] = defaultdict(int)

    def add(self, key: str, amount: int = 1) -> None:
        self.counts[key] += amount

    def ratio(self, num: str, den: str) -> float:
        return self.counts[num] / self.counts[den] if self.counts[den] else float("nan")


def evaluate_figures(figures: tuple[Figure, ...], gold: list[dict], tally: Tally, misses: list[str], tag: str) -> None:
    preds = [f for f in figures if f.kind == "figure"]
    used: set[int] = set()
    for item in gold:
        match = next((i for i, f in enumerate(preds) if i not in used and same_figure_text(f.text, item["text"])), None)
        optional = item.get("optional", False)
        if match is None:
            if not optional:
                tally.add("fig_gold")
                misses.append(f"{tag} MISSED figure {item['text']!r}")
            continue
        used.add(match)
        if optional:
            continue
        pred = preds[match]
        tally.add("fig_gold")
        tally.add("fig_found")
        if subject_ok(pred.subject, item.get("subject")):
            tally.add("fig_subject")
        else:
            misses.append(f"{tag} SUBJECT {item['text']!r}: got {pred.subject!r}, want {item.get('subject')!r}")
        for field in FIELDS:
            want = item.get(field)
            got = getattr(pred, field)
            ok = field_ok(field, got, want)
            if any(alt is not None for alt in alternatives(want)) and not (
                    field == "value" and want is None):
                tally.add(f"{field}_gold")
                tally.add(f"{field}_gold_ok", ok)
            if got is not None:
                tally.add(f"{field}_pred")
                tally.add(f"{field}_pred_ok", ok)
            if not ok:
                misses.append(f"{tag} FIELD {field} of {item['text']!r}: got {got!r}, want {want!r}")
    for i, f in enumerate(preds):
        tally.add("fig_pred")
        if i in used:
            tally.add("fig_pred_ok")
        else:
            misses.append(f"{tag} EXTRA figure {f.text!r} (subject {f.subject!r})")


def evaluate_quotes(quotes: tuple[Quote, ...], gold: list[dict], scare: list[str], tally: Tally,
                    misses: list[str], tag: str) -> None:
    used: set[int] = set()
    for item in gold:
        kind = item["kind"]
        prefix = norm(item["prefix"])
        match = next((i for i, q in enumerate(quotes) if i not in used and q.kind == kind
                      and prefix in norm(q.text)[:len(prefix) + 20]), None)
        optional = item.get("optional", False)
        if match is not None:
            used.add(match)
        if optional:
            continue
        tally.add(f"{kind}_gold")
        if match is None:
            misses.append(f"{tag} MISSED {kind} quote {item['prefix']!r}")
            continue
        tally.add(f"{kind}_found")
        if speaker_ok(quotes[match].speaker, item["speaker"]):
            tally.add(f"{kind}_speaker")
        else:
            misses.append(f"{tag} SPEAKER of {kind} {item['prefix']!r}: got {quotes[match].speaker!r}, want {item['speaker']!r}")
    for i, q in enumerate(quotes):
        tally.add(f"{q.kind}_pred")
        if i in used:
            tally.add(f"{q.kind}_pred_ok")
        else:
            misses.append(f"{tag} EXTRA {q.kind} quote {q.text[:40]!r} ({q.speaker!r})")
        if any(norm(q.text) == norm(term) for term in scare):
            tally.add("scare_returned")
            misses.append(f"{tag} SCARE QUOTE returned: {q.text!r}")
    tally.add("scare_terms", len(scare))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list misses and false positives")
    args = parser.parse_args()
    shared = shared_dir()
    if not shared.exists():
        print(f"shared data not found at {shared} (set NEWSBRIEF_SHARED)", file=sys.stderr)
        return 2
    gold_files = sorted(GOLD_DIR.glob("*.json"))
    totals = Tally()
    per_lang: dict[str, Tally] = defaultdict(Tally)
    misses: list[str] = []
    articles_per_lang: dict[str, int] = defaultdict(int)
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        articles_per_lang[gold["lang"]] += 1
        text = load_text(gold["source"], shared)
        analysis = analyze(text, lang=gold["lang"])
        for tally in (totals, per_lang[gold["lang"]]):
            evaluate_figures(analysis.figures, gold["figures"], tally, misses if tally is totals else [], gold["id"])
            evaluate_quotes(analysis.quotes, gold["quotes"], gold.get("scare", []), tally,
                            misses if tally is totals else [], gold["id"])
    print(f"gold set: {len(gold_files)} articles, " + ", ".join(
        f"{lang}: {n}" for lang, n in sorted(articles_per_lang.items())))
    print()
    print("| measure | all | " + " | ".join(sorted(per_lang)) + " | target |")
    print("|---|---|" + "---|" * len(per_lang) + "---|")
    rows = [
        ("figures recall", "fig_found", "fig_gold", ""),
        ("figures recall with right subject", "fig_subject", "fig_gold", ">= 0.95"),
        ("figures precision", "fig_pred_ok", "fig_pred", ">= 0.90"),
        *[(f"  {field} recall", f"{field}_gold_ok", f"{field}_gold", "") for field in FIELDS],
        *[(f"  {field} precision", f"{field}_pred_ok", f"{field}_pred", "") for field in FIELDS],
        ("direct quotes recall", "direct_found", "direct_gold", ""),
        ("direct quotes recall with right speaker", "direct_speaker", "direct_gold", ">= 0.95"),
        ("direct quotes precision", "direct_pred_ok", "direct_pred", ""),
        ("indirect quotes recall", "indirect_found", "indirect_gold", ""),
        ("indirect quotes recall with right speaker", "indirect_speaker", "indirect_gold", ">= 0.70"),
        ("indirect quotes precision", "indirect_pred_ok", "indirect_pred", ""),
    ]
    for label, num, den, target in rows:
        cells = [f"{totals.ratio(num, den):.3f} ({totals.counts[num]}/{totals.counts[den]})"]
        cells += [f"{per_lang[k].ratio(num, den):.3f}" for k in sorted(per_lang)]
        print(f"| {label} | " + " | ".join(cells) + f" | {target} |")
    print(f"| scare quotes returned as quotes | {totals.counts['scare_returned']} of "
          f"{totals.counts['scare_terms']} terms | " + " | ".join(
              str(per_lang[k].counts["scare_returned"]) for k in sorted(per_lang)) + " | 0 |")
    if args.misses:
        print()
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
