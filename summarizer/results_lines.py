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

A statement that names its metrics first and gives their figures after 分别为 ("收入、归母净利润和扣非归母净利润分别为
8.08亿、2.58亿和2.45亿元，分别同比-24%、-10%和-10%", "营业总收入/归母净利润/扣非净利润分别为54亿元/2.9亿元/2.1亿元，
同比-12%/-11%/-17%") puts the top line's figure far from its name: read as a listing, two such lines that state a note's
first point stood 7th and 23rd. The metrics listed after the top line are skipped on the way to its figure. Over the 26
key-point sets 794 points / 363 first points -> 794 / 364 (fresh7-holdout 14/6 -> 15/7; the main set 152 -> 151: a
quarter's results line took the place of a capacity point); CFBenchmark ROUGE of fast@3 R-1 / R-L 0.1952 / 0.1284 ->
0.1947 / 0.1280.

Every rule reads the line's own words, never a particular document.
"""

from __future__ import annotations

import re

__all__ = ["states_period_results", "states_sales"]

# The top line and the bottom line, each with a figure within a few characters.
# The other metrics of a list that names the top line first ("收入、归母净利润和扣非归母净利润分别为8.08亿、2.58亿和
# 2.45亿元", "营业总收入/归母净利润/扣非净利润分别为54亿元/2.9亿元/2.1亿元"): their figures follow the list.
_LISTED_METRIC = r"(?:归母净利润?|归属[^、/和及与，,。；;]{0,12}净利润?|扣非[^、/和及与，,。；;]{0,10}|净利润?|毛利率|净利率|EPS|每股收益)"
_TOP_LINE_RE = re.compile(
    rf"(?:营业总收入|营业收入|营收|收入)(?:\s*[、/和及与]\s*{_LISTED_METRIC}){{0,3}}[^，,。；;]{{0,12}}\d")
_BOTTOM_LINE_RE = re.compile(r"(?:归母净利润?|归属[^，,。；;]{0,12}净利润?|净利润|净利)[^，,。；;]{0,12}[-+\d]")
# A change stated: 同比/环比, a signed share, a move.
_CHANGE_RE = re.compile(r"同比|环比|YOY|yoy|[+\-]\d[\d.]*\s?%|增长|下降|增加|减少|下滑|上升")
# A forecast, a target or a valuation: the years to come, not the period's results.
_FORWARD_RE = re.compile(r"预计|预测|预估|目标|考核|EPS|PE|估值|盈利预测|对应|给予|有望")
# A range of years ("2023~2025年", "23-25年", "2021/2022年"): a forecast's horizon.
_YEAR_RANGE_RE = re.compile(r"\d{2}\s*[-–—~～/至]\s*(?:20)?\d{2}\s*年")


# A property developer's sales: the area sold and the amount, each with its figure (fresh15).
_SALES_AREA_RE = re.compile(r"销售面积[^，,。；;]{0,8}\d")
_SALES_AMOUNT_RE = re.compile(r"销售(?:金额|额)[^，,。；;]{0,8}\d")


def states_period_results(text: str, lang: str) -> bool:
    """A Chinese line stating a period's revenue and profit, or a developer's sales, with a change, no forecast."""
    if lang != "zh" or not _CHANGE_RE.search(text) or _FORWARD_RE.search(text) or _YEAR_RANGE_RE.search(text):
        return False
    return bool(_TOP_LINE_RE.search(text) and _BOTTOM_LINE_RE.search(text)) or states_sales(text, lang)


def states_sales(text: str, lang: str) -> bool:
    """A developer's sales statement: the area and the amount sold ("公司实现销售面积1236.5万平方米，实现销售金额
    1826.2亿元，同比分别增长10.6%和15.3%，销售均价为14770元/平方米…") is its top line for the period, as revenue and
    profit are a manufacturer's. With the average price it states six numbers and read as a listing (half weight),
    below a month's sales and a cause line. A shop's or a product's sales amount alone is not this statement."""
    return lang == "zh" and bool(_SALES_AREA_RE.search(text) and _SALES_AMOUNT_RE.search(text))
