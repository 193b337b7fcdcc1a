"""Periods named in a question or a sentence: years, quarters, halves, months.

A question about "腾讯第三季度营收" is not answered by a sentence about the second
quarter, nor "2019年收入" by the 2018 one. This module finds the period mentions
in folded text (see `text.fold`) with their positions, so the constraint check can
ask which periods are stated before a given number.

Parts are canonical strings: "Q1".."Q4" (a quarter), "Q1-3" (the first three
quarters, 前三季度/1-3Q/nine months), "H1"/"H2" (a half), "M1".."M12" (a month)
"FY" (the whole year, 全年/年报; asked alone, with no year, it excludes halves and quarters) and "YE" (the year's end, 年末/年底/四季度末). Spelling variants map to the same part:
第三季度, 三季度, 单三季度, Q3, 3Q19, 19Q3, third quarter, third-quarter.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache
from summarizer.answer.compared_base import base_before

__all__ = ["Mention", "Period", "mentions", "part_label", "period_of"]

_CN_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             "十": 10, "十一": 11, "十二": 12}
_EN_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_EN_MONTHS = ("january february march april may june july august september october november december").split()


@dataclass(frozen=True, slots=True)
class Mention:
    """One period mention in a folded text: its span, and the years and parts it names."""

    start: int
    end: int
    years: frozenset[int] = frozenset()
    parts: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Period:
    """The period a question asks about; empty sets mean "not stated"."""

    years: frozenset[int] = frozenset()
    parts: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.years or self.parts)


def _year(text: str) -> int:
    value = int(text)
    return value if value >= 100 else 2000 + value


def _cn(text: str) -> int:
    return int(text) if text.isdigit() else _CN_DIGIT[text]


# Ranges of months that are a known part ("1-3月" is the first quarter).
_MONTH_RANGES = {(1, 3): "Q1", (1, 6): "H1", (1, 9): "Q1-3", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4",
                 (7, 12): "H2", (1, 12): "FY"}  # "1月1日至12月31日" of a 业绩预告: the whole year
_RANGE_SEP = r"\s*[-~～至到—–]\s*"

# (pattern, handler) in priority order: a span taken by an earlier pattern is not
# read again by a later one ("前三季度" is never also "三季度").
_PATTERNS: list[tuple[re.Pattern[str], object]] = []


def _pattern(regex: str):
    def register(handler):
        _PATTERNS.append((re.compile(regex), handler))
        return handler
    return register


# (Hong Kong writes 首三季 for the first three quarters, 首季 for the first, 首半年 for the half.)
@_pattern(r"[前首](?:三|3)个?季度?|(?<![\d.])(?:1|一)" + _RANGE_SEP + r"(?:3|三)\s*(?:季度|q)(?:(\d{2}|20\d\d)(?!\d))?"
          r"|q1" + _RANGE_SEP + r"q?3|first (?:three|3) quarters|(?:first )?(?:nine|9)[- ]months?|前(?:九|9)个月")
def _nine_months(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return ({_year(m.group(1))} if m.group(1) else set()), {"Q1-3"}


@_pattern(r"前(?:三|3)个月|首季度?|first (?:three|3)[- ]months?")
def _first_quarter(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return set(), {"Q1"}


@_pattern(r"前(?:六|6)个月|首半年|first (?:six|6)[- ]months?")
def _first_half_months(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return set(), {"H1"}


# "1月1日至10月31日": the months from January, as 1-10月 (a notice's way of writing the cumulative period).
@_pattern(r"(?<![\d.])1\s*月\s*1\s*日\s*(?:至|到|-|—|~|～)\s*(?:(?:19|20)\d\d\s*年\s*)?(1[0-2]|[2-9])\s*月(?:\s*\d{1,2}\s*日)?")
def _from_january(m: re.Match[str]) -> tuple[set[int], set[str]]:
    n = int(m.group(1))
    return set(), {_MONTH_RANGES.get((1, n)) or f"M1-{n}"}


# "前10月", "今年前8个月" (1-10月, 1-8月); 前三/六/九个月 are taken above.
@_pattern(r"前(1[0-2]|[2-9]|十[一二]?|[二四五七八])个?月(?!\d)")
def _first_months(m: re.Match[str]) -> tuple[set[int], set[str]]:
    n = _cn(m.group(1))
    return set(), {_MONTH_RANGES.get((1, n)) or f"M1-{n}"}


# Hong Kong results: "截至2026年6月30日止六个月" is the first half, "…9月30日止九个月" the first nine months.
@_pattern(r"截至\s*(?:((?:19|20)\d\d)\s*年)?\s*(\d{1,2})\s*月\s*3[01]\s*日\s*止?\s*(?:的)?\s*(三|六|九|十二|3|6|9|12)\s*个月")
def _months_ended(m: re.Match[str]) -> tuple[set[int], set[str]]:
    end, span = int(m.group(2)), _cn(m.group(3))
    part = _MONTH_RANGES.get((end - span + 1, end)) if span < 12 else "FY"
    return ({int(m.group(1))} if m.group(1) else set()), ({part} if part else set())


@_pattern(r"(?<![\d.])(\d{1,2})" + _RANGE_SEP + r"(\d{1,2})\s*月(?![\d日号])")
def _month_range(m: re.Match[str]) -> tuple[set[int], set[str]]:
    part = _MONTH_RANGES.get((int(m.group(1)), int(m.group(2))))
    return set(), {part or f"M{m.group(1)}-{m.group(2)}"}


@_pattern(r"([一二三])季报|(?<![\d.])([13])q(?:报|季报)")
def _quarterly_report(m: re.Match[str]) -> tuple[set[int], set[str]]:
    n = _cn(m.group(1) or m.group(2))
    return set(), ({"Q1"} if n == 1 else {"Q1-3", "Q3"})


# "去年末季纯利" (Hong Kong): the last quarter, Q4 -- not 年末, the year's end ("季末" is a quarter's end).
@_pattern(r"末季(?:度)?(?!末)")
def _last_quarter(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return set(), {"Q4"}


@_pattern(r"(?:第|单)?四\s*季度末|年末|年底|year[- ]end|end of (?:the )?year")
def _year_end(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return set(), ({"Q4", "FY", "YE"} if "季度" in m.group() else {"FY", "YE"})


# "第四季" without 度 is Taiwan's and Hong Kong's quarter; "第三财季" a fiscal quarter, named as the
# company names it (a reader asking for its third quarter means that one).
@_pattern(r"(?:第|单)?([一二三四1-4])\s*季度|第([一二三四1-4])财?季(?![度节])"
          r"|(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter")
def _quarter(m: re.Match[str]) -> tuple[set[int], set[str]]:
    digit = m.group(1) or m.group(2)
    n = _cn(digit) if digit else _EN_ORDINAL[m.group(3)]
    return set(), {f"Q{n}"}


# "the June quarter", "September-quarter inflation": a quarter named by its last month (Australia, New Zealand).
@_pattern(r"\b(march|june|september|december)[- ]quarter\b")
def _month_quarter(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return set(), {f"Q{('march', 'june', 'september', 'december').index(m.group(1)) + 1}"}


# "the quarter ended June 30", "the three months to Sept. 30": a quarter named by its last day is that calendar
# quarter, as "the June quarter" is; never "the first quarter" of a fiscal year the text does not name (an ordinal
# written before it, "its fiscal first quarter ended Sept. 30", is read first and stands). Other month ends
# ("the quarter ended Nov. 1", a retailer's) name no calendar quarter and are left undated as before.
@_pattern(r"\b(?:quarter|three months) (?:ended|ending|to) (mar|jun|sep|dec)[a-z]*\.? \d{1,2}\b")
def _quarter_ended(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return set(), {f"Q{('mar', 'jun', 'sep', 'dec').index(m.group(1)) + 1}"}


@_pattern(r"(?<![a-z\d.])(20\d\d|\d{2})?\s*q([1-4])(?!\d)(?:\s*(20\d\d|\d{2})(?![\d%.]))?"
          r"|(?<![a-z\d.])([1-4])q(20\d\d|\d{2})?(?![a-z\d])")
def _q_notation(m: re.Match[str]) -> tuple[set[int], set[str]]:
    years = {_year(y) for y in (m.group(1), m.group(3), m.group(5)) if y}
    return years, {f"Q{m.group(2) or m.group(4)}"}


@_pattern(r"上半年|半年度|半年报|中报|中期(?:业绩|报告|股息|派息|溢利|收入)|interim|(?:the )?first[- ]half|(?<![a-z\d.])(20\d\d|\d{2})?\s*h1(?![\d])"
          r"|(?<![a-z\d.])1h(20\d\d|\d{2})?(?![a-z\d])")
def _first_half(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return {_year(y) for y in m.groups() if y}, {"H1"}


@_pattern(r"下半年|(?:the )?second[- ]half|(?<![a-z\d.])(20\d\d|\d{2})?\s*h2(?![\d])"
          r"|(?<![a-z\d.])2h(20\d\d|\d{2})?(?![a-z\d])")
def _second_half(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return {_year(y) for y in m.groups() if y}, {"H2"}


# (Not a day, 10月1日; but 10月1年期LPR is October's one-year rate.)
@_pattern(r"(?<![\d.\-~])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?(?![日号])(?!\d+(?![\d年个天]))")
def _month(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return set(), {f"M{_cn(m.group(1))}"}


# "revenue for the quarter ending in December": the calendar quarter that month ends, not the month (a fiscal
# quarter, "the fiscal quarter ended in December", is left unread).
@_pattern(r"(?<!fiscal )(?<!fiscal-)\b(?:quarter|three months)\s+(?:ending|ended|that ends|that ended|to|through)\s+"
          r"(?:in\s+)?(march|june|september|december)\b")
def _quarter_ending(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return set(), {f"Q{('march', 'june', 'september', 'december').index(m.group(1)) + 1}"}


@_pattern(r"\b(?:in|since|by|of|for|through|until|during) (" + "|".join(_EN_MONTHS) + r")\b(?!\s+\d{1,2}\b)"
          r"|\b(" + "|".join(_EN_MONTHS) + r")(?= (?:19|20)\d\d\b)")
def _english_month(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return set(), {f"M{_EN_MONTHS.index(m.group(1) or m.group(2)) + 1}"}


# A horizon, not a calendar period: "近期将在6.55-6.60之间震荡" does not answer "年底前".
@_pattern(r"近期|短期内?|近一段时间|in the near term|near[- ]term|in the coming (?:days|weeks|months)")
def _near_term(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return set(), {"NEAR"}


# "gained 7.8% for the year": the whole year, not the quarter the sentence before spoke of.
@_pattern(r"全年|年度|年报|full[- ]year|fiscal year|annual|\bfor the (?:whole |entire )?year\b(?![- ](?:earlier|ago|before))")
def _full_year(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return set(), {"FY"}


# "2023年至2025年", "2021年-2023年": a span of whole years, every year in it (as "2023-2025年" is read below).
@_pattern(r"(?<![\d.])((?:19|20)\d\d)\s*年\s*(?:至|到|-|~|～|—|–)\s*((?:19|20)\d\d)\s*年(?!\d|底|末|初|\d*月)")
def _year_span(m: re.Match[str]) -> tuple[set[int], set[str]]:
    first, last = int(m.group(1)), int(m.group(2))
    return (set(range(first, last + 1)) if 0 < last - first <= 10 else {first, last}), set()


# "2019/20年", "2020-2022年", "2016/17年", "20/21/22年": every year of the list.
@_pattern(r"(?<![\d.])((?:19|20)\d\d|\d{2})((?:\s*[/、\-~]\s*(?:(?:19|20)\d\d|\d{2}))+)\s*(?:年|财年|e\b)")
def _year_list(m: re.Match[str]) -> tuple[set[int], set[str]]:
    first = _year(m.group(1))
    rest = [_year(y) for y in re.findall(r"\d+", m.group(2))]
    years = {first, *rest}
    if "-" in m.group(2) and len(rest) == 1 and 0 < rest[0] - first <= 10:
        years = set(range(first, rest[0] + 1))
    return years, set()


@_pattern(r"(?<![\d.$])(?<!\d,)((?:19|20)\d\d)(?:\s*(?:年|财年)|(?=q[1-4]|h[12]))"
          r"|(?<![\d.])(\d{2})年(?=报|年报|[一三]季报|半年报|中报|前三|上半年|下半年|全年|第?[一二三四1-4]季度|q[1-4]|h[12]|度"
          r"|业绩|营收|收入|净利|营业|归母|盈利|末|底|初)"
          r"|\bfy\s?((?:19|20)?\d\d)\b")
def _year_mark(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return {_year(next(g for g in m.groups() if g))}, set()


# A bare year, as English writes it ("in 2018", "Since 2008"): not a count or an amount.
@_pattern(r"(?<![\d.$¥€£])(?<!\d,)((?:19|20)\d\d)(?![\d%]|[.,]\d|\s*(?:亿|万|千|百|元|美元|斤|吨|家|人|个|台|辆|米|公里|亩|股"
          r"|份|件|gw|mw|kw|km|mm|ps|nm|million|billion|percent|people|units|miles))")
def _bare_year(m: re.Match[str]) -> tuple[set[int], set[str]]:
    return {int(m.group(1))}, set()


_RELATIVE = re.compile(r"今年|本年|去年|上年|上一年|明年|this year|last year|a year earlier|previous year|next year")
_RELATIVE_SHIFT = {"今年": 0, "本年": 0, "this year": 0, "去年": -1, "上年": -1, "上一年": -1, "last year": -1,
                   "a year earlier": -1, "previous year": -1, "明年": 1, "next year": 1}


@lru_cache(maxsize=16384)
def mentions(folded: str, year_now: int | None = None) -> tuple[Mention, ...]:
    """Every period mention in `folded`, in order of position.

    `year_now` is the article's year, for 今年/去年/last year; without it those are
    not read as years.
    """
    taken: list[tuple[int, int]] = []
    found: list[Mention] = []
    for pattern, handler in _PATTERNS:
        for match in pattern.finditer(folded):
            start, end = match.span()
            if start == end or any(start < e and s < end for s, e in taken):
                continue
            years, parts = handler(match)  # type: ignore[operator]
            taken.append((start, end))
            found.append(Mention(start, end, frozenset(years), frozenset(parts)))
    if year_now:
        for match in _RELATIVE.finditer(folded):
            start, end = match.span()
            if base_before(folded, start, 16):
                continue  # "比上年同期下降52%", "up 5% from a year earlier": the base of a change, not its period
            if not any(start < e and s < end for s, e in taken):
                shift = _RELATIVE_SHIFT[match.group()]
                found.append(Mention(start, end, frozenset({year_now + shift})))
    return tuple(sorted(found, key=lambda m: m.start))


def period_of(folded: str) -> Period:
    """The period a question states: all its years, and its parts other than FY."""
    found = mentions(folded)
    years = frozenset(y for m in found for y in m.years)
    parts = frozenset(p for m in found for p in m.parts if p != "FY")
    if not years and not parts and any("FY" in m.parts for m in found):
        parts = frozenset({"FY"})  # "全年收入" with no year: a whole year, not a half or a quarter
    return Period(years, parts)


_PART_ZH = {"Q1": "第一季度", "Q2": "第二季度", "Q3": "第三季度", "Q4": "第四季度", "Q1-3": "前三季度",
            "H1": "上半年", "H2": "下半年", "FY": "全年", "YE": "年末", "NEAR": "近期"}
_PART_EN = {"Q1": "Q1", "Q2": "Q2", "Q3": "Q3", "Q4": "Q4", "Q1-3": "the first nine months",
            "H1": "H1", "H2": "H2", "FY": "the full year", "YE": "the year end", "NEAR": "the near term"}


def part_label(part: str, lang: str) -> str:
    """A reader's name for a part: 第二季度 / Q2, 4月 / April."""
    table = _PART_ZH if lang == "zh" else _PART_EN
    if part in table:
        return table[part]
    if part.startswith("M") and part[1:].isdigit() and 1 <= int(part[1:]) <= 12:
        return f"{part[1:]}月" if lang == "zh" else calendar.month_name[int(part[1:])]
    months = re.fullmatch(r"M(\d{1,2})-(\d{1,2})", part)  # "M1-7": the months from January to July
    if months and 1 <= int(months.group(1)) < int(months.group(2)) <= 12:
        first, last = int(months.group(1)), int(months.group(2))
        return f"{first}-{last}月" if lang == "zh" else f"{calendar.month_name[first]}-{calendar.month_name[last]}"
    return part
