"""What a statement continued after a semicolon carries over from the part before it.

"报告期内，公司实现营收20.06亿元，同比上涨16.62%；实现归母净利润0.61亿元": the period of the part before;
"预计23Q1公司实现营收33亿元，同比增长10%；实现归母净利润3.4亿元": the forecast too. Read part by part,
the later parts were shown undated and as results, though the note only forecasts them. Kept apart from
`summarizer.figures`, which reads each part's own figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.figure_lexicon import PERIOD_RE
from summarizer.figure_numbers import shadow_of
from summarizer.figure_subjects import replace_figure
from summarizer.model import Figure

__all__ = ["carry_forecast", "carry_head_period", "carry_period"]


# A sentence that says when it is, or that states now or a valuation, is not dated by the one before.
_OWN_TIME_RE = re.compile(r"目前|当前|现阶段|如今|目标价|合理价值|合理估值|预计|预测|有望|此前|曾|截至|截止")


def carry_period(before: str, sentence: str, last: Figure, figures: list[Figure], chained: bool) -> list[Figure]:
    """"报告期内，公司实现营收20.06亿元，同比上涨16.62%；实现归母净利润0.61亿元": a statement
    continued after a semicolon keeps the period of the figure just before it when that period
    heads the part before (its first clause names it, or it was carried there the same way), and
    the new part names no time of its own."""
    # ("…同比增长4.9%。其中，人身险公司…": a sentence opened by 其中 goes on with the one before.)
    if not (re.search(r"[；;]\s*$", before) or re.match(r"\s*其中\s*[，,]", sentence)) or not last.period \
            or last.kind != "figure" or last.estimate:
        return figures
    # ("其中，公司第二季度实现营收…；": a connective before the period still lets it head the part;
    # so does a clause that only says who reports it: "海关总署发布数据，今年前11个月，…")
    # ("单季度来看，Q4实现营收…；", "单季度拆分来看，2Q2020实现…；": a frame saying how it is read, likewise.)
    # (A frame that itself names the period heads the part: "单三季度来看，公司实现营收…；".)
    head = re.sub(r"^\s*(?:其中|此外|另外|同时|具体来看|分季度看)\s*[，,]", "", before)
    frame = re.match(r"\s*[^，,。；;\d]{1,8}?来看\s*[，,]", head)
    if frame and not PERIOD_RE.search(shadow_of(frame.group())):
        head = head[frame.end():]
    head = re.sub(r"^[^，,。；;]{2,30}?(?:显示|表明|发布数据|数据|公告|称|介绍|透露)\s*[，,]", "", head)
    head = re.split(r"[，,]", head, maxsplit=1)[0]
    if not chained and not PERIOD_RE.search(shadow_of(head)):
        return figures  # "此后一路下滑，到2023年，…占比5.15%；59个城市中": the period is not the part's
    if any(re.match(r"\s*[/、]\s*(?:\d|[QH]\d|[上下]半年|[一二三四]季度)", head[m.end():])
           for m in PERIOD_RE.finditer(shadow_of(head))):
        return figures  # "2022H1/Q2山西省内实现营收56.34/17.80亿元；省外…": which of the two goes on is not said
    if last.period in ("去年同期", "上年同期", "同期"):
        return figures
    result = []
    for fig in figures:
        at = sentence.find(fig.context)
        at = at + max(fig.context.find(fig.text), 0) if at >= 0 else len(sentence)
        prefix = sentence[:at]
        if fig.kind == "figure" and fig.period is None and not fig.estimate and not (
                PERIOD_RE.search(shadow_of(prefix)) or _OWN_TIME_RE.search(prefix)
                or re.search(r"\d{1,2}\s?[月日号]|年", prefix)):
            fig = replace_figure(fig, period=last.period)
        result.append(fig)
    return result


def carry_head_period(before: str, sentence: str, part: Sequence[Figure], figures: list[Figure]) -> list[Figure]:
    """"2025年上半年，公司实现营收30亿元，…，其中Q2单季度实现16亿元，…；实现归母净利润1.2亿元": the part
    before names two periods, but the second only for what 其中 singles out of the first; the next part
    that goes on with the same verb goes on with the period its first clause named."""
    head = next((f for f in part if f.kind == "figure"), None)
    if not (head and head.period and re.search(r"[；;]\s*$", before)
            and _PARALLEL_PART_RE.match(sentence) and not _OWN_TIME_RE.search(sentence)
            and head.period in re.split(r"[，,]", before, maxsplit=1)[0]
            and all(f.period in (None, head.period) or re.search(r"其中[^，,；;。]{0,4}" + re.escape(f.period), before)
                    for f in part if f.kind == "figure")):
        return figures
    return carry_period(before, sentence, replace_figure(head, estimate=None), figures, True)


def carry_forecast(before: str, sentence: str, last: Figure, figures: list[Figure],
                   previous: Sequence[Figure] = ()) -> list[Figure]:
    """`figures` marked as the forecast the part before goes on with, or `figures` itself.
    `previous` are the figures of the part before (the years its rows were spread over)."""
    if not _continued_forecast(before, sentence, last, previous):
        return figures
    # ("预计2026-2028年营收…；实现归母净利润…": the last item's year is not the whole list's.)
    period = None if _YEARS_LISTED_RE.search(before) or _years_of(previous) else last.period
    # ("…；EPS为1.20/1.62/2.13元，对应4月19日28.22元收盘价…": the price is today's, no forecast.)
    carried = [replace_figure(fig, period=fig.period or period, estimate="forecast")
               if fig.kind == "figure" and not fig.estimate and not _PRICE_NOW_RE.match(sentence, _end_of(sentence, fig))
               else fig for fig in figures]
    return _spread_years(sentence, carried, _years_of(previous))


def _years_of(previous: Sequence[Figure]) -> list[str]:
    """The years a forecast table's rows were spread over ("2025年", "2026年", "2027年"), in order;
    none unless there are two or more."""
    years = list(dict.fromkeys(fig.period for fig in previous if fig.kind == "figure" and fig.estimate == "forecast"
                               and fig.period and _ONE_YEAR_RE.fullmatch(fig.period)))
    return years if len(years) >= 2 else []


def _spread_years(sentence: str, figures: list[Figure], years: list[str]) -> list[Figure]:
    """"…；归母净利润为13/16/19亿元，同比增长8%/22%/19%": each row of as many items as the table has
    years takes them in order; a row of another length stays undated."""
    if not years:
        return figures
    rows: list[list[int]] = []
    end = 0
    for i, fig in enumerate(figures):
        at = sentence.find(fig.text, end)
        if at < 0:
            return figures
        if rows and fig.kind == "figure" and re.fullmatch(r"\s*[/、和及]\s*", sentence[end:at]):
            rows[-1].append(i)
        else:
            rows.append([i])
        end = at + len(fig.text)
    result = list(figures)
    for row in rows:
        if len(row) == len(years) and all(figures[i].period is None and figures[i].estimate == "forecast" for i in row):
            for i, year in zip(row, years):
                result[i] = replace_figure(figures[i], period=year)
    return result


def _continued_forecast(before: str, sentence: str, last: Figure, previous: Sequence[Figure]) -> bool:
    """"预计23Q1公司实现营收33亿元，同比增长10%；实现归母净利润3.4亿元": a part after the semicolon that
    goes on with the same verb and names no time or source of its own is the same forecast. So is the
    next row of a forecast table ("预计2025~2027年公司营业收入52/62/73亿元；归母净利润为13/16/19亿元"):
    a part that names only a metric and lists its values, after a part that spread them over years."""
    if not (last.kind == "figure" and last.estimate == "forecast" and bool(re.search(r"[；;]\s*$", before))
            and not _OWN_TIME_RE.search(sentence)
            and not PERIOD_RE.search(shadow_of(re.split(r"\d", sentence, maxsplit=1)[0]))):
        return False
    if _PARALLEL_PART_RE.match(sentence):
        return "预计" in before or bool(_PARALLEL_PART_RE.match(before))
    if _RANGE_PART_RE.match(sentence):
        return "预计" in before  # a profit notice's next item: "；扣除非经常性损益后的净利润3.0亿元至3.3亿元"
    return bool(_LISTED_PART_RE.match(sentence)) and bool(_years_of(previous))


_YEARS_LISTED_RE = re.compile(r"(?:19|20)?\d{2}\s?年?\s?(?:[-—–~至/、和]|到)\s?(?:19|20)?\d{2}\s?年")
_PARALLEL_PART_RE = re.compile(r"\s*(?:实现|录得)")
# "归母净利润为13/16/19亿元", "EPS分别为2.65、3.25、3.87元": a metric and the first two items of its list.
_LISTED_PART_RE = re.compile(r"\s*[^\d，,。；;：:]{1,12}?(?:分别)?(?:为|是|约为)?\s*-?[\d.]+\s*[^\d，,。；;/、]{0,3}\s*[/、]\s*-?[\d.]")
# "扣除非经常性损益后的净利润3.0亿元至3.3亿元": a metric and the range of its value.
_RANGE_PART_RE = re.compile(r"\s*[^\d，,。；;：:]{2,20}?(?:为|是|约为)?\s*-?[\d.]+\s*[^\d，,。；;/、]{0,3}\s*(?:至|到|~|～)\s*-?[\d.]")
_PRICE_NOW_RE = re.compile(r"\s?的?(?:收盘价|股价)")
_ONE_YEAR_RE = re.compile(r"(?:19|20)?\d{2}\s?年")


def _end_of(sentence: str, fig: Figure) -> int:
    """Where the figure's text ends in the sentence (the sentence's end when it is not found)."""
    at = sentence.find(fig.text, max(sentence.find(fig.context), 0)) if fig.context else sentence.find(fig.text)
    return at + len(fig.text) if at >= 0 else len(sentence)
