"""Speed of analyze() (fast engine) against textrank4zh and against jieba's POS pass alone.

All timings come from this one run on this machine, so only the ratios mean
anything. For every input it times:
- fast: `summarizer.analyze(text)` with the token cache cleared before each call;
- textrank4zh: the package's key sentences plus keywords (TextRank4Sentence and
  TextRank4Keyword, as a user of the package would call them);
- posseg: `list(jieba.posseg.cut(text))` alone, the tokenization floor.

Inputs: the seed article, the 512 texts of summaries-zh.jsonl (timed as one
batch), and the seed repeated 10 and 40 times (about 25k and 100k characters).
It checks that the array Viterbi of summarizer.postag tags every text exactly as
jieba.posseg does. A fresh subprocess also reports the resident memory of one process with jieba
loaded after summarizing the seed, the 40x input and the 80x input (just under
the 200,000-character limit), with its peaks.

Worst cases: inputs at the 200,000-character limit that once made one step
quadratic — a paragraph of 50,000 "Ok. ", 100,000 "好。", one run-on "sentence"
of thousands of clauses with a figure each, and thousands of short quotes and attributions — timed for `analyze` alone (target
<= 10 s each on this machine).

    python benchmarks/bench_speed.py [--repeat N] [--corpus-limit N] [--json] [--worst-only]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import jieba.posseg  # noqa: E402

from summarizer import analyze  # noqa: E402
from summarizer.reference import TextRank4Keyword, TextRank4Sentence  # noqa: E402
from summarizer.tokenize import clear_cache, ensure_jieba  # noqa: E402


def shared_dir() -> Path:
    """../shared beside the repository (CI clones the repo next to it), or $NEWSBRIEF_SHARED."""
    override = os.environ.get("NEWSBRIEF_SHARED")
    return Path(override) if override else REPO.parent / "shared"


def load_inputs(corpus_limit: int | None) -> tuple[str, list[str]]:
    shared = shared_dir()
    seeds = sorted((shared / "seed").glob("*.txt"))
    corpus_path = shared / "corpus" / "summaries-zh.jsonl"
    if not seeds or not corpus_path.exists():
        sys.exit(f"bench_speed: seed or corpus missing under {shared} (set NEWSBRIEF_SHARED)")
    seed = seeds[0].read_text(encoding="utf-8")
    with corpus_path.open(encoding="utf-8") as handle:
        corpus = [json.loads(line)["text"] for line in handle if line.strip()]
    return seed, corpus[:corpus_limit] if corpus_limit else corpus


def run_fast(texts: list[str]) -> None:
    for text in texts:
        clear_cache()
        analyze(text)


def run_textrank4zh(texts: list[str]) -> None:
    for text in texts:
        sentences = TextRank4Sentence()
        sentences.analyze(text=text)
        sentences.get_key_sentences(num=3)
        keywords = TextRank4Keyword()
        keywords.analyze(text=text, window=2)
        keywords.get_keywords(num=10, word_min_len=2)


def run_posseg(texts: list[str]) -> None:
    for text in texts:
        list(jieba.posseg.cut(text))


SYSTEMS: dict[str, Callable[[list[str]], None]] = {
    "fast": run_fast,
    "textrank4zh": run_textrank4zh,
    "posseg": run_posseg,
}


def median_time(function: Callable[[list[str]], None], texts: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        function(texts)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


MEMORY_PROBE = """
import json, sys, resource, psutil
from summarizer import analyze

def peak_mb():
    # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a probe started by a
    # benchmark that has just run textrank4zh (over 1 GB) would report the parent's peak.
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

seed = open(sys.argv[1], encoding="utf-8").read()
analyze(seed)
after_seed = psutil.Process().memory_info().rss
analyze("\\n".join([seed] * 40))
after_long = psutil.Process().memory_info().rss
peak_40x = peak_mb()
analyze("\\n".join([seed] * 80))  # just under the 200,000-character input limit
print(json.dumps({"rss_after_seed_mb": after_seed / 2**20, "rss_after_40x_mb": after_long / 2**20,
                  "peak_rss_40x_mb": peak_40x, "peak_rss_80x_mb": peak_mb()}))
