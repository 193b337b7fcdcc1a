"""A "how long" question asks a duration: only a number of days, weeks, months or years answers it.

"How long is the festival?" is not answered by "800 meters of rope" nor by the festival's edition
("the 7th … Festival"); "the 53-day-long festival" answers it. Chinese asks 多久/多长时间 the same way.
"""

from __future__ import annotations

import re

__all__ = ["asks_age", "asks_duration", "duration_ok", "is_age"]

_ASKED = re.compile(r"\bhow long\b|多久|多长时间|多長時間|多少年|多少天|多少个月")
# The unit right after the number: "53-day", "18 months", "three years", "30天", "两个月".
_UNIT_AFTER = re.compile(r"\s*-?\s*(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\b"
                         r"|\s*(?:个)?(?:天|日|周|星期|月|年|小时|分钟)", re.I)


def asks_duration(question: str) -> bool:
    return _ASKED.search(question) is not None


_AGE_ASKED = re.compile(r"\bhow old\b|多大年纪|多少岁|几岁")
_AGE = re.compile(r"\s*-?\s*(?:years?[- ]old|岁)")
# From the number's start: the analysis may keep "55-year" as the figure, with "-old" after it.
_EN_AGE = re.compile(r"[\d.,]+\s*-?\s*years?[- ]old\b", re.I)
_ZH_AGE = re.compile(r"[\d.,]+\s*岁")


def asks_age(question: str) -> bool:
    return _AGE_ASKED.search(question.lower()) is not None


def is_age(sentence: str, span: tuple[int, int]) -> bool:
    """Is the number at `span` an age written as one in English ("a 55-year-old man", "is 40 years old")?
    Such a number says how old someone is: it counts no deaths, cases or people. Chinese 岁 is left out:
    "人均预期寿命78.2岁" is the value of what it names."""
    return bool(_EN_AGE.match(sentence, span[0]))


def duration_ok(question: str, sentence: str, span: tuple[int, int]) -> bool:
    """For a duration asked, is the number at `span` one (its unit written with it or right after)?
    For an age asked ("How old is…"), only an age written as one ("41-year-old", "41岁")."""
    if _AGE_ASKED.search(question):
        return bool(_AGE.match(sentence, span[1]) or is_age(sentence, span) or _ZH_AGE.match(sentence, span[0]))
    if not asks_duration(question):
        return True
    number = sentence[span[0]:span[1]]
    return bool(_UNIT_AFTER.search(number) or _UNIT_AFTER.match(sentence, span[1]))
