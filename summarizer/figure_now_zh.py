"""A figure its own clause dates now ("且沥青最新价格3846元/吨", "目前市占率约40%") takes no period
carried from another clause: "三季度末到12月11日沥青均价为4374元/吨，…且沥青最新价格3846元/吨" showed the
latest price as the third quarter's. Only a period the clause writes itself may date it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.model import Figure

__all__ = ["undate_now_figures"]

# ("当前股价对应2020-2022年PE", "按最新股本测算的EPS": now is the price or share count a forecast is
# measured by, and the years are the forecast's.)
_NOW_RE = re.compile(r"(?:最新|目前|当前|现阶段|截至目前|截至发稿|如今|(?<![体表出实展发])现在)(?!\s?(?:的)?(?:股价|股本|总股本|市值|收盘价|价格对应))")


def undate_now_figures(figures: Sequence[Figure]) -> list[Figure]:
    out = []
    for figure in figures:
        context = figure.context or ""
        at = context.find(figure.text)
        if figure.kind == "figure" and figure.period and at > 0 and _NOW_RE.search(context[:at]) \
                and not _written(figure.period, context):
            figure = replace(figure, period=None)
        out.append(figure)
    return out


def _written(period: str, context: str) -> bool:
    """Whether the clause writes the period, whole or as one of a list ("当前股价对应19/20/21年PE" dates
    its values 19年, 20年, 21年): a year's digits or the period's own words."""
    if period in context:
        return True
    years = re.findall(r"\d{2,4}", period)
    return any(re.search(rf"(?<!\d)(?:20)?{year[-2:]}(?!\d)", context) for year in years)
