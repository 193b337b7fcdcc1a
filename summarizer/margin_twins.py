"""Two lines of a Chinese note that each state a gross margin are one point: the second waits like a twin.

A note on a company's results states its gross margin with its change ("2021年，公司毛利率41.4%，比去年同期下降了
4个pct。") and then explains it, again with a margin figure ("…带来业务毛利率的下降（和去年相比下降-2.6个pct）；"), or
gives a segment's margin beside the company's. Each margin line weighs as a next step (roles.news_value: a result's
value and half again), so two of them took two of the three slots and the note's quarter or its orders were left out
(fresh15). The second margin line now waits like a second line of the period's results (results_twins): it is shown
when nothing of half its score is left. Every rule reads the lines' own words, never a particular document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer.margins_zh import states_gross_margin

__all__ = ["with_margin_twins"]


def with_margin_twins(texts: Sequence[str], twin: Callable[[int, int], bool]) -> Callable[[int, int], bool]:
    """`twin`, and two distinct lines that both state a gross margin."""
    margin = [states_gross_margin(text, "zh") for text in texts or ()]

    def same(a: int, b: int) -> bool:  # a ranking without its texts has no margin lines
        return twin(a, b) or (a != b and max(a, b) < len(margin) and margin[a] and margin[b])
    return same
