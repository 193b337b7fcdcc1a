"""Spot check of quotes on news texts we wrote (fictional people and companies): every quote
`summarizer.analyze` lists, marked against what a reader marks in the text.

    python benchmarks/spotcheck_quotes.py                 # the main set, every quote with its mark
    python benchmarks/spotcheck_quotes.py --set holdout   # the holdout, written after the fixes
    python benchmarks/spotcheck_quotes.py --set set3      # the third set: interviews, calls, releases, posts, panels
    python benchmarks/spotcheck_quotes.py --set holdout3  # its holdout, written after the fixes of that round
    python benchmarks/spotcheck_quotes.py --set set4      # the fourth set: analysts by firm, anonymous sources, courts,
                                                          # press conferences, posts, HK/Taiwan news, titles and slogans
    python benchmarks/spotcheck_quotes.py --set holdout4  # its holdout, written after the fixes of that round
    python benchmarks/spotcheck_quotes.py --set set5      # the fifth set: 'according to', sources after a company,
                                                          # transcripts, 问：/答：, quotes over paragraphs, nested marks,
                                                          # statements of an organisation, unnamed roles
    python benchmarks/spotcheck_quotes.py --set set5-holdout  # its holdout, written after the fixes of that round
    python benchmarks/spotcheck_quotes.py --set set6      # the sixth set: long features, same surnames, statements
                                                          # named after the words, no comment, partial quotes,
                                                          # posts, joint speakers, 据…介绍, 相关负责人, 「」
    python benchmarks/spotcheck_quotes.py --set set6-holdout  # its holdout, written after the fixes of that round
    python benchmarks/spotcheck_quotes.py --set english8  # the English texts of spotcheck_news --set english8
    python benchmarks/spotcheck_quotes.py --set set7      # the seventh set: sports business, testimony and rulings,
                                                          # hearings, earnings calls, memos and open letters, TV and
                                                          # podcasts, posts, 答记者问, nested 『』, captions, 补充道
    python benchmarks/spotcheck_quotes.py --set set7-holdout  # its holdout, written after the fixes of that round
    python benchmarks/spotcheck_quotes.py --set set8      # the eighth set: wire stories with five speakers, split
                                                          # quotes, a speaker named after a long quote, documents
                                                          # (the lawsuit says), 对此…回应称, 他/她 over paragraphs,
                                                          # 其表示, posts (在抖音发布视频称), anonymous sources
    python benchmarks/spotcheck_quotes.py --set set8-holdout  # its holdout, written after the fixes of that round
    python benchmarks/spotcheck_quotes.py --set set8-holdout-b  # a second holdout, after the fixes the first led to
    python benchmarks/spotcheck_quotes.py --set set9      # the ninth set: anonymous sources after a named one,
                                                          # 'echoed by … who said', 'analysts led by', forecasts in
                                                          # quotation marks, 一家车企回应称, 则批评 without a colon
    python benchmarks/spotcheck_quotes.py --set set9-holdout  # its holdout, written after the fixes of that round
    python benchmarks/spotcheck_quotes.py --set real10    # ten seeded real corpus pages with quotation marks
                                                          # (5 English, 5 Chinese; text read from ../shared)
    python benchmarks/spotcheck_quotes.py --set real10-holdout  # its holdout, five more pages, one run
    python benchmarks/spotcheck_quotes.py --set written12 # the texts of spotcheck_news --set written12
    python benchmarks/spotcheck_quotes.py --set written13 # the texts of spotcheck_news --set written13 (and -holdout)
    python benchmarks/spotcheck_quotes.py --set written14 # the texts of spotcheck_news --set written14 (and -holdout)
    python benchmarks/spotcheck_quotes.py --set written15 # the texts of spotcheck_news --set written15 (and -holdout)
    python benchmarks/spotcheck_quotes.py --set real11    # twenty seeded corpus texts rich in quotes (6 Chinese
                                                          # pages, 5 English pages, 9 FinNA flashes; from ../shared)
    python benchmarks/spotcheck_quotes.py --set real11-holdout  # its holdout, ten more texts, one run at the end
    python benchmarks/spotcheck_quotes.py --quiet         # only the counts

Each quote of benchmarks/data/quotes_spotcheck.json (and _holdout.json) has its acceptable
speakers, its words (direct) or reported clause (indirect), optionally a word its speaker's title
must contain, and `optional` for quotes that may be listed or not. A listed quote is
- right: it matches a marked quote by its words, with an acceptable speaker and the same extent;
- wrong speaker: its words are a marked quote's, its speaker is not one of the acceptable ones;
- wrong extent: its speaker is right, its words start like a marked quote's but end elsewhere;
- a non-quote: it matches no marked quote (a scare quote, a name, a figure read as speech);
and a marked quote (not optional) that nothing matches is missed. A right speaker whose title
lacks the marked word counts as "title missing" (shown, not an error). Quotes that match an
optional mark are counted apart ("optional right" / "optional wrong").
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.eval_facts import load_record  # noqa: E402
from summarizer import analyze  # noqa: E402
from summarizer.model import Quote  # noqa: E402

SETS = {"main": REPO / "benchmarks" / "data" / "quotes_spotcheck.json",
        "holdout": REPO / "benchmarks" / "data" / "quotes_spotcheck_holdout.json",
        "holdout2": REPO / "benchmarks" / "data" / "quotes_spotcheck_holdout2.json",
        "set3": REPO / "benchmarks" / "data" / "quotes_spotcheck3.json",
        "holdout3": REPO / "benchmarks" / "data" / "quotes_spotcheck3_holdout.json",
        "set4": REPO / "benchmarks" / "data" / "quotes_spotcheck4.json",
        "holdout4": REPO / "benchmarks" / "data" / "quotes_spotcheck4_holdout.json",
        "set5": REPO / "benchmarks" / "data" / "quotes_spotcheck5.json",
        "set5-holdout": REPO / "benchmarks" / "data" / "quotes_spotcheck5_holdout.json",
        "set6": REPO / "benchmarks" / "data" / "quotes_spotcheck6.json",
        "set6-holdout": REPO / "benchmarks" / "data" / "quotes_spotcheck6_holdout.json",
        # The quotes gold of the eighth English figures round (same texts as spotcheck_news --set english8).
        "english8": REPO / "benchmarks" / "data" / "news_spotcheck8_en.json",
        "english8-holdout": REPO / "benchmarks" / "data" / "news_spotcheck8_en_holdout.json",
        "english8-holdout-b": REPO / "benchmarks" / "data" / "news_spotcheck8_en_holdout_b.json",
        "set7": REPO / "benchmarks" / "data" / "quotes_spotcheck7.json",
        "set7-holdout": REPO / "benchmarks" / "data" / "quotes_spotcheck7_holdout.json",
        "set8": REPO / "benchmarks" / "data" / "quotes_spotcheck8.json",
        "set8-holdout": REPO / "benchmarks" / "data" / "quotes_spotcheck8_holdout.json",
        "set8-holdout-b": REPO / "benchmarks" / "data" / "quotes_spotcheck8_holdout_b.json",
        "set9": REPO / "benchmarks" / "data" / "quotes_spotcheck9.json",
        "set9-holdout": REPO / "benchmarks" / "data" / "quotes_spotcheck9_holdout.json",
        # Real pages of the corpus (their text is read from ../shared, never copied here).
        "real10": REPO / "benchmarks" / "data" / "quotes_real10.json",
        "real10-holdout": REPO / "benchmarks" / "data" / "quotes_real10_holdout.json",
        "real11": REPO / "benchmarks" / "data" / "quotes_real11.json",
        "real11-holdout": REPO / "benchmarks" / "data" / "quotes_real11_holdout.json",
        # The quotes gold of the twelfth figures round (same texts as spotcheck_news --set written12).
        "written12": REPO / "benchmarks" / "data" / "figures_written12.json",
        "written12-holdout": REPO / "benchmarks" / "data" / "figures_written12_holdout.json",
        # The quotes gold of the thirteenth figures round (same texts as spotcheck_news --set written13).
        "written13": REPO / "benchmarks" / "data" / "figures_written13.json",
        "written13-holdout": REPO / "benchmarks" / "data" / "figures_written13_holdout.json",
        # The quotes gold of the fourteenth figures round (same texts as spotcheck_news --set written14).
        "written14": REPO / "benchmarks" / "data" / "figures_written14.json",
        "written14-holdout": REPO / "benchmarks" / "data" / "figures_written14_holdout.json",
        # The quotes gold of the fifteenth figures round (same texts as spotcheck_news --set written15).
        "written15": REPO / "benchmarks" / "data" / "figures_written15.json",
        "written15-holdout": REPO / "benchmarks" / "data" / "figures_written15_holdout.json"}
KINDS = ("right", "wrong speaker", "wrong extent", "non-quote", "missed", "title missing", "optional right",
         "optional wrong")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[“”\"‘’'「」『』]", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" ,.;:!?，。；：！？、…")


def _same_start(a: str, b: str) -> bool:
    n = min(12, len(a), len(b))
    return n > 0 and (a[:n] == b[:n] or a in b or b in a)


def check(item: dict, found: tuple[Quote, ...]) -> tuple[list[tuple[str, Quote | dict]], dict[str, int]]:
    """Each listed quote with its mark, then the missed ones; and the counts."""
    counts = dict.fromkeys(KINDS, 0)
    marks: list[tuple[str, Quote | dict]] = []
    gold = item["quotes"]
    used: set[int] = set()
    for quote in found:
        said = _norm(quote.text)
        # The mark with these very words first: two marks may open alike ("the company misled …",
        # "the company had set aside …"), and the first of them is not always the one listed.
        match = next((i for i, g in enumerate(gold) if i not in used and said == _norm(g["text"])), None)
        if match is None:
            match = next((i for i, g in enumerate(gold) if i not in used and _same_start(said, _norm(g["text"]))), None)
        if match is None:
            counts["non-quote"] += 1
            marks.append(("non-quote", quote))
            continue
        used.add(match)
        g = gold[match]
        if quote.speaker not in g["speaker"]:
            mark = "wrong speaker"
        elif said != _norm(g["text"]):
            mark = "wrong extent"
        else:
            mark = "right"
        if g.get("optional"):
            counts["optional right" if mark == "right" else "optional wrong"] += 1
            marks.append((f"{mark}, optional", quote))
            continue
        counts[mark] += 1
        if mark == "right" and g.get("title") and g["title"].lower() not in (quote.speaker_title or "").lower():
            counts["title missing"] += 1
            mark = "right, title missing"
        marks.append((mark, quote))
    for i, g in enumerate(gold):
        if i not in used and not g.get("optional"):
            counts["missed"] += 1
            marks.append(("missed", g))
    return marks, counts


def _shared() -> Path:
    override = os.environ.get("NEWSBRIEF_SHARED")
    return Path(override) if override else REPO.parent / "shared"


def article_text(item: dict) -> tuple[str, str | None]:
    """The text and title of a set item: written into the set, or (real pages) read from the corpus under
    ../shared by its `source` path, so that no corpus text is copied into the repository."""
    if "text" in item:
        return item["text"], item.get("title")
    # An html record's body, or a jsonl row (`path#id`: the FinNA flashes of real11).
    return load_record(item["source"], _shared())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(SETS), default="main")
    parser.add_argument("--quiet", action="store_true", help="only the counts")
    args = parser.parse_args()
    items = json.loads(SETS[args.set].read_text(encoding="utf-8"))["articles"]
    total = dict.fromkeys(KINDS, 0)
    gold_total = 0
    for item in items:
        text, title = article_text(item)
        found = analyze(text, title=title).quotes
        marks, counts = check(item, found)
        gold_total += sum(1 for g in item["quotes"] if not g.get("optional"))
        for key, value in counts.items():
            total[key] += value
        if args.quiet:
            continue
        print(f"=== {item['id']}")
        for mark, quote in marks:
            if isinstance(quote, Quote):
                title = f" ({quote.speaker_title})" if quote.speaker_title else ""
                print(f"  [{mark}] {quote.kind[:3]} {quote.speaker}{title}: {quote.text}")
            else:
                print(f"  [missed] {quote['kind'][:3]} {quote['speaker'][0]}: {quote['text']}")
    listed = sum(total[key] for key in ("right", "wrong speaker", "wrong extent", "non-quote", "optional right",
                                        "optional wrong"))
    print(f"{args.set}: {len(items)} texts, {gold_total} marked quotes (optional ones not counted), {listed} listed: "
          + ", ".join(f"{key} {total[key]}" for key in KINDS))


if __name__ == "__main__":
    main()
