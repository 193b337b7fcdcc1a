"""A day asked ("2月2日新增确诊病例多少"): the number must be stated for that day, not for the day before.

Periods (`periods`) stop at the month on purpose: "10月1日" in a sentence is a date, rarely the period of its
figures. A question that names a day, though, asks for that day's figure, and a daily report ("2月1日0—24时，…
新增确诊病例63例") answers only its own day. The day a number is stated for is the last one written before it in
its sentence, else in the sentences before it (nearest first), the title or the opening; a number with no day
anywhere around is left to the other checks. All functions take folded text (see `text.fold`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.answer.context import Context

__all__ = ["asked_day", "day_ok"]

_DAY = re.compile(r"(?<![\d.])(1[0-2]|0?[1-9])\s*月\s*(3[01]|[12]\d|0?[1-9])\s*[日号]")


def asked_day(question: str) -> tuple[int, int] | None:
    """The (month, day) a question names, when it names exactly one."""
    days = {(int(m.group(1)), int(m.group(2))) for m in _DAY.finditer(question)}
    return days.pop() if len(days) == 1 else None


def _last_day(text: str) -> tuple[int, int] | None:
    found = [(int(m.group(1)), int(m.group(2))) for m in _DAY.finditer(text)]
    return found[-1] if found else None


# "How much did Corvane shares fall on Thursday?", "today", "yesterday": one day asked, in English.
_EN_DAY_ASKED = re.compile(r"\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\btoday\b|\byesterday\b")
# "have lost 27% so far this year", "year to date", "over the past year", "this week": a span, not one day.
_EN_SPAN = re.compile(r"\bso far (?:this|in) |\byear[- ]to[- ]date\b|\bytd\b|\bthis (?:year|month|week|quarter)\b"
                      r"|\bover the (?:past|last)\b|\bin the (?:past|last) (?:year|month|week|\d+)|\bsince (?:the start|january|"
                      r"the beginning)\b|\bfor the (?:week|month|year)\b")
_EN_CLAUSE = re.compile(r"[,;.]\s")
_YARDSTICK = re.compile(r"(?:compared with|compared to|versus|vs\.?|against|outpacing|lagging|beating|trailing)\b")


def _span_for_a_day(question: str, sentence: str, at: int) -> bool:
    """Is one day asked in English ("…fall on Thursday?") of a number its clause states for a span ("Corvane
    shares have lost 27% so far this year")? Then it is not that day's figure."""
    if not _EN_DAY_ASKED.search(question):
        return False
    starts = [0, *(m.end() for m in _EN_CLAUSE.finditer(sentence, 0, at))]
    while len(starts) > 1 and _YARDSTICK.match(sentence, starts[-1]):
        starts.pop()  # "…lost 27% so far this year, compared with a 4% gain in the index": the span's yardstick
    end = _EN_CLAUSE.search(sentence, at)
    return bool(_EN_SPAN.search(sentence[starts[-1]:end.start() if end else len(sentence)]))


def day_ok(question: str, ctx: Context, at: int) -> bool:
    """Is the number at `at` stated for the day the question names (or for no day at all)?"""
    if _span_for_a_day(question, ctx.sentence, at):
        return False
    asked = asked_day(question)
    if asked is None:
        return True
    for text in (ctx.sentence[:at], *ctx.preceding[:3], ctx.title, *ctx.opening):
        stated = _last_day(text or "")
        if stated is not None:
            return stated == asked
    return True
