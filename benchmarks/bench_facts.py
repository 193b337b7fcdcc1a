"""What figure and quote extraction add to `analyze` on the seed article (target: at most 30%).

    python benchmarks/bench_facts.py [--runs 30]

Both are measured in the same run, as medians of CPU time (the machine is shared,
so wall time is noisy). `analyze` is timed with jieba's token cache cleared before
every call, as for a new article; extraction is timed on the same sentences right
after, as inside `analyze`, where the POS pass it reads is already cached.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarizer import analyze  # noqa: E402
from summarizer.figures import extract_figures  # noqa: E402
from summarizer.normalize import normalize  # noqa: E402
from summarizer.quotes import extract_quotes  # noqa: E402
from summarizer.split import split_sentences  # noqa: E402
from summarizer.tokenize import clear_cache, tokenize_sentences  # noqa: E402

SEED = "seed/000_7ea0c88ff93ae81e.txt"


def shared_dir() -> Path:
    override = os.environ.get("NEWSBRIEF_SHARED")
    return Path(override) if override else REPO.parent / "shared"


def cpu_median(function, runs: int, before=None) -> float:
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    path = shared_dir() / SEED
    if not path.exists():
        print(f"seed article not found at {path} (set NEWSBRIEF_SHARED)", file=sys.stderr)
        return 2
    text = path.read_text(encoding="utf-8")
    analyze(text)  # load jieba once
    sentences = tuple(span.text for span in split_sentences(normalize(text), "zh"))
    key = frozenset(range(3))

    analyze_cold = cpu_median(lambda: analyze(text), args.runs, before=clear_cache)
    analyze_warm = cpu_median(lambda: analyze(text), args.runs)
    tokenize_sentences(sentences, "zh")
    figures = cpu_median(lambda: extract_figures(sentences, lang="zh", key_indices=key), args.runs)
    quotes = cpu_median(lambda: extract_quotes(sentences, lang="zh"), args.runs)
    facts = figures + quotes
    print(f"seed article: {len(text)} characters, {len(sentences)} sentences; medians of {args.runs} runs (CPU time)")
    print()
    print("| step | ms |")
    print("|---|---|")
    print(f"| analyze, new article (includes figures and quotes) | {analyze_cold * 1000:.1f} |")
    print(f"| analyze, same article again (POS pass cached) | {analyze_warm * 1000:.1f} |")
    print(f"| extract_figures | {figures * 1000:.2f} |")
    print(f"| extract_quotes | {quotes * 1000:.2f} |")
    print()
    print(f"figures + quotes add {facts / (analyze_cold - facts):.1%} to analyze without them "
          f"(target <= 30%); {facts / (analyze_warm - facts):.1%} when the POS pass is cached")
    return 0


if __name__ == "__main__":
    sys.exit(main())
