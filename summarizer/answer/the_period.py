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

__all__ = ["opening_parts", "the_period_parts"]

_THE_PERIOD = re.compile(r"\b(?:the|this) (?:quarter|three months|period)\b(?! (?:before|earlier|ago|a year))"
                         r"|本季度|本季|当季|报告期(?:末|内)?|本报告期")


def the_period_parts(sentence: str, opening: Iterable[str], year_now: int | None = None) -> frozenset[str]:
    """The quarter or half the opening names, when `sentence` speaks of "the quarter"; else empty."""
    if not _THE_PERIOD.search(sentence):
        return frozenset()
    return opening_parts(opening, year_now)


def opening_parts(opening: Iterable[str], year_now: int | None = None) -> frozenset[str]:
    """The one quarter or half the title or opening names ("2023Q1成熟业务稳健增长"), else empty.

    A note on one quarter writes its segment lines with no period ("收入5.98亿（YOY29.59%）"): such a
    line is the quarter's, so it does not answer the whole year ("全年营收同比增长多少")."""
    named: set[str] = set()
    for text in opening:
        for m in mentions(text, year_now):
            named |= {p for p in m.parts if p != "FY"}
    quarters = {p for p in named if p not in ("YE",)}
    return frozenset(quarters) if len(quarters) == 1 else frozenset()
