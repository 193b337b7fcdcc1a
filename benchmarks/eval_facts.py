"""Precision and recall of key figures and quotes against hand-annotated gold sets.

    python benchmarks/eval_facts.py            # both sets, summary tables
    python benchmarks/eval_facts.py --set unseen --misses   # one set, every miss and false positive
    python benchmarks/eval_facts.py --halves   # also two split halves (alternating within each dataset)
    python benchmarks/eval_facts.py --check    # only check that every annotated span is in its article
    python benchmarks/eval_facts.py --gold benchmarks/data/facts_gold_real2.json   # one extra gold file, alone

Two gold sets are reported separately, never pooled:
- "in-sample": tests/data/facts_gold/*.json, one file per article (13 articles that the
  extractors were developed on, so they are a regression floor, not an accuracy on new text);
- "unseen": benchmarks/data/facts_gold.json plus any benchmarks/data/facts_gold.part-*.json
  (texts picked by a fixed rule, not by how the system does on them). Its "about" field
  documents the entry format, which is the same as the per-article files'.

Each annotation names its article under ../shared (override with NEWSBRIEF_SHARED); the
article texts are never copied into the repository. Each article goes through
`summarizer.analyze`, so this measures exactly what users get.

Measures (only predictions of kind "figure" count; dates and ids are not key figures):
- figure recall with subject: gold figures (not optional) that a prediction matches by
  text AND whose predicted subject is acceptable, over all gold figures (not optional).
  A prediction matches a gold figure when its text is the same number as written
  (a qualifier in front such as 超/约/about may differ);
- figure precision: predicted figures that match some gold figure, optional ones
  included, over all predicted figures. A predicted figure that matches no gold figure
  is a false positive — whether it is a wrong value, a number split at a separator, a
  list marker, a code or a date reported as a figure;
- direction accuracy: over matched (non-optional) figures where the gold has a direction
  (up/down) or the prediction has one, the share whose predicted direction is acceptable
  (a loss or a decline is "down"; a gold list such as ["up", null] accepts either);
- quote precision: predicted quotes (direct and indirect) that match a gold quote of the
  same kind by prefix, optional ones included, over all predicted quotes;
- quote recall with speaker: gold quotes (not optional) matched with an acceptable speaker,
  over all gold quotes (not optional);
- scare quotes returned: predicted quotes whose text is one of the listed scare terms.
Every measure is given for the whole set, per language and per dataset (CFBenchmark,
FinNA, Chinese html pages, English html pages, …).
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
UNSEEN_DIR = REPO / "benchmarks" / "data"
FIELDS_REQUIRED = ("text", "value", "unit", "approx", "change", "period", "subject")
FIELDS = ("value", "unit", "approx", "change", "period")


def shared_dir() -> Path:
    override = os.environ.get("NEWSBRIEF_SHARED")
    return Path(override) if override else REPO.parent / "shared"


def load_record(source: str, shared: Path) -> tuple[str, str | None]:
    """Article text and title from ../shared: a plain file, an html record's body, or a jsonl row
    (`path#id`). The spot checks read their corpus items through this too."""
    if "#" in source:
        path, key = source.split("#", 1)
        with open(shared / path, encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if row["id"] == key:
                    return row["text"], row.get("title")
        raise KeyError(source)
    if source.endswith(".json"):
        record = json.loads((shared / source).read_text(encoding="utf-8"))
        return record["body"], record.get("title")
    return (shared / source).read_text(encoding="utf-8"), None


def load_text(source: str, shared: Path) -> str:
    """Article text from ../shared (see `load_record`)."""
    return load_record(source, shared)[0]


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
        want_change, got_change = item.get("change"), pred.change
        if got_change == "loss":
            got_change = "down"  # the summarizer names a loss "loss"; the gold marks it "down"
        if got_change is not None or any(alt is not None for alt in alternatives(want_change)):
            tally.add("dir_n")
            tally.add("dir_ok", field_ok("change", got_change, want_change))
        for field in FIELDS:
            want = item.get(field)
            got = got_change if field == "change" else getattr(pred, field)
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


def load_gold_sets() -> dict[str, list[dict]]:
    """The gold entries per set: the old per-article files and the unseen set's JSON file(s)."""
    in_sample = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(GOLD_DIR.glob("*.json"))]
    unseen: list[dict] = []
    for path in [UNSEEN_DIR / "facts_gold.json", *sorted(UNSEEN_DIR.glob("facts_gold.part-*.json"))]:
        if path.exists():
            unseen.extend(json.loads(path.read_text(encoding="utf-8"))["texts"])
    seen_ids: set[str] = set()
    for entry in unseen:
        if entry["id"] in seen_ids:
            raise ValueError(f"gold text {entry['id']} is annotated twice")
        seen_ids.add(entry["id"])
    return {"in-sample": in_sample, "unseen": unseen}


