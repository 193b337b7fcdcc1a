"""Figures in a list dated by a range of years: "2026-2028年EPS分别为2.15/2.68/3.30元" gives each
item its own year, and a range from an earlier clause does not date a single figure further on.
Moved out of `summarizer.figures` so that module stays readable; pure functions of the text.
"""

from __future__ import annotations

import re

from summarizer.figure_numbers import NumberMatch
from summarizer.figure_subjects import replace_figure
from summarizer.model import Figure

__all__ = ["distribute_years", "undate_single_figures"]

_YEAR_LIST_RE = re.compile(r"((?:19|20)?\d{2})\s?年?\s?([-—–~至/到])\s?((?:19|20)?\d{2})\s?年度?")
_MONTH_LIST_RE = re.compile(r"((?:(?:19|20)\d{2}|今|去|本)年)?(\d{1,2})\s?月?\s?[-—–~至到]\s?(\d{1,2})\s?月份?")
_QUARTER_LIST_RE = re.compile(r"((?:19|20)?\d{2}年?)?Q([1-4])\s?[-—–~至到]\s?Q?([1-4])")


def _distribute_parts(shadow: str, figures: list[Figure], matches: list[NumberMatch], run: list[int],
                      period: str) -> None:
    """"7-9月份分别装机506、1085、1400辆", "Q1-Q3单季度营收增59%/25%/8%": one value per month or quarter of the
    range, when the clause names one thing (a list of things before the values, "营收、净利润分别为…", is what
    they go through)."""
    m = _MONTH_LIST_RE.fullmatch(period) or _QUARTER_LIST_RE.fullmatch(period)
    if not m:
        return
    first, last = int(m.group(2)), int(m.group(3))
    at = shadow.rfind(period[m.start(2):m.end(2)], 0, matches[run[0]].start)
    if not (1 <= first < last <= 12) or last - first + 1 != len(run) or at < 0 \
            or re.search(r"[、/和及与，,；;]", shadow[at + len(period) - m.start(2):matches[run[0]].start]):
        return
    quarters = m.re is _QUARTER_LIST_RE  # "Q1-Q3单季度营收增59%/25%/8%"
    for i, n in zip(run, range(first, last + 1), strict=True):
        figures[i] = replace_figure(figures[i], period=f"{m.group(1) or ''}Q{n}" if quarters else f"{m.group(1) or ''}{n}月")


# "21和22Q1", "2021年及22H1", "2024年、2025年及2026年1-9月": years listed right before the period the
# last of a list of values is dated by.
_PAIRED_YEAR_RE = re.compile(r"(?<![\d.])((?:(?:19|20)?\d{2}\s?年?\s?(?:和|及|与|、|/)\s?)+)$")


def _listed_before(shadow: str, period: str, end: int, listed: re.Pattern[str], reach: int) -> re.Match[str] | None:
    """The list of labels written right before `period` (its last mention before `end`), within `reach`
    characters, when the statement goes on from the period to `end`."""
    at = shadow.rfind(period, 0, end)
    if at <= 0 or re.search(r"[。；;！？]", shadow[at:end]):
        return None
    return listed.search(shadow, max(0, at - reach), at)


def _distribute_pair(shadow: str, figures: list[Figure], matches: list[NumberMatch], run: list[int],
                     period: str) -> None:
    """"21和22Q1分别实现业务量165.4亿票/37.1亿票": the first value of the pair is the year's, the
    second the period's; both were dated 22Q1, the first wrongly. "2024年、2025年及2026年1-9月分别实现
    营业收入7.84亿元、9.62亿元和8.15亿元" likewise, one year per value before the last; a list of another
    length does not say which value is whose, so none is dated."""
    pair = _listed_before(shadow, period, matches[run[0]].start, _PAIRED_YEAR_RE, 30)
    if pair is None:
        return
    years = re.findall(r"(?:19|20)?\d{2}", pair.group(1))
    if len(years) + 1 != len(run):
        for i in run:
            figures[i] = replace_figure(figures[i], period=None)
        return
    for i, year in zip(run, years, strict=False):
        figures[i] = replace_figure(figures[i], period=f"{year}年")


_PART = r"(?:\d{1,2}月份?|第?[一二三四1-4]季度|Q[1-4])"
# "于3月和9月各下调…0.25个百分点和0.5个百分点": months or quarters listed right before the one a pair is dated by.
_LISTED_PARTS_RE = re.compile(rf"((?:{_PART}\s?(?:和|及|与|、)\s?)+)$")


