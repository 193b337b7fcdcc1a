"""Print the key sentences a reader is shown for a fixed-seed sample of shared texts, to judge
by eye whether every shown line states a fact (precision of what is shown, not coverage).

The sample: `random.Random(seed)` draws 12 Chinese pages (lang other than "en") and 12 English
pages from ../shared/corpus/html (ids sorted), then 6 rows of summaries-zh.jsonl (file order).
Pages go through the project's own extraction (summarizer.extract), as a link sent to the bot
does; each text is analysed as the bot does it (10 sentences kept, shown at the summary's own
length and at 3, bot.render.text.key_sentences). Lines shown only in the 3-sentence view are
not marked; lines in both are marked [3].

    python benchmarks/shown_lines.py --seed 20261206 [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.eval_keypoints import shared_dir  # noqa: E402
from bot.render.text import key_sentences  # noqa: E402
from summarizer import analyze  # noqa: E402
from summarizer.errors import NotAnArticle, SummarizerError  # noqa: E402
from summarizer.extract import extract_article  # noqa: E402


def draw(seed: int, corpus: Path) -> tuple[list[str], list[str], list[str], dict[str, dict]]:
    """(Chinese page ids, English page ids, summaries-zh ids, rows by id), drawn from ids only."""
    zh, en = [], []
    for path in sorted((corpus / "html").glob("*.json")):
        (en if json.loads(path.read_text(encoding="utf-8")).get("lang") == "en" else zh).append(path.stem)
    with open(corpus / "summaries-zh.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    rng = random.Random(seed)
    return rng.sample(zh, 12), rng.sample(en, 12), [r["id"] for r in rng.sample(rows, 6)], {r["id"]: r for r in rows}


def shown(text: str, title: str | None) -> tuple[list[str], list[str]]:
    """The lines at the default length and at 3."""
    analysis = analyze(text, title=title, max_sentences=10)
    length = analysis.summary_length or len(analysis.sentences)
    return ([s.text for s in key_sentences(analysis, length)], [s.text for s in key_sentences(analysis, 3)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    corpus = shared_dir() / "corpus"
    zh, en, notes, rows = draw(args.seed, corpus)
    out: dict[str, dict] = {}
    for pid in zh + en + notes:
        if pid in rows:
            text, title = rows[pid]["text"], None
        else:
            meta = json.loads((corpus / "html" / f"{pid}.json").read_text(encoding="utf-8"))
            try:
                article = extract_article((corpus / "html" / f"{pid}.html").read_bytes(), url=meta.get("url"))
            except NotAnArticle as exc:
                print(f"## {pid} not an article: {exc}")
                continue
            text, title = article.text, article.title
        try:
            default, top3 = shown(text, title)
        except SummarizerError as exc:
            print(f"## {pid} {type(exc).__name__}")
            continue
        out[pid] = {"title": title, "default": default, "top3": top3}
        print(f"## {pid} | title: {title} | default {len(default)}")
        for line in dict.fromkeys(default + top3):
            print("  -", "[3]" if line in top3 else "   ", line)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