def dataset_of(entry: dict) -> str:
    """Which corpus set an entry comes from, for the per-dataset columns."""
    if entry.get("dataset"):
        return entry["dataset"]
    source = entry["source"]
    if "#cfb-" in source:
        return "CFBenchmark"
    if "#finna-" in source:
        return "FinNA"
    if "#clts" in source:
        return "CLTS"
    if source.startswith("corpus/html/"):
        return f"html-{entry['lang']}"
    return source.split("/", 1)[0]


def check_spans(entries: list[dict], shared: Path) -> list[str]:
    """Annotation errors: a missing field, or a figure or quote prefix that is not in its article."""
    problems = []
    for entry in entries:
        text = norm(load_text(entry["source"], shared))
        for figure in entry["figures"]:
            missing = [field for field in FIELDS_REQUIRED if field not in figure]
            if missing:
                problems.append(f"{entry['id']} figure {figure.get('text')!r} lacks {missing}")
            if norm(figure["text"]) not in text:
                problems.append(f"{entry['id']} figure {figure['text']!r} is not in the article")
        for quote in entry["quotes"]:
            if quote["kind"] not in ("direct", "indirect"):
                problems.append(f"{entry['id']} quote {quote['prefix']!r} has kind {quote['kind']!r}")
            if norm(quote["prefix"]) not in text:
                problems.append(f"{entry['id']} quote {quote['prefix']!r} is not in the article")
        for term in entry.get("scare", []):
            if norm(term) not in text:
                problems.append(f"{entry['id']} scare term {term!r} is not in the article")
    return problems


# (label, numerator keys, denominator keys, target); a key list is summed.
HEADLINE = [
    ("figure precision", ["fig_pred_ok"], ["fig_pred"], ">= 0.95"),
    ("figure recall with subject", ["fig_subject"], ["fig_gold"], ">= 0.92"),
    ("direction accuracy", ["dir_ok"], ["dir_n"], ">= 0.97"),
    ("quote precision", ["direct_pred_ok", "indirect_pred_ok"], ["direct_pred", "indirect_pred"], ">= 0.95"),
    ("quote recall with speaker", ["direct_speaker", "indirect_speaker"], ["direct_gold", "indirect_gold"], ">= 0.90"),
]
DETAIL = [
    ("figure recall (any subject)", ["fig_found"], ["fig_gold"]),
    *[(f"  {field} recall", [f"{field}_gold_ok"], [f"{field}_gold"]) for field in FIELDS],
    *[(f"  {field} precision", [f"{field}_pred_ok"], [f"{field}_pred"]) for field in FIELDS],
    ("direct quote recall (any speaker)", ["direct_found"], ["direct_gold"]),
    ("direct quote recall with speaker", ["direct_speaker"], ["direct_gold"]),
    ("direct quote precision", ["direct_pred_ok"], ["direct_pred"]),
    ("indirect quote recall (any speaker)", ["indirect_found"], ["indirect_gold"]),
    ("indirect quote recall with speaker", ["indirect_speaker"], ["indirect_gold"]),
    ("indirect quote precision", ["indirect_pred_ok"], ["indirect_pred"]),
]


def _cell(tally: Tally, num: list[str], den: list[str], counts: bool) -> str:
    n = sum(tally.counts[k] for k in num)
    d = sum(tally.counts[k] for k in den)
    if not d:
        return "-"
    return f"{n / d:.3f} ({n}/{d})" if counts else f"{n / d:.3f}"


