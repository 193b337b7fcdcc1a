"""A Chinese line that sizes a period's non-recurring items ("预计本期非经常性损益对净利润的影响金额约为5000万元").

A 业绩预告 or results notice gives its net profit twice, with and without non-recurring items (归母净利润 and 扣非净利润);
the size of those items is the gap between the two, a detail that explains them. Its "预计" reads as guidance
(roles weighs a forecast as a next step, above the results), so in a 业绩预告 this line outranked the reasons for
the change and, in some, the results themselves. When the items are small against the profit (under `DETAIL_SHARE`)
it weighs as a plain line (`PLAIN_VALUE`): shown when the notice has nothing better, never before its results; when
they are most of the profit (a one-off gain that makes the year), the line keeps its weight. The twins themselves ("扣除非经常性损益后的净利润：盈利4.1亿元…") are
not this line: they state a profit, not the size of the items.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

import numpy as np

logger = logging.getLogger(__name__)

__all__ = ["PLAIN_VALUE", "sizes_nonrecurring", "nonrecurring_lines"]

PLAIN_VALUE = 1.0
# "非经常性损益对净利润的影响金额约为5000万元", "非经常性损益金额约为1.2亿元", "非經常性損益的影響金額約為…"; not the
# twin "扣除非经常性损益后的净利润" (a profit), whose "非经常性损益" comes after 扣除/扣非.
_SIZES_RE = re.compile(
    r"(?<!扣除)(?<!扣非)非[经經]常性[损損]益(?:[^。；，,]{0,16}(?:影[响響]|金[额額])|(?:总?[额額]|合[计計]))"
    r"[^。；\d]{0,10}\d")


# Its own words ("…对净利润的影响金额"); any other result named besides them is a results line, which keeps its weight.
_ITEMS_RE = re.compile(r"非[经經]常性[损損]益[^。；，,]{0,16}")
_RESULT_RE = re.compile(r"净利润|淨利潤|净利|淨利|营业收入|營業收入|营收|營收")


def sizes_nonrecurring(text: str) -> bool:
    """Whether a Chinese line states the size of the non-recurring items, and no other result
    ("归母净利润5亿元；非经常性损益金额约为0.3亿元" is the results line; see the module docstring)."""
    return bool(_SIZES_RE.search(text)) and not _RESULT_RE.search(_ITEMS_RE.sub("", text))


# An amount in 亿元 or 万元 ("1.22亿元", "5,000万元", "-6.8亿元"), and the first one a net profit line states.
_AMOUNT_RE = re.compile(r"(-?\d[\d,]*(?:\.\d+)?)\s*(亿|億|万|萬)")
_PROFIT_AMOUNT_RE = re.compile(r"净利润|淨利潤")
# Under this share of the profit the items are a detail; at or above it, a one-off gain that makes the year
# ("非经常性损益对净利润影响金额约1.22亿元" beside a profit of 1.57亿-2.12亿元) is the story, and keeps its weight.
DETAIL_SHARE = 1 / 3


def _amount(text: str) -> float | None:
    """The first amount of `text` in 亿元, or None."""
    found = _AMOUNT_RE.search(text)
    if not found:
        return None
    number = float(found.group(1).replace(",", ""))
    return abs(number) if found.group(2) in "亿億" else abs(number) / 10_000


def nonrecurring_lines(texts: Sequence[str], lang: str) -> np.ndarray:
    """Per line: whether it sizes the non-recurring items and they are small against the period's net profit, the
    first amount after 净利润 in another line (Chinese only; with no profit stated, no line is flagged)."""
    sized = np.array([lang == "zh" and sizes_nonrecurring(text) for text in texts], dtype=bool)
    if not sized.any():
        return sized
    profit = None
    for text, flagged in zip(texts, sized):
        at = _PROFIT_AMOUNT_RE.search(text)
        if not flagged and at:
            profit = _amount(text[at.end():])
            if profit:
                break
    if not profit:
        return np.zeros(len(texts), dtype=bool)
    return np.array([bool(flagged) and (_amount(text) or 0.0) < DETAIL_SHARE * profit
                     for text, flagged in zip(texts, sized)], dtype=bool)
