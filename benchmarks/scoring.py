"""What the quality scripts share: the baselines and the ROUGE arithmetic.

`eval_rouge.py`, `eval_keypoints.py` and the test suite's quality gate all compare our
sentences with Lead-3 and textrank4zh and count overlaps the same way; one copy keeps
their figures comparable.
"""

from __future__ import annotations

import re

# Lead-3 cuts at these marks; this split reproduces the published Lead-3 baseline figures.
LEAD_SPLIT_RE = re.compile(r"(?<=[。！？!?；;…\n])")


def lead3_sentences(text: str) -> list[str]:
    return [s for s in LEAD_SPLIT_RE.split(text) if s.strip()][:3]


def textrank4zh_sentences(text: str) -> list[str]:
    """textrank4zh's own top 3 (its splitter), in document order."""
    from summarizer.reference import TextRank4Sentence  # the package is slow to import

    engine = TextRank4Sentence()
    engine.analyze(text=text)
    chosen = sorted(engine.get_key_sentences(num=3), key=lambda item: item.index)
    return [item.sentence for item in chosen]


def f1(overlap: int, candidate: int, reference: int) -> float:
    if overlap == 0 or candidate == 0 or reference == 0:
        return 0.0
    precision, recall = overlap / candidate, overlap / reference
    return 2 * precision * recall / (precision + recall)


def lcs(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence (ROUGE-L), in linear memory."""
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]
