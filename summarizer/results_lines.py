"""A Chinese line that states a period's results, top line and bottom line with their changes, is no listing.

summarizer.roles takes a line of many numbers for a listing (data, not a point) and weighs it at half:
eight numbers or more always, four or more with 分别. A brokerage note's results statement often is
such a line: "公司前三季度实现营业收入2.73亿元/+9.34%，归属净利润7786.58万元/-22.87%，净利率28.50%/-11.90pcts，
扣非归属净利润…" states revenue and profit with their changes, the margin and the recurring profit in one
sentence, and "2020Q3公司营业收入同比下降2.0%至192.2亿，净利润同比下降17.9%至33.3亿，降幅环比Q2分别收窄…"
compares both with the quarter before. These are the note's first point, and as listings they stood far
below a cost line or a segment's revenue. On the key-point sets, 11 lines were such listings that name
both revenue and profit: 6 of them state a main point, 5 the first one (23% of all other lines state a
point), and none was shown.

Not a results statement: a forecast or a target ("我们维持公司2023~2025年营业总收入为393/562/630亿元，归属
母公司净利润为10/14/20亿元", "以收入、利润考核目标最低要求计算") or a series of years to come: that is the
listing the rule is for.

Every rule reads the line's own words, never a particular document.
"""

from __future__ import annotations

import re

__all__ = ["states_period_results"]

# The top line and the bottom line, each with a figure within a few characters.
_TOP_LINE_RE = re.compile(r"(?:营业总收入|营业收入|营收|收入)[^，,。；;]{0,12}\d")
_BOTTOM_LINE_RE = re.compile(r"(?:归母净利润?|归属[^，,。；;]{0,12}净利润?|净利润|净利)[^，,。；;]{0,12}[-+\d]")
# A change stated: 同比/环比, a signed share, a move.
_CHANGE_RE = re.compile(r"同比|环比|YOY|yoy|[+\-]\d[\d.]*\s?%|增长|下降|增加|减少|下滑|上升")
# A forecast, a target or a valuation: the years to come, not the period's results.
_FORWARD_RE = re.compile(r"预计|预测|预估|目标|考核|EPS|PE|估值|盈利预测|对应|给予|有望")
# A range of years ("2023~2025年", "23-25年", "2021/2022年"): a forecast's horizon.
_YEAR_RANGE_RE = re.compile(r"\d{2}\s*[-–—~～/至]\s*(?:20)?\d{2}\s*年")


def states_period_results(text: str, lang: str) -> bool:
    """A Chinese line stating a period's revenue and profit with a change, no forecast or target."""
    return (lang == "zh" and bool(_TOP_LINE_RE.search(text)) and bool(_BOTTOM_LINE_RE.search(text))
            and bool(_CHANGE_RE.search(text)) and not _FORWARD_RE.search(text)
            and not _YEAR_RANGE_RE.search(text))