def _distribute_listed_parts(shadow: str, figures: list[Figure], matches: list[NumberMatch], run: list[int],
                             period: str) -> None:
    """"央行已于3月和9月各下调存款准备金率0.25个百分点和0.5个百分点": the first value is March's, the
    second September's; both were dated 9月, the first wrongly. A list of another length does not say
    which part is whose, so none is shown."""
    listed = _listed_before(shadow, period, matches[run[0]].start, _LISTED_PARTS_RE, 24) if re.fullmatch(
        _PART, period) else None
    if listed is None:
        return
    parts = re.findall(_PART, listed.group(1)) + [period]
    for i, part in zip(run, parts if len(parts) == len(run) else [None] * len(run), strict=True):
        figures[i] = replace_figure(figures[i], period=part)


def distribute_years(shadow: str, figures: list[Figure], matches: list[NumberMatch]) -> None:
    """"2026-2028年EPS分别为2.15/2.68/3.30元": each item of a list takes its own year of the
    period's range, when the list has exactly as many items as the range has years."""
    runs: list[list[int]] = []
    for i, fig in enumerate(figures):
        joined = (runs and runs[-1][-1] == i - 1 and fig.kind == "figure"
                  and re.fullmatch(r"\s*(?:[/、,，]|和|及|与|and)\s*[+＋]?", shadow[matches[i - 1].end:matches[i].start]))
        if joined:
            runs[-1].append(i)
        elif fig.kind == "figure":
            runs.append([i])
    for run in runs:
        period = figures[run[0]].period or ""
        m = _YEAR_LIST_RE.fullmatch(period)
        if len(run) < 2 or any(figures[i].period != period or figures[i].kind != "figure" for i in run):
            continue
        listed = _listed_years(period)
        if listed:
            # "2022/2023/2024年分别实现营收39.18/51.92/70.03亿元", "2020年、2021年和2022年…分别为…": one year
            # per item; a list of another length does not say which year is whose, so none is shown.
            for i, year in zip(run, listed if len(listed) == len(run) else [None] * len(run), strict=True):
                figures[i] = replace_figure(figures[i], period=year)
            continue
        if not m:
            _distribute_parts(shadow, figures, matches, run, period)
            _distribute_pair(shadow, figures, matches, run, period)
            _distribute_listed_parts(shadow, figures, matches, run, period)
            continue
        first, last = int(m.group(1)), int(m.group(3))
        width = len(m.group(1))
        if len(m.group(3)) != width:
            continue
        years = [first, last] if m.group(2) == "/" else list(range(first, last + 1))
        if len(years) != len(run):
            continue
        for i, year in zip(run, years, strict=True):
            figures[i] = replace_figure(figures[i], period=f"{year:0{width}d}年")


_LISTED_YEARS_RE = re.compile(r"(?:(?:19|20)?\d{2}\s?年?\s?(?:/|、|和|及|与)\s?)+(?:19|20)?\d{2}\s?年度?")


def _listed_years(period: str) -> list[str] | None:
    """"2022/2023/2024年" -> ["2022年", "2023年", "2024年"], "2020年、2021年和2022年" likewise: the years of
    an enumeration (not of a range "2021-2023年", whose years in between are unwritten)."""
    if not _LISTED_YEARS_RE.fullmatch(period):
        return None
    years = re.findall(r"(?:19|20)?\d{2}", period)
    century = years[0][:2] if len(years[0]) == 4 else ""
    return [f"{century if len(year) == 2 else ''}{year}年" for year in years]  # "2019/20年" -> 2019年, 2020年


def undate_single_figures(shadow: str, figures: list[Figure], matches: list[NumberMatch]) -> None:
    """"上调2026-2028年净利润预测至…，维持买入评级，目标价68元": a range of years from an earlier
    clause dates the list it heads, not a single figure further on."""
    for i, fig in enumerate(figures):
        if fig.kind != "figure" or not fig.period or not (_YEAR_LIST_RE.fullmatch(fig.period) or _listed_years(fig.period)) \
                or fig.period in fig.context:
            continue
        if re.match(rf"\s*(?:在|于)?{re.escape(fig.period)}(?:间|期间|内)?\s*[，,]", shadow):
            continue  # "2021-2023年，公司营收复合增长率为15%": a range that opens the sentence dates all of it
        joined = [re.fullmatch(r"\s*(?:[/、,，]|和|及|与|and)\s*", shadow[matches[j - 1].end:matches[j].start])
                  for j in (i, i + 1) if 0 < j < len(figures)]
        if not any(joined):
            figures[i] = replace_figure(fig, period=None)
