"""Draw an unseen sample of shared texts for a new key-point round, with a fixed seed.

The pools are those of `eval_keypoints.select_ids` (CFBenchmark rows and FinNA rows in file
order; Chinese and English news pages of 300+ characters, sorted by id), less every id that any
benchmarks/data/keypoints_*.json already labels, so a new round never repeats a labelled text.
The draw looks at ids only, never at a summary, and is printed so it can be labelled before
any run.

    python benchmarks/sample_keypoints.py --seed 20261208 --counts 3,3,2,8
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.eval_keypoints import _is_english_body, shared_dir  # noqa: E402

KIND_ORDER = ("cfb", "finna", "zh-news", "en-news")


def labelled_ids(data_dir: Path = REPO / "benchmarks" / "data") -> set[str]:
    """Every id any key-point set labels (stored-text sets have ids of their own, harmless here)."""
    ids: set[str] = set()
    for path in sorted(data_dir.glob("keypoints_*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        ids.update(item["id"] for item in data.get("items", []))
    return ids


def pools(exclude: set[str]) -> dict[str, list[str]]:
    """The unlabelled ids of each kind, in select_ids' order."""
    corpus = shared_dir() / "corpus"
    rows = [json.loads(line) for line in (corpus / "summaries-zh.jsonl").open(encoding="utf-8") if line.strip()]
    zh, en = [], []
    for page in sorted((corpus / "html").glob("*.json")):
        data = json.loads(page.read_text(encoding="utf-8"))
        if page.stem in exclude or len(data["body"]) < 300:
            continue
        if page.stem.startswith("mh-") and data.get("page_kind") != "news":
            continue
        if data.get("lang") == "zh":
            zh.append(page.stem)
        elif data.get("lang") == "en" and _is_english_body(data["body"]):
            en.append(page.stem)
    cfb = [r["id"] for r in rows if r["dataset"].startswith("CFBenchmark") and r["id"] not in exclude]
    finna = [r["id"] for r in rows if r["dataset"].startswith("FinNA") and r["id"] not in exclude]
    return {"cfb": cfb, "finna": finna, "zh-news": zh, "en-news": en}


def draw(seed: int, counts: tuple[int, ...], exclude: set[str]) -> dict[str, list[str]]:
    rng = random.Random(seed)
    available = pools(exclude)
    return {kind: rng.sample(available[kind], count) for kind, count in zip(KIND_ORDER, counts)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--counts", default="3,3,2,8", help="texts of each kind: cfb,finna,zh-news,en-news")
    parser.add_argument("--exclude", default="", help="more ids to leave out, comma-separated")
    args = parser.parse_args()
    exclude = labelled_ids() | {i for i in args.exclude.split(",") if i}
    counts = tuple(int(n) for n in args.counts.split(","))
    print(json.dumps(draw(args.seed, counts, exclude), indent=1))


if __name__ == "__main__":
    main()
