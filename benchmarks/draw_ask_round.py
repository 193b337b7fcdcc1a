"""List the seeded pools an /ask round draws its real corpus articles from, so that a round's draw can be repeated.

    NEWSBRIEF_SHARED=/work/shared python benchmarks/draw_ask_round.py --seed 20261217 \
        --ignore 'ask_spotcheck17*' --ignore benchmarks.md --ignore ask.md   # ask17's draw, as it was made

Pools (as ask17 drew them): CFBenchmark notes and FinNA flashes that no file in benchmarks/, tests/ or docs/ names;
Chinese web pages and English web pages that no ask_*.json names (every Chinese page is named somewhere by the
seventeenth round, and few short English pages were left). Each item needs at least 15 digits and at most 6,000
characters (English pages 20,000). Each pool is sorted by id and shuffled with random.Random(seed) in the order
cfb, finna, zh web, en web; a round takes items from the front of each pool and its holdout the next ones.
By the nineteenth round a single English page with 15 digits was left: --en-min-digits lowers that bound for the
English pool alone (ask19: 5), which leaves the other pools and their order as they were.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _named(ids: list[str], files: list[Path]) -> set[str]:
    """The ids that some file names (an id followed by neither a word character nor a hyphen)."""
    text = "".join(path.read_text(encoding="utf-8", errors="ignore") for path in files if path.is_file())
    return {item for item in ids if re.search(re.escape(item) + r"(?![\w-])", text)}


def _digits(text: str) -> int:
    return len(re.findall(r"\d", text))


def pools(shared: Path, seed: int, ignore: tuple[str, ...] = (), en_min_digits: int = 15) -> dict[str, list[str]]:
    """The seeded pools; files whose name matches a pattern of `ignore` (the round's own set files and the docs
    written after it) do not count as naming an item, so a past draw can be listed again."""
    corpus = shared / "corpus"
    rows = [json.loads(line) for line in (corpus / "summaries-zh.jsonl").read_text(encoding="utf-8").splitlines()]
    pages = []
    for path in sorted((corpus / "html").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        pages.append({"id": path.stem, "lang": record.get("lang") or "", "text": record.get("body") or ""})
    every = [p for d in ("benchmarks", "tests", "docs") for p in (REPO / d).rglob("*")
             if not any(p.match(pattern) for pattern in ignore)]
    asks = [p for p in sorted((REPO / "benchmarks" / "data").glob("ask_*.json"))
            if not any(p.match(pattern) for pattern in ignore)]
    named_anywhere = _named([r["id"] for r in rows], every)
    named_by_ask = _named([p["id"] for p in pages], asks)

    def short(text: str, limit: int = 6000, min_digits: int = 15) -> bool:
        return _digits(text) >= min_digits and len(text) <= limit

    drawn = {
        "cfb": [r["id"] for r in rows if r["dataset"].startswith("CFBenchmark") and short(r["text"])
                and r["id"] not in named_anywhere],
        "finna": [r["id"] for r in rows if r["dataset"].startswith("FinNA") and short(r["text"])
                  and r["id"] not in named_anywhere],
        "zh web": [p["id"] for p in pages if not p["lang"].startswith("en") and short(p["text"])
                   and p["id"] not in named_by_ask],
        "en web": [p["id"] for p in pages if p["lang"].startswith("en") and short(p["text"], 20000, en_min_digits)
                   and p["id"] not in named_by_ask],
    }
    rng = random.Random(seed)
    for name in ("cfb", "finna", "zh web", "en web"):
        pool = sorted(drawn[name])
        rng.shuffle(pool)
        drawn[name] = pool
    return drawn


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--ignore", action="append", default=[], help="a file name pattern that names nothing")
    parser.add_argument("--en-min-digits", type=int, default=15, help="the digits an English page needs")
    parser.add_argument("--show", type=int, default=8, help="how many of each pool to list")
    args = parser.parse_args(argv)
    shared = Path(os.environ.get("NEWSBRIEF_SHARED") or REPO.parent / "shared")
    for name, pool in pools(shared, args.seed, tuple(args.ignore), args.en_min_digits).items():
        print(f"{name} ({len(pool)}): {' '.join(pool[:args.show])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
