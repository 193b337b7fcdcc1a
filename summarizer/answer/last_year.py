"""Does a Chinese question ask about last year as its period ("去年同期X是多少")? Read by `prior` (which
then wants the number dated last year), by `period_checks` (which reads the period a number is stated
for) and by `changes`; kept here, below all three, so neither has to import the other for it."""

from __future__ import annotations

import re

__all__ = ["asks_last_year_zh"]

_CJK = re.compile(r"[\u3400-\u9fff]")
# "去年同期…是多少", "去年前三季度…": last year asked as the period, not as a basis (比去年, 较上年同期增长).
_LAST_YEAR_ZH = re.compile(r"(?<![比较与和跟])(?:去年|上年|上一年)(?:度)?(?:同期)?(?!以来)")


def asks_last_year_zh(question: str) -> bool:
    """Does a Chinese question ask about last year as its period ("去年同期X是多少")?"""
    return bool(_CJK.search(question)) and bool(_LAST_YEAR_ZH.search(question))