def half_of(entries: list[dict]) -> dict[str, str]:
    """Two halves, alternating within each dataset, so a change can be checked on both."""
    seen: dict[str, int] = defaultdict(int)
    halves = {}
    for entry in entries:
        dataset = dataset_of(entry)
        halves[entry["id"]] = f"half {1 + seen[dataset] % 2}"
        seen[dataset] += 1
    return halves


def evaluate_set(entries: list[dict], shared: Path,
                 halves: bool = False) -> tuple[dict[str, Tally], dict[str, int], list[str]]:
    """Tallies per column ("all", each language, each dataset, optionally each half), texts per column, misses."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    texts: dict[str, int] = defaultdict(int)
    misses: list[str] = []
    half = half_of(entries)
    for entry in entries:
        analysis = analyze(load_text(entry["source"], shared), lang=entry["lang"])
        columns = ["all", entry["lang"], dataset_of(entry)] + ([half[entry["id"]]] if halves else [])
        for column in columns:
            texts[column] += 1
            sink = misses if column == "all" else []
            evaluate_figures(analysis.figures, entry["figures"], tallies[column], sink, entry["id"])
            evaluate_quotes(analysis.quotes, entry["quotes"], entry.get("scare", []), tallies[column], sink,
                            entry["id"])
    return tallies, texts, misses


def print_table(name: str, entries: list[dict], tallies: dict[str, Tally], texts: dict[str, int],
                detail: bool) -> None:
    langs = sorted({e["lang"] for e in entries})
    datasets = sorted({dataset_of(e) for e in entries})
    halves = sorted(c for c in texts if c.startswith("half "))
    columns = ["all", *langs, *[d for d in datasets if d not in langs], *halves]
    gold_figures = sum(1 for e in entries for f in e["figures"] if not f.get("optional"))
    gold_quotes = sum(1 for e in entries for q in e["quotes"] if not q.get("optional"))
    print(f"## {name}: {len(entries)} texts, {gold_figures} gold figures, {gold_quotes} gold quotes "
          f"(optional ones not counted)")
    print()
    print("| measure | " + " | ".join(f"{c} ({texts[c]})" for c in columns) + " | target |")
    print("|---|" + "---|" * len(columns) + "---|")
    for label, num, den, target in HEADLINE:
        cells = [_cell(tallies[c], num, den, True) for c in columns]
        print(f"| {label} | " + " | ".join(cells) + f" | {target} |")
    print("| scare quotes returned | " + " | ".join(
        f"{tallies[c].counts['scare_returned']} of {tallies[c].counts['scare_terms']}" for c in columns) + " | 0 |")
    if detail:
        for label, num, den in DETAIL:
            print(f"| {label} | " + " | ".join(_cell(tallies[c], num, den, c == 'all') for c in columns) + " | |")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list misses and false positives")
    parser.add_argument("--set", choices=("all", "in-sample", "unseen"), default="all", help="which gold set")
    parser.add_argument("--detail", action="store_true", help="also per-field and per-kind rows")
    parser.add_argument("--halves", action="store_true", help="also two split halves of each set")
    parser.add_argument("--check", action="store_true", help="only check the annotations against the articles")
    parser.add_argument("--gold", type=Path, help="score only this gold file (same format as facts_gold.json), "
                        "e.g. a later real-text round kept apart from the unseen set")
    args = parser.parse_args()
    shared = shared_dir()
    if not shared.exists():
        print(f"shared data not found at {shared} (set NEWSBRIEF_SHARED)", file=sys.stderr)
        return 2
    if args.gold:
        sets = {args.gold.stem: json.loads(args.gold.read_text(encoding="utf-8"))["texts"]}
        names = list(sets)
    else:
        sets = load_gold_sets()
        names = list(sets) if args.set == "all" else [args.set]
    if args.check:
        problems = [p for name in names for p in check_spans(sets[name], shared)]
        print("\n".join(problems) or "all annotated spans are in their articles")
        return 1 if problems else 0
    for name in names:
        if not sets[name]:
            print(f"## {name}: no texts\n")
            continue
        tallies, texts, misses = evaluate_set(sets[name], shared, args.halves)
        print_table(name, sets[name], tallies, texts, args.detail)
        if args.misses:
            print("\n".join(misses))
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
