"""Print the /numbers view (`bot.render.text.numbers`, the lines a user is shown) of every text of a
spot-check set, to read each line against its text: value, subject, direction, and whether it is a key
figure at all. The view differs from the one-line-per-figure listing of spotcheck_news.py: a short
clause is shown whole with its figures in bold, and figures of one clause share its line.

    python benchmarks/numbers_view.py --set written11
    python benchmarks/numbers_view.py --set written11 --lang en
    python benchmarks/numbers_view.py --set written12
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.spotcheck_news import SETS, load  # noqa: E402
from bot.core.service import Brief  # noqa: E402
from bot.render.text import numbers  # noqa: E402
from summarizer import analyze  # noqa: E402
from summarizer.model import Article  # noqa: E402


def view(item: dict) -> list[str]:
    """The lines of the item's /numbers view after its heading, tags taken out."""
    analysis = analyze(item["text"], title=item.get("title"))
    brief = Brief(article_id=0, article=Article(text=item["text"], title=item.get("title")), analysis=analysis)
    shown = numbers(brief, analysis.lang)
    # Bold (the figures themselves) is kept as [..]; other tags are taken out.
    lines = [html.unescape(re.sub(r"<[^>]+>", "", line.replace("<b>", "[").replace("</b>", "]")))
             for line in shown.split("\n")]
    # The heading and the label come first; the figure lines follow the label.
    start = next((i for i, line in enumerate(lines) if line.strip() .strip("[]") in ("关键数字", "Key figures", "關鍵數字")), 0)
    return [line for line in lines[start + 1:] if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="written11")
    parser.add_argument("--lang", help="only the items of this language (the item's `lang`)")
    args = parser.parse_args(argv)
    total = 0
    for item in load(args.set):
        if args.lang and item.get("lang") != args.lang:
            continue
        lines = view(item)
        total += sum(1 for line in lines if not line.startswith("    "))
        print(f"=== {item['id']}")
        for line in lines:
            print("  " + line)
    print(f"lines: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
