"""The bold of an answer marks a range as written, both ends, never one end alone.

"revenue of $4.1 billion to $4.3 billion", "between 5% and 7%", "15%-20%", "3万-4万辆": the figure the answer
checks is often one end (the figures of the analysis or a bare number found in the text), and the bold then
showed "$4.1 billion" as if it were the value stated. A reader is shown the whole range instead.

Two numbers joined by "-", "~", "to", 至 or 到 (or "between … and …") are one range only when they are of one kind:
the same currency and unit, or a first end written bare ("$4.1-$4.3 billion", "3-4万辆"). A move is no range:
"rose 5% to $2 billion" (other units), "from 2% to 3%", "增长4.5%至851亿元", "由3.1%降至3.0%", and after a
change told in the past ("rose 2% to 3%" reads as a move to a level) "to" and 至 are not read as a range.
"""

from __future__ import annotations

import logging
import re

__all__ = ["whole_range"]

logger = logging.getLogger(__name__)

_PREFIX = r"(?:US\$|A\$|C\$|HK\$|NZ\$|S\$|\$|€|£|¥|RMB\s?|Rs\.?\s?)?"
_NUMBER = r"\d+(?:[.,]\d+)*"
_SUFFIX = (r"(?:\s?%|\s?(?:billion|million|trillion|thousand|bn|mn|percent|per cent|cents?|pence)\b"
           r"|[万亿千百]*(?:美元|港元|欧元|元|辆|台|吨|股|人|家|个|倍|点|件|套|户|元/股|%)?)?")
_END = rf"({_PREFIX})({_NUMBER})({_SUFFIX})"
# Joiners that only ever write a range, and the ones that also write a move to a level.
_DASHES = r"\s?(?:-|–|—|~|～|〜)\s?"
_WORDS = r"\s?(?:至|到)\s?|\s+to\s+"
_AFTER = re.compile(rf"({_DASHES}|{_WORDS}|\s+and\s+){_END}")
_BEFORE = re.compile(rf"{_END}({_DASHES}|{_WORDS}|\s+and\s+)$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_BETWEEN = re.compile(r"\bbetween\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)
# "from 2% to 3%", "by 2% to 3%", "rose 2% to 3%", 由3%至5%, 增长4.5%至: a move, not a range.
_MOVE_BEFORE = re.compile(r"(?:\b(?:from|by|rose|fell|grew|gained|climbed|jumped|dropped|declined|increased|decreased"
                          r"|slipped|slid|surged|soared|sank|eased|cut|raised|lifted|lowered|trimmed|up|down)\s+"
                          r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?"
                          r"|[从由增减涨跌升降长提调]\s?(?:了|约|近)?)$", re.IGNORECASE)


def _unit(prefix: str, suffix: str) -> str:
    return (prefix.replace(" ", "") + "|" + suffix.strip()).lower()


def _one_kind(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Two ends of one range: the same currency and unit, or a first end written bare, or the first end's unit
    the start of the second's ("3万" … "4万辆")."""
    (p1, s1), (p2, s2) = first, second
    s1, s2 = s1.strip(), s2.strip()
    if p1.replace(" ", "") not in ("", p2.replace(" ", "")):
        return False
    return not s1 or s1 == s2 or s2.startswith(s1)


def _joins(joiner: str, text: str, first_start: int) -> bool:
    """Does this joiner, before a first end at `first_start`, write a range there?"""
    before = text[max(0, first_start - 40):first_start]
    word = joiner.strip().lower()
    if word == "and":
        return bool(_BETWEEN.search(before))
    if word in ("to", "至", "到"):
        return not _MOVE_BEFORE.search(before)
    return True


def whole_range(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """`span` widened to the range it is one end of, as written (with "between" when the range is written so);
    `span` unchanged when it marks no end of a range."""
    if span is None:
        return None
    start, end = span
    marked = re.fullmatch(_END, text[start:end].strip())
    if not marked or _YEAR.fullmatch(text[start:end].strip()):
        return span  # "2025-2027年": the years of a list, no range of values
    if (after := _AFTER.match(text, end)) and not _bare_year(after.group(2), after.group(3), after.group(4)):
        joiner, second = after.group(1), (after.group(2), after.group(4))
        if _one_kind((marked.group(1), marked.group(3)), second) and _joins(joiner, text, start):
            start, end = _with_between(text, start, joiner), after.end()
            return _trimmed(text, start, end)
    if (before := _BEFORE.search(text[:start])) and not _bare_year(*before.group(1, 2, 3)):
        joiner, first = before.group(4), (before.group(1), before.group(3))
        if _one_kind(first, (marked.group(1), marked.group(3))) and _joins(joiner, text, before.start()):
            return _trimmed(text, _with_between(text, before.start(), joiner), end)
    return span


def _bare_year(prefix: str, number: str, suffix: str) -> bool:
    """"for 2027 to 2.6%": a year with no currency or unit is a date, never a range's end."""
    return not prefix and not suffix.strip() and _YEAR.fullmatch(number) is not None


def _with_between(text: str, start: int, joiner: str) -> int:
    if joiner.strip().lower() != "and":
        return start
    found = _BETWEEN.search(text[:start])
    return found.start() if found else start


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
