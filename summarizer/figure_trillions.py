"""Amounts in 兆 (a trillion in Taiwan's and Japan's usage): "2兆6,158億元", "1.2兆元", "3兆日圓".

In a mainland text 兆 is the prefix mega (兆瓦, 兆帕), so it is read as a trillion only where an
amount of money follows it: 亿 after a second number ("2兆6,158亿元" is one amount, 2.6158 trillion
yuan, never "2兆" and "6,158亿元"), or a currency unit right after it ("1.2兆元").
"""

from __future__ import annotations

import re

from summarizer.figure_lexicon import APPROX_BEFORE_ZH, ARABIC

_TRILLION_RE = re.compile(
    rf"(?<![\d.,])(?P<head>{ARABIC})兆(?:(?P<tail>{ARABIC})亿)?(?P<unit>新台币元|日元|日圆|美元|港元|欧元|元)")


def trillion_amounts(shadow: str) -> list[tuple[int, int, float, str, str | None]]:
    """(start, end, value, unit, approx) of each 兆 amount of a folded sentence."""
    found = []
    for m in _TRILLION_RE.finditer(shadow):
        value = float(m.group("head").replace(",", "")) * 1e12
        if m.group("tail"):
            value += float(m.group("tail").replace(",", "")) * 1e8
        unit = "日元" if m.group("unit") == "日圆" else ("元" if m.group("unit") == "新台币元" else m.group("unit"))
        before = APPROX_BEFORE_ZH.search(shadow[max(0, m.start() - 12):m.start()])
        found.append((m.start(), m.end(), value, unit, before.group(1) if before else None))
    return found
