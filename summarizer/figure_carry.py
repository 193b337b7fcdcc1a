"""What a statement continued after a semicolon carries over from the part before it.

"报告期内，公司实现营收20.06亿元，同比上涨16.62%；实现归母净利润0.61亿元": the period of the part before;
"预计23Q1公司实现营收33亿元，同比增长10%；实现归母净利润3.4亿元": the forecast too. Read part by part,
the later parts were shown undated and as results, though the note only forecasts them. Kept apart from
`summarizer.figures`, which reads each part's own figures.
"""

from __future__ import annotations

import re

from summarizer.figure_lexicon import PERIOD_RE
from summarizer.figure_numbers import shadow_of
from summarizer.figure_subjects import replace_figure
from summarizer.model import Figure

__all__ = ["carry_forecast", "carry_period"]


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
    head = re.sub(r"^\s*(?:其中|此外|另外|同时|具体来看|分季度看)\s*[，,]", "", before)
    head = re.sub(r"^[^，,。；;]{2,30}?(?:显示|表明|发布数据|数据|公告|称|介绍|透露)\s*[，,]", "", head)
    head = re.split(r"[，,]", head, maxsplit=1)[0]
    if not chained and not PERIOD_RE.search(shadow_of(head)):
        return figures  # "此后一路下滑，到2023年，…占比5.15%；59个城市中": the period is not the part's
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


def carry_forecast(before: str, sentence: str, last: Figure, figures: list[Figure]) -> list[Figure]:
    """`figures` marked as the forecast the part before goes on with, or `figures` itself."""
    if not _continued_forecast(before, sentence, last):
        return figures
    # ("预计2026-2028年营收…；实现归母净利润…": the last item's year is not the whole list's.)
    period = None if _YEARS_LISTED_RE.search(before) else last.period
    return [replace_figure(fig, period=fig.period or period, estimate="forecast")
            if fig.kind == "figure" and not fig.estimate else fig for fig in figures]


def _continued_forecast(before: str, sentence: str, last: Figure) -> bool:
    """"预计23Q1公司实现营收33亿元，同比增长10%；实现归母净利润3.4亿元": a part after the semicolon that
    goes on with the same verb and names no time or source of its own is the same forecast."""
    return (last.kind == "figure" and last.estimate == "forecast" and bool(re.search(r"[；;]\s*$", before))
            and ("预计" in before or bool(_PARALLEL_PART_RE.match(before)))
            and bool(_PARALLEL_PART_RE.match(sentence)) and not _OWN_TIME_RE.search(sentence)
            and not PERIOD_RE.search(shadow_of(re.split(r"\d", sentence, maxsplit=1)[0])))


_YEARS_LISTED_RE = re.compile(r"(?:19|20)?\d{2}\s?年?\s?(?:[-—–~至/、和]|到)\s?(?:19|20)?\d{2}\s?年")
_PARALLEL_PART_RE = re.compile(r"\s*(?:实现|录得)")
