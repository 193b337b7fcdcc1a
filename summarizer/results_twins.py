"""A period's revenue and its profit, told in two lines of a Chinese note, are one point.

A brokerage note on a company's results often states the period's top line and bottom line one sentence
each: "2022年，公司实现营业收入17.63亿元，同比增长22.02%；" then "实现归母净利润3.70亿元，同比增长49.57%；",
or "公司2022年实现营收78.85亿元，同比增长23.09%。" and, two lines on, "22年实现归母净利润25.03亿元，同比增长23.34%。".
A reader takes the two as one point, the period's results (over the 28 key-point sets, of the pairs of such lines
in notes that both state a point, 66 state the same one; the other 3 were a per-ton profit and a profit with its
cause, which the rule now leaves out), but the two lines share no figure and are often no parts of one ；-statement,
so both were shown and the summary spent a second slot on the same point, leaving out the note's quarter, its
orders or its event.

`results_periods` reads, for each line that states only the headline results (revenue, net or recurring profit
with a figure and a change; no segment, product, margin, order, per-unit figure, cause or forecast horizon), the
period it states them for: the year and the part of the year (full year, half, first three quarters, a quarter)
named last before the metric, or, when the line names none ("实现归母净利润3.70亿元…"), the period of the line before it when that line states one of the
metrics too (a line after a paragraph of comment may speak of another period). summarizer.textrank lets a second
such line of the same period wait like another part of a statement already shown.

The recurring profit (扣非) counts as such a line too: shown beside the revenue while the net profit waited, it put
the bottom line after a lesser one. When nothing of comparable weight is left the waiting lines are shown after
all (the period's results are then the best the note has), and a line of another period (the quarter after the
year) states another point.
Every rule reads the lines' own words, never a particular document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from summarizer.results_twins_en import retold_lines

__all__ = ["TWIN_WAIT", "is_brokerage_note", "results_periods", "states_loss_result", "twins"]

# A twin waits only for lines of at least this share of its own score (a held-back part of a statement waits for
# lines of a quarter of its score): shown beside the revenue, the profit is better than a note's inventory line.
TWIN_WAIT = 0.5

# Bare 收入 only after a period, the company or a mark ("2021年收入…", "公司收入…"; not "四联苗销售收入…").
_REVENUE = r"营业总收入|营业收入|营收|(?:(?<=[年度季期司现：:，,\s\dQH）)])|^)收入"
_PROFIT = r"(?<!扣非)(?<!扣非后)(?:归母净利润?|归属[^，,。；;]{0,12}?净利润?|(?<![扣非母属])净利润?)"
# The headline metric and its figure in one clause.
_METRIC_RE = re.compile(rf"(?:{_REVENUE}|{_PROFIT}|扣非|扣除非经常性损益)[^，,。；;]{{0,14}}?\d")
_CHANGE_RE = re.compile(r"同比|环比|yoy|YOY|YoY|[+\-]\d[\d.]*\s?%|增长|下降|增加|减少|下滑|上升|增\d|降\d")
# What makes the line another point: a segment or product, a margin, orders, a per-unit figure, a cause, a
# multi-year forecast or history.
_OTHER_RE = re.compile(
    r"业务|板块|产品|子公司|品类|渠道|地区|海外|境外|国内|其中|分季度|单品|门店|毛利率|净利率|费用|订单|合同|销量|"
    r"预测|盈利预测|EPS|PE|估值|评级|CAGR|复合|吨|每股|单位|主要(?:由于|系|是|因为|原因)|得益于|原因|"
    r"\d{2}\s*[-–—~～/至]\s*(?:20)?\d{2}\s*年"
    # a month's figures ("12 月收入同比增速 4%"; not a date, "4月21日，公司发布…", nor a range of months, "1-9月")
    r"|(?<![\d\-–~至])(?:1[0-2]|[1-9])\s*月(?!\s*\d{1,2}\s*[日号])")
_YEAR_RE = re.compile(r"(?<!\d)(?:20)?(\d{2})\s*(?:年|(?=[QH]\d|[一二三四]季|[上下]半年|前三季|全年|中报))")
_PART_RE = re.compile(
    r"(?P<q9>前三季度|1\s*[-–~至]\s*9月|Q1\s*[-–~]\s*Q3|三季报)"
    r"|(?P<h1>上半年|半年度|半年报|中报|H1|1H|1\s*[-–~至]\s*6月)"
    r"|(?:单|第)?(?<!\d)(?P<q>[一二三四1-4])(?:季度|季报|Q)|Q(?P<qq>[1-4])")
_UNNAMED = (None, "")
# The analyst's own voice, the rating, the verdict on expectations or the note's "事件：" label: the text is a
# brokerage note. A results flash ("财联社4月15日电，…公告，一季度实现营业收入…；归母净利润…") is read otherwise: its
# readers list revenue and profit as two points.
_ANALYST_RE = re.compile(r"我们(?:预计|认为|判断|看好|维持|预测|上调|下调|给予)|投资建议|^事件(?:[：:]|\s*$)|"
                         r"(?:维持|给予|首次覆盖)[^，。；]{0,10}(?:买入|增持|推荐|评级|跑赢|优于大市)|"
                         r"(?:符合|超|低于|好于|略低于|略超|超出|不及)(?:市场|我们)?(?:此前)?预期")
_HAN_DIGITS = {"一": "1", "二": "2", "三": "3", "四": "4"}


def _period(text: str) -> tuple[str | None, str] | None:
    """The year and the part of it named last in `text` (a part named before the last year is that of another
    period: "披露2022年年报及2023年一季度报告：1）2022年公司实现…" is the year 2022)."""
    years = list(_YEAR_RE.finditer(text))
    parts = list(_PART_RE.finditer(text))
    year = years[-1] if years else None
    part = parts[-1] if parts else None
    if part is not None and year is not None and part.start() < year.start():
        part = None
    if part is None:
        return (year.group(1), "FY") if year else None
    if part.group("q9"):
        name = "9M"
    elif part.group("h1"):
        name = "H1"
    else:
        name = "Q" + _HAN_DIGITS.get(part.group("q") or "", part.group("q") or part.group("qq"))
    return (year.group(1) if year else None, name)


def results_periods(texts: Sequence[str]) -> list[tuple[str | None, str] | None]:
    """Per line: the period of the headline results it alone states (see the module docstring), else None."""
    found: list[tuple[str | None, str] | None] = []
    before: tuple[str | None, str] | None = None  # the period of the line before, when it states a metric
    for text in texts:
        metric = _headline_metric(text)
        # A line that names no period, after no results line that does, speaks of the note's own period.
        period = (_period(text[:metric]) or before or _UNNAMED) if metric is not None else None
        found.append(period if period and _CHANGE_RE.search(text) and not _OTHER_RE.search(text) else None)
        before = period
    return found


def _headline_metric(text: str) -> int | None:
    """Where the first revenue, net profit or recurring profit with its figure starts."""
    match = _METRIC_RE.search(text)
    return match.start() if match else None


# A bottom line that is a loss or turns to one or from one: the news of a results statement, which a reader must not
# be shown the top line without.
_LOSS_RE = re.compile(r"亏损|净亏|转亏|扭亏|由盈转|盈转亏")


def states_loss_result(text: str) -> bool:
    """Whether a line states a headline result that is a loss or a turn to or from one ("归母净利润亏损23.4亿元")."""
    return _headline_metric(text) is not None and bool(_LOSS_RE.search(text))


def twins(texts: Sequence[str]) -> Callable[[int, int], bool]:
    """Whether lines a and b of `texts`, a brokerage note, state the headline results of one period (see
    `results_periods`); in an English story, whether one tells the other's lead result again with its amounts
    (summarizer.results_twins_en); in any other text, never."""
    retold = retold_lines(texts)
    if retold:
        return lambda a, b: retold.get(a) == b or retold.get(b) == a
    if not is_brokerage_note(texts):
        return lambda a, b: False
    periods = results_periods(texts)
    return lambda a, b: periods[a] is not None and periods[a] == periods[b]


def is_brokerage_note(texts: Sequence[str]) -> bool:
    """Whether a Chinese text is a brokerage note: a line in the analyst's voice, a rating, a verdict on
    expectations or the "事件：" label (87 of the 103 CFBenchmark notes and the 8 written notes of the key-point sets
    have one; 4 of the other 307 texts, two FinNA flashes and two news pages quoting an analyst)."""
    return any(_ANALYST_RE.search(text) for text in texts)
