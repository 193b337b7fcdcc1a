"""The term or tenor a rate question names ("1年期", "5年期以上", "10-year", "7天期", "14-day"): a rate of another term
does not answer it. "14天期逆回购利率是多少" is not answered by "下调7天期逆回购操作利率10个基点，由1.40%调整为1.30%",
nor "7天期逆回购利率下调多少" by the LPR line's "1年期LPR为2.90%，…均较上月下降10个基点". A tenor asked is also a
constraint of its own: a question with nothing else to check ("14天期回购操作利率是多少") is still checked."""

from __future__ import annotations

import re

__all__ = ["asks_tenor", "tenor_ok"]

_TENOR = re.compile(r"(?i)(\d+|[一二三五七十]|\b(?:one|two|three|five|seven|ten|twenty|thirty))(?:年期|个月期|天期|-year|-month|-day)(以上)?")
# "ten-year" is the "10-year" yield: an English term spelled in words is read as its number.
_WORDS = {"one": "1", "two": "2", "three": "3", "five": "5", "seven": "7", "ten": "10", "twenty": "20", "thirty": "30"}


def _term(match: re.Match[str]) -> tuple[str, str | None]:
    number = match.group(1)
    return _WORDS.get(number.lower(), number), match.group(2)


def asks_tenor(question: str) -> bool:
    return _TENOR.search(question) is not None


def tenor_ok(question: str, sentence: str, at: int) -> bool:
    """The tenor the question names must be the one nearest before the number:
    "5年期以上LPR是多少" is not answered by "1年期LPR为2.85%", nor "2年期LPR" by either."""
    asked = _TENOR.search(question)
    if not asked:
        return True
    stated = list(_TENOR.finditer(sentence[:at]))
    return bool(stated) and _term(stated[-1]) == _term(asked)
