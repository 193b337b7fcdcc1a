"""Of two numbers of the same metric in one sentence, the one written under the question's own word.

"临江市…总投资多少": "总投资规模约1560亿元，其中2026年计划完成投资480亿元" names investment twice; 总投资 is
the 1560亿元, and 完成投资 a year's part of it. Both pass every check, so the nearest number to a shared
word would pick either; the spelling the question uses decides, when exactly some of them carry it.
"""

from __future__ import annotations

from summarizer.answer.metrics import metric_spans

__all__ = ["under_asked_spelling"]


def under_asked_spelling(question: str, sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans whose nearest metric before them contains the question's metric word, when some but
    not all do; otherwise all of them (both folded)."""
    asked = metric_spans(question)
    if not asked or len(spans) < 2:
        return spans
    word = question[asked[-1][0]:asked[-1][1]]
    found = metric_spans(sentence)
    chosen = []
    for span in spans:
        before = [m for m in found if m[1] <= span[0]]
        if before and word in sentence[before[-1][0]:before[-1][1]]:
            chosen.append(span)
    return chosen if chosen and len(chosen) < len(spans) else spans
