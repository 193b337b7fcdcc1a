""""The quarter" in a sentence is the one quarter its article is about.

"The company ended the quarter with $1.21 billion in cash" names no quarter of its own: the
article's opening does ("comparable sales rose 4.2% in the second quarter ended Aug. 2"). Only
when the opening or title names exactly one quarter (or half) is that the sentence's period;
an article about several periods leaves "the quarter" undated, and the question unanswered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.answer.periods import mentions

__all__ = ["the_period_parts"]

_THE_PERIOD = re.compile(r"\b(?:the|this) (?:quarter|three months|period)\b(?! (?:before|earlier|ago|a year))"
                         r"|本季度|本季|当季|报告期(?:末|内)?|本报告期")


def the_period_parts(sentence: str, opening: Iterable[str], year_now: int | None = None) -> frozenset[str]:
    """The quarter or half the opening names, when `sentence` speaks of "the quarter"; else empty."""
    if not _THE_PERIOD.search(sentence):
        return frozenset()
    named: set[str] = set()
    for text in opening:
        for m in mentions(text, year_now):
            named |= {p for p in m.parts if p != "FY"}
    quarters = {p for p in named if p not in ("YE",)}
    return frozenset(quarters) if len(quarters) == 1 else frozenset()
