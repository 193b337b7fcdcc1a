"""A Chinese note's expense line (费用, 费用率, 研发投入 with their figures) is a detail, not a main point.

A brokerage note on a company's results states revenue and profit, then the quarter, the segments,
the margin, and last the costs: "销售费用率提升3.8%至19.7%", "研发费用为5.21亿元（同比+56.44%）",
"2021年公司研发投入0.63亿，同比增长9.03%；", "管理费用 1983.46 万元，同比增长 20.44%；". Each has
a figure and a change, so summarizer.roles read it as a result and weighed it like the revenue line;
a note of few other result lines showed it among its three (3 of them on the key-point sets). On the
hand-labelled key-point sets 1 of the 67 such lines carries a main point (a fifth of all lines do):
the readers take the costs as what explains the profit, not as news of their own.

So such a line counts as a plain line (summarizer.roles.news_value). Not when it names the profit
or the loss it explains ("人员增加导致的费用增长是亏损扩大的主要原因", "归母净利润下降…主要系…研发
费用支出高达2.22亿元"), nor a gross margin (summarizer.margins_zh, a main point more often); a cost
named without its figure ("持续优化各项可控费用") is no result anyway.

Every rule reads the line's own words, never a particular document.
"""

from __future__ import annotations

import re

__all__ = ["states_expense"]

# An expense or its ratio with a figure in the same clause: "销售费用率提升3.8%", "研发投入达8132.5万元",
# "期间费用 0.77 亿元", "研发费用率/研发人员占比达7.10%/20.46%".
_EXPENSE_RE = re.compile(r"(?:(?:销售|管理|财务|研发|期间|三项|四项)费用率?|费用率|研发(?:投入|支出))[^，,。；;]{0,16}\d")
# What the line would be news for: the top or bottom line, a profit or loss, the gross margin.
# "占营收8.6%" ("研发投入…占营收8.6%") is the expense's ratio, not the revenue.
_RESULT_METRIC_RE = re.compile(r"营业总收入|营业收入|营收|收入|净利|利润|亏损|盈利|毛利")
_SHARE_OF_REVENUE_RE = re.compile(r"占(?:公司)?(?:总)?(?:营业总收入|营业收入|营收|收入)")


def states_expense(text: str, lang: str) -> bool:
    """A Chinese line whose figures are a company's expenses or expense ratios, and nothing it explains."""
    if lang != "zh" or not _EXPENSE_RE.search(text):
        return False
    return not _RESULT_METRIC_RE.search(_SHARE_OF_REVENUE_RE.sub("", text))
