"""The base of a comparison, read one way wherever a period is read.

"比上年同期下降52%", "up 5% from a year earlier", "涨幅比10月扩大0.3个百分点", "较2020年增长87%": the period after
比/较/from/compared with is what a change is measured against, not the period of the number. `periods.mentions`
(relative years: 去年, last year), `period_checks.period_at` (any period in the number's sentence) and the scan of the
lines before a sentence (`period_checks`) all ask `base_before`; a year written with 同期 or "a year earlier" right
after it ("上年同期为盈利2.41亿元") is a base by what follows it (`base_after`).
"""

from __future__ import annotations

import re

__all__ = ["base_after", "base_before"]

_BEFORE = re.compile(r"(?:较|比|相比|相较于?|对比|与|同比|环比)\s*$"
                     r"|(?<![a-z])(?:from|than|compared\s+(?:with|to)|versus|vs\.?|over|against)\s*(?:the\s+)?$")
_AFTER = re.compile(r"同期|a year earlier|year ago")


def base_before(text: str, start: int, reach: int = 18) -> bool:
    """Does a comparison word end right before `start` (within `reach` characters), making what starts there its base?"""
    return _BEFORE.search(text[max(0, start - reach):start]) is not None


def base_after(text: str, start: int, end: int) -> bool:
    """Is the period at [start, end) a base by what follows it: 同期 ("上年同期"), "a year earlier", "year ago"?"""
    return _AFTER.search(text[start:end + 3]) is not None