"""


WORST_CASES: dict[str, str] = {
    "Ok. x 50,000": "Ok. " * 50_000,
    "好。 x 99,999": "好。" * 99_999,
    "run-on, 10k clauses": "，".join(f"第{i}号仓库的库存同比增长{i % 90 + 1}%" for i in range(10_000))[:199_990] + "。",
    "“We are. ” x 18,000": "“We are. ” " * 18_000,
    "“他说‘好’。” x 25,000": "“他说‘好’。”" * 25_000,
    # A bare attribution after each quote, and thousands of distinct speakers each followed by "he".
    "“We won.” Officials said. x 7,692": "“We won.” Officials said. " * 7_692,
    "Ann Z…, an analyst…“We won,” he said. x 2,500": "".join(
        f"Ann Z{i:05d}x, an analyst at Acme, said the plan will work. “We won,” he said. " for i in range(2_500)),
    # One long run of digits after an act, and a figure in every sentence (Chinese and English).
    "收购股权 + 199,990 digits": "公司拟收购股权" + "1" * 199_990,
    "营收同比增长12%。 x 18,000": "".join(f"第{i}家公司营收同比增长{i % 90 + 1}%。" for i in range(18_000))[:199_999],
    "Revenue rose 12%. x 9,000": "".join(f"Unit {i} revenue rose {i % 90 + 1}% to ${i} million. "
                                         for i in range(9_000))[:199_999],
}


def worst_cases() -> list[dict[str, object]]:
    """Time analyze() once on each pathological input (the slowest step decides)."""
    rows = []
    for name, text in WORST_CASES.items():
        clear_cache()
        gc.collect()
        started = time.perf_counter()
        analyze(text)
        rows.append({"input": name, "chars": len(text), "fast": time.perf_counter() - started})
    return rows


def tagging_agreement(texts: list[str]) -> tuple[int, int]:
    """How many texts summarizer.postag tags exactly as jieba.posseg does (words and tags)."""
    from summarizer.postag import pos_tokenizer

    tagger = pos_tokenizer()
    same = sum([(p.word, p.flag) for p in tagger.cut(text)] == [(p.word, p.flag) for p in jieba.posseg.cut(text)]
               for text in texts)
    return same, len(texts)


def memory_probe() -> dict[str, float]:
    seed_path = sorted((shared_dir() / "seed").glob("*.txt"))[0]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    output = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(seed_path)], capture_output=True,
                            text=True, check=True, env=env).stdout
    return json.loads(output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per small input (median)")
    parser.add_argument("--corpus-limit", type=int, default=None, help="only the first N corpus texts")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--worst-only", action="store_true", help="only the worst cases (no corpus, no baselines)")
    args = parser.parse_args()
    if args.worst_only:
        ensure_jieba()
        analyze("预热。Warm up.")
        for row in worst_cases():
            print(f"worst case: {row['input']:<44} {row['chars']:>8} chars  fast {row['fast']:.2f}s (target <= 10 s)",
                  flush=True)
        return

    seed, corpus = load_inputs(args.corpus_limit)
    ensure_jieba()
    for function in SYSTEMS.values():  # warm-up: imports, caches, CPU frequency
        function([seed])

    inputs = [
        ("seed", [seed], args.repeat),
        (f"corpus ({len(corpus)} texts)", corpus, 1),
        ("seed x10", ["\n".join([seed] * 10)], max(1, args.repeat // 2)),
        ("seed x40", ["\n".join([seed] * 40)], 1),
    ]
    results = []
    for name, texts, repeat in inputs:
        row: dict[str, object] = {"input": name, "chars": sum(len(t) for t in texts)}
        for system, function in SYSTEMS.items():
            # fast is cheap: at least 3 runs even for the long inputs, so one noisy
            # run cannot decide the growth figure.
            row[system] = median_time(function, texts, max(repeat, 3) if system == "fast" else repeat)
        row["textrank4zh/fast"] = row["textrank4zh"] / row["fast"]  # type: ignore[operator]
        row["fast/posseg"] = row["fast"] / row["posseg"]  # type: ignore[operator]
        results.append(row)
        if not args.json:
            print(f"{name:<22} {row['chars']:>8} chars  fast {row['fast']:.3f}s  textrank4zh {row['textrank4zh']:.3f}s"
                  f"  posseg {row['posseg']:.3f}s  textrank4zh/fast {row['textrank4zh/fast']:.1f}x"
                  f"  fast/posseg {row['fast/posseg']:.2f}x", flush=True)
    growth = results[3]["fast"] / results[0]["fast"]  # type: ignore[operator]
    worst = worst_cases()
    if not args.json:
        for row in worst:
            print(f"worst case: {row['input']:<22} {row['chars']:>8} chars  fast {row['fast']:.2f}s (target <= 10 s)",
                  flush=True)
    same, total = tagging_agreement([seed, *corpus])
    memory = memory_probe()
    if args.json:
        print(json.dumps({"results": results, "growth_40x": growth, "worst_cases": worst,
                          "tagging_identical": [same, total], "memory": memory}, indent=2))
    else:
        print(f"fast: 40x the input took {growth:.1f}x the time (target <= 50x)")
        print(f"tagging: summarizer.postag == jieba.posseg on {same}/{total} texts")
        print("memory: " + ", ".join(f"{k} {v:.0f}" for k, v in memory.items()))


if __name__ == "__main__":
    main()
