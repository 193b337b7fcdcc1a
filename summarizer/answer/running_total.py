"""A running total asked ("今年累计销量", "前11个月出口", "year to date", "in the first eleven months") is not
answered by one month's figure: "长岭汽车11月销量15.1万辆" is November's alone. A sentence that states a running total
itself (累计, 今年以来, 1-11月, so far this year) is left to the period checks."""

from __future__ import annotations

import re

__all__ = ["one_month_for_total"]

# The ways a running total is written, asked or stated alike.
_RUNNING = (r"累计|今年以来|年初以来|年初至今|前\d{1,2}个?月|前[一二三四五六七八九十]{1,3}个?月|1[-—至~]\d{1,2}月"
            r"|\byear[- ]to[- ]date\b|\bfirst (?:\w+|\d+) months\b|\bcumulative\b")
_TOTAL_ASKED = re.compile(_RUNNING + r"|\bytd\b|\bso far this year\b|\bthis year so far\b")
_TOTAL_STATED = re.compile(_RUNNING + r"|\d{1,2}月[-—至~]\d{1,2}月|\bso far\b|\bin total\b")
_ONE_MONTH = re.compile(r"(?<![\d至~—-])\d{1,2}月(?:份)?(?![\d至~—-])|当月|本月|上月"
                        r"|\b(?:in|during|for|last)\s+(?:january|february|march|april|may|june|july|august|september"
                        r"|october|november|december|the month)\b", re.IGNORECASE)


def one_month_for_total(question: str, sentence: str, at: int) -> bool:
    """Does the question ask a running total while the number's sentence, up to it, dates it to one month only?"""
    if not _TOTAL_ASKED.search(question):
        return False
    head = sentence[:at]
    if _TOTAL_STATED.search(sentence):
        return False
    return _ONE_MONTH.search(head) is not None or _ONE_MONTH.search(sentence[at:at + 40]) is not None
