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
    from summarizer.answer.constraints import Context

__all__ = ["asked_day", "day_ok"]

_DAY = re.compile(r"(?<![\d.])(1[0-2]|0?[1-9])\s*月\s*(3[01]|[12]\d|0?[1-9])\s*[日号]")


def asked_day(question: str) -> tuple[int, int] | None:
    """The (month, day) a question names, when it names exactly one."""
    days = {(int(m.group(1)), int(m.group(2))) for m in _DAY.finditer(question)}
    return days.pop() if len(days) == 1 else None


def _last_day(text: str) -> tuple[int, int] | None:
    found = [(int(m.group(1)), int(m.group(2))) for m in _DAY.finditer(text)]
    return found[-1] if found else None


def day_ok(question: str, ctx: Context, at: int) -> bool:
    """Is the number at `at` stated for the day the question names (or for no day at all)?"""
    asked = asked_day(question)
    if asked is None:
        return True
    for text in (ctx.sentence[:at], *ctx.preceding[:3], ctx.title, *ctx.opening):
        stated = _last_day(text or "")
        if stated is not None:
            return stated == asked
    return True
