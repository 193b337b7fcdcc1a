"""A forecast table written as one sentence: every row of it is the forecast.

"我们预计公司2025-2027年营业收入为12.30/15.10/18.60亿元，归母净利润为1.20/1.60/2.10亿元，对应PE为30/22/17倍":
only the first row says 预计, and the rows after it were shown as results (the profit row, read alone,
is three years of results nobody reported). A row that follows a forecast row after a comma, names
only its metric, and lists as many items as the forecast row did, goes on with the forecast. Kept apart
from `summarizer.figures`, which reads each figure where it stands.
"""

from __future__ import annotations

import re

from summarizer.figure_numbers import NumberMatch
from summarizer.figure_rank import BASE_BEFORE_RE, PAST_PERIOD_RE
from summarizer.figure_subjects import replace_figure
from summarizer.model import Figure

__all__ = ["carried_estimate", "estimates_go_on", "is_forecast_row"]

# ", 归母净利润为", "，同比增长", "，EPS分别为": a comma, then a metric's name (no number, no clause
# mark) and at most the verb that gives its value.
_NEXT_ROW_RE = re.compile(r"[^，,。；;\d]{0,4}[，,]\s*[^，,。；;\d]{1,16}")
# A row that says when it is, or that it is already so, is not the forecast's: "去年为…", "当前股价对应…"
# (handled with 对应 below), "截至目前…", "实际…", "原为…".
_OWN_TIME_RE = re.compile(r"去年|上年|同期|此前|之前|原为|前值|实际|已经|已达|当前|目前|现价|截至|截止|年|月|季|半年|期末"
                          r"|[QH]\d|\d[QH]")


def estimates_go_on(shadow: str, figures: list[Figure], matches: list[NumberMatch], linked: list[bool]) -> None:
    """Mark in place what goes on with an estimate or a forecast written before it in the sentence.

    "市场预期营收为120亿至130亿元", "一致预期2027/2028年净利润8.1/9.6亿元": the items of a list;
    "…净利润预测至10.8/13.5/16.6亿元，对应EPS为1.35/1.69/2.08元": what follows from a forecast;
    and the rows of a forecast table (`is_forecast_row`).
    """
    joined = [False] + [linked[i] or shadow[matches[i - 1].end:matches[i].start].strip() == "/"
                        for i in range(1, len(figures))]
    for i in range(1, len(figures)):
        between = shadow[matches[i - 1].end:matches[i].start]
        if figures[i - 1].estimate and figures[i].estimate is None and figures[i].kind == "figure" and (
                linked[i] or between == "/" or (re.match(r"[^，,。；;]*[，,]\s*(?:当前股价)?对应", between)
                                                # ("对应4月19日28.22元收盘价23.5倍PE": the price is today's)
                                                and not re.match(r"\s?的?(?:收盘价|股价)", shadow[matches[i].end:]))
                or (figures[i - 1].estimate == "forecast" and (is_forecast_row(between, _run(joined, i - 1, -1),
                                                                               _run(joined, i, 1))
                                                               or _same_verb_goes_on(between)))):
            figures[i] = replace_figure(figures[i], estimate=figures[i - 1].estimate)


def is_forecast_row(between: str, before: int, after: int) -> bool:
    """The row after `between` goes on with the forecast row before it: both are lists of the
    same length (two items or more), and `between` names only the next row's metric."""
    return before >= 2 and before == after and bool(_NEXT_ROW_RE.fullmatch(between)) \
        and bool(re.search(r"[\u4e00-\u9fff]", between)) and not _OWN_TIME_RE.search(between)


def _same_verb_goes_on(between: str) -> bool:
    """"预计2026Q1实现收入12.2亿元至12.7亿元，同比+25%至+30%，录得归母净利润1.5亿元至1.7亿元": a clause that goes on
    with the forecast's verb (实现/录得) and names no time of its own is the same forecast (as after ；)."""
    return bool(_SAME_VERB_RE.fullmatch(between)) and not _OWN_TIME_RE.search(between)


# (and its change right after it, "，同比+45%至65%": the change of a forecast is one too.)
_SAME_VERB_RE = re.compile(r"[^，,。；;\d]{0,4}[，,]\s*(?:(?:实现|录得)[^，,。；;\d]{1,12}"
                           r"|(?:同比|环比|YoY|YOY|yoy)(?:增长|下降|增加|减少|提升|下滑)?\s?[+\-]?)")


def _run(joined: list[bool], at: int, step: int) -> int:
    """How many figures the list holding figures[at] has from it towards `step` (-1 back, 1 on)."""
    count = 1
    if step < 0:
        while at > 0 and joined[at]:
            at, count = at - 1, count + 1
    else:
        while at + 1 < len(joined) and joined[at + 1]:
            at, count = at + 1, count + 1
    return count


# A figure that a forecast's sentence gives as its base: "up from", "compared with", "去年为".
# (Moved here unchanged from `summarizer.figures`.)
def carried_estimate(shadow: str, match: NumberMatch, figures: list[Figure], matches: list[NumberMatch],
                     period: str | None) -> str | None:
    """The estimate mark of the last figure (dates and ids skipped) when this one goes on with it:
    not when it is the result the forecast is compared with ("up from $1.9 billion a year
    earlier", "去年为100亿元", "较2017-2019年的12-13%") or dated before it ("（2020年末仅3500吨）")."""
    last = next((i for i in range(len(figures) - 1, -1, -1) if figures[i].kind == "figure"), None)
    if last is None or not figures[last].estimate:
        return None
    if match.is_baseline or (period and PAST_PERIOD_RE.search(period)):
        return None
    if BASE_BEFORE_RE.search(shadow[matches[last].end:match.start]):
        return None
    years, earlier = _years(period), _years(figures[last].period)
    if years and earlier and max(years) < min(earlier):
        return None
    return figures[last].estimate


def _years(period: str | None) -> list[int]:
    """"2023年底" -> [2023], "22年" -> [2022], "2021-2023年" -> [2021, 2023]."""
    found = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2}|\d{2})(?=\s?(?:[-~至到]|年|$))", period or "")]
    return [y + 2000 if y < 100 else y for y in found]
