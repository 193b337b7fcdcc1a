"""English keywords that are a part of a longer name: how many, on every English text we have.

A keyword such as "Bank" or "Federal" shown for a story about the People's Bank of China or
the Federal Reserve tells the reader nothing (and "Bank" alone may be read as another bank).
A shown keyword counts as a name part when the text writes it, in most of its capitalised
occurrences, inside a longer run of capitalised words (`summarizer.keyword_names_en.name_part`),
unless it is a name in itself: a short name opening every name it is in ("Harborview" of
"Harborview Bancorp") or a name of two words or more ("Hang Seng"), counted apart. The same
tests the summarizer applies.

Texts: every "en" page of `corpus/html/*.json` (its body as labelled), and the English items
of `benchmarks/data/figures_written*.json` and `keypoints_fresh_en*.json` (stories written here).

    python benchmarks/keyword_name_parts.py [--show]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarizer import analyze  # noqa: E402
from summarizer.errors import UnsupportedLanguage  # noqa: E402
from summarizer.keyword_names_en import name_part, opens_every_name  # noqa: E402


def english_texts() -> list[tuple[str, str, str | None]]:
    """(id, text, title) of every English text: the corpus's en pages, then the written sets."""
    shared = Path(os.environ.get("NEWSBRIEF_SHARED", REPO.parent / "shared"))
    found = []
    for path in sorted((shared / "corpus" / "html").glob("*.json")):
        page = json.loads(path.read_text(encoding="utf-8"))
        if page.get("lang") == "en" and page.get("body"):
            found.append((path.stem, page["body"], page.get("title")))
    patterns = ("figures_written*.json", "keypoints_fresh_en*.json")
    for pattern in patterns:
        for name in sorted(glob.glob(str(REPO / "benchmarks" / "data" / pattern))):
            data = json.loads(Path(name).read_text(encoding="utf-8"))
            for item in data.get("articles") or data.get("items") or ():
                if item.get("text") and item.get("lang", "en") == "en":
                    found.append((f"{Path(name).stem}:{item['id']}", item["text"], item.get("title")))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every name-part keyword")
    args = parser.parse_args()
    texts = english_texts()
    total = parts = short = english = 0
    for ident, text, title in texts:
        try:
            analysis = analyze(text, title=title)
        except UnsupportedLanguage:
            continue  # (the corpus's Japanese and Korean pages are labelled "en")
        if analysis.lang != "en":
            continue
        english += 1
        for keyword in analysis.keywords:
            total += 1
            if name_part(keyword.word, text):
                # A short name ("Harborview" of "Harborview Bancorp") or a name of two words or more
                # ("Hang Seng" of "Hang Seng Index") is a name in itself: counted apart.
                whole = " " in keyword.word or opens_every_name(keyword.word, text)
                short += whole
                parts += not whole
                if args.show:
                    kind = "name" if whole else "part"
                    print(f"{ident}\t{kind}\t{keyword.word}\t{', '.join(k.word for k in analysis.keywords)}")
    print(f"english texts {english} keywords {total} name parts {parts} (and short or multi-word names {short})")


if __name__ == "__main__":
    main()
