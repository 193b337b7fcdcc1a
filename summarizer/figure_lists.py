"""Subjects that come from around a run of figures rather than from its clause.

Lists ("火锅调料/中式复调/鸡精分别同比+50%/24%/9%") hand each figure its own item, and a word
right after a figure ("15.4/12.6x市盈率") names it and the figures listed with it.
"""

from __future__ import annotations

import re

from summarizer.figure_lexicon import (
    LIST_JOINERS,
    METRIC_END,
    NAMED_AFTER_RE,
    PERIOD_RE,
    ZH_CHANGE_NOUNS,
    ZH_LEADING,
    ZH_PREDICATE,
    ZH_REPORTING_RE,
    ZH_TRIM,
)
from summarizer.figure_numbers import NumberMatch
from summarizer.figure_subjects import replace_figure
from summarizer.model import Figure


def subjects_named_after(shadow: str, figures: list[Figure], matches: list[NumberMatch], linked: list[bool]) -> None:
    for i in range(len(figures) - 1, -1, -1):
        if figures[i].kind != "figure":
            continue
        named = NAMED_AFTER_RE.match(shadow, matches[i].end)
        if not named:
            continue
        word = named.group(1)
        # The figures listed with it ("15.4/12.6x市盈率") share the word.
        j = i
        while True:
            figures[j] = replace_figure(figures[j], subject=word)
            if j == 0 or figures[j - 1].kind != "figure" or shadow[matches[j - 1].end:matches[j].start].strip(
                    ).rstrip("+") not in LIST_JOINERS:
                break
            j -= 1


def distribute_list_subjects(sentence: str, shadow: str, figures: list[Figure], matches: list[NumberMatch]) -> None:
    """"火锅调料/中式复调/鸡精分别同比+50%/24%/9%": the i-th figure of a list is the i-th item's.

    A run of figures joined by / 、 和 takes its subjects from the nearest list of as many
    items written before it in the sentence ("存货和合同负债分别为97.1、50.9亿元"); a
    word shared at the end is shared by all ("销售/管理/研发费用率" -> 销售费用率).
    Lists of periods (Q1/Q2/Q3) or of change words (同比/环比) name no subjects.
    """
    i = 0
    previous: list[str] | None = None
    while i < len(figures):
        j = i
        while (j + 1 < len(figures) and figures[j + 1].kind == "figure" and figures[j].kind == "figure"
               and shadow[matches[j].end:matches[j + 1].start].strip().rstrip("+") in LIST_JOINERS):
            j += 1
        count = j - i + 1
        if count >= 2 and len({f.subject for f in figures[i:j + 1]}) == 1:
            parts = _list_parts(sentence[:matches[i].start], count)
            parts = _with_own_metric(parts, figures[i].subject) if parts else parts
            # "营收和净利润分别为256.8亿元、9.7亿元，同比分别增长11.2%、-4.6%": a second run
            # after 分别 goes item by item through the same list.
            # "…分别为49.1%和47.9%，比上月下降0.2和0.4个百分点": the next run of as many figures in
            # the same sentence, with no list of its own, goes through it too.
            if (not parts and previous and len(previous) == count
                    and ("分别" in sentence[matches[i - 1].end if i else 0:matches[i].start]
                         or re.search(r"(?:比|较)[^，,。；;\d]{0,6}(?:上升|下降|增加|减少|提高|降低|回落|回升)$",
                                      sentence[:matches[i].start]))):
                parts = _with_own_metric(previous, figures[i].subject)
            if (not parts and previous and len(previous) == count
                    and (figures[i].subject or "").replace("/", "") in _run_together(previous)):
                # "营收/归母净利润153.34/50.13亿元，同比增长26.53%/41.46%": the run after the amounts is
                # given the list run together ("营收归母净利润"); it goes item by item through it too.
                parts = list(previous)
            pair = _PAIRED_RE.fullmatch(figures[i].subject or "") if count == 2 and not parts else None
            if pair and "分别" in sentence[matches[i - 1].end if i else 0:matches[i].start]:
                # "汽车产销分别完成345.2万辆和342.9万辆": 产销 is two things, in that order.
                parts = [pair.group(1) + word for word in _PAIRED[pair.group(2)]]
            if parts:
                previous = parts
                for k, part in enumerate(parts):
                    figures[i + k] = replace_figure(figures[i + k], subject=part)
        i = j + 1


def _with_own_metric(items: list[str], subject: str | None) -> list[str]:
    """The items of a list gone through again by a run that names its own metric: "本科生、硕士就业率分别为
    73%、84%，未就业率分别为27%、16%" -> 本科生未就业率, not 本科生就业率."""
    own = _SHARED_METRIC.fullmatch(subject or "")
    if not own:
        return items
    old = _SHARED_METRIC.search(items[-1])
    cut = len(old.group()) if old and all(item.endswith(old.group()) for item in items) else 0
    return [item[:len(item) - cut] + own.group() for item in items]


_PAIRED = {"产销": ("产量", "销量"), "进出口": ("进口", "出口"), "收支": ("收入", "支出")}
_PAIRED_RE = re.compile(r"(.*?)(产销|进出口|收支)(?:量|额|金额)?")


def _list_parts(before: str, count: int) -> list[str] | None:
    """The items of the nearest list before a run of `count` figures, joined by / 、 和 及 与.

    A list of another length ("生活用品及服务、居住" read as three) hands out nothing: the
    figures keep the subject they share. "Q1/Q2" and "+50%/24%" are no items.
    """
    # (a fund's name may hold its index's number: "上证50ETF", "中证A500ETF")
    part_re = (r"[^\s\dA-Za-z%+\-，,。；;：:（）()“”\"/、和及与]{1,16}(?:(?:[A-Z]?\d{2,4}(?=[A-Z]{2,4}))?[A-Z]{2,4}"
               r"(?![A-Za-z\d]))?")
    runs = list(re.finditer(rf"{part_re}(?:[/、和及与]{part_re})+", before))
    if not runs:
        return None
    raw = re.split("[/、和及与]", runs[-1].group())
    clause_start = max(before.rfind(c) for c in "，,；;。：:") + 1
    # A list of two in an earlier clause is too likely another list; three or more items is not.
    if len(raw) != count or (count < 3 and runs[-1].end() <= clause_start):
        return None
    parts = []
    for position, part in enumerate(raw):
        part = PERIOD_RE.sub("", part)
        if position == 0:
            # The list starts after the last verb in front of it ("报告预计重大项目投资及…").
            part = re.split(rf"{ZH_PREDICATE.pattern}|{ZH_REPORTING_RE.pattern}", part)[-1]
            part = ZH_LEADING.sub("", re.sub(r"^(?:年度|年|月份|月|季度|日|届(?:毕业的?)?)", "", part))
        cut = re.search(rf"{ZH_PREDICATE.pattern}|分别|均", part)
        parts.append((part[:cut.start()] if cut else part).strip(ZH_TRIM))
    if len(parts[-1]) > 2 and all(len(p) == 1 for p in parts[:-1]) and not parts[-1].endswith(("、", "和")):
        # "中、小型企业PMI", "一、二线城市": single characters share the rest of the last item.
        last = re.sub(r"(?:为|是|达|约为)$", "", parts[-1])
        parts = [p + last[1:] for p in parts[:-1]] + [last]
    if any(len(p) < 2 or p in ZH_CHANGE_NOUNS for p in parts):
        return None  # "同比/环比"
    head, last = parts[0], parts[-1]
    if all(_is_metric(p) for p in parts[:-1]):
        # "营收/归母净利润": every item names its own metric, so the end of the last is not shared
        # ("营收净利润" was made of it); only a measure of them all is ("营收/归母净利润CAGR" -> 营收CAGR).
        measure = _MEASURE_OF.search(last)
        if measure and len(last) > len(measure.group()) + 1:
            return [p + measure.group() for p in parts[:-1]] + [last]
        return parts
    # "家电、手机数码品类销售额": the metric at the end is shared, not the rest of the last item.
    shared = _SHARED_METRIC.search(last)
    if (shared and len(last) > len(shared.group()) + 1
            and all(not p.endswith(METRIC_END) for p in parts[:-1])):
        return [p + shared.group() for p in parts[:-1]] + [last]
    if (all(len(p) == len(head) and not p.endswith(METRIC_END) for p in parts[:-1])
            and (last.endswith(METRIC_END) or re.search(r"[A-Z]{2,4}$", last)) and len(last) > len(head) + 1):
        # "中型、小型企业PMI分别为49.1%和47.9%": "企业PMI" is shared.
        parts = [p + last[len(head):] for p in parts[:-1]] + [last]
    return parts


def _run_together(items: list[str]) -> set[str]:
    """How a list reads with its separators gone: "营收归母净利润", and with a shared metric written once
    ("省内/省外营收" -> 省内省外营收 for the items 省内营收, 省外营收)."""
    items = [re.sub(r"(?<=..)(?:约为|约|为|达|近|超)$", "", item) for item in items]  # "归母净利润约10.32…"
    forms = {"".join(items)}
    shared = _SHARED_METRIC.search(items[-1])
    if shared and all(item.endswith(shared.group()) and len(item) > len(shared.group()) for item in items):
        forms.add("".join(item[:-len(shared.group())] for item in items[:-1]) + items[-1])
    return forms


def _is_metric(item: str) -> bool:
    """Whether a list item names a metric of its own ("营收", "归母净利润", "毛利率"), not a segment."""
    # Words, not single characters: "广本/广丰销量" (Guangqi Honda, Guangqi Toyota) ends in 本, not in 成本.
    return item.endswith(_METRIC_WORDS)


_METRIC_WORDS = ("率", "额", "收入", "营收", "利润", "成本", "费用", "销量", "产量", "出货量", "单价", "均价",
                 "EPS", "ROE", "GMV")


# What is measured of every item of a list of metrics: "营收/归母净利润CAGR", "收入、利润增速".
_MEASURE_OF = re.compile(r"(?:CAGR|(?:复合|同比)?(?:增速|增幅|增长率)|占比)$")

_SHARED_METRIC = re.compile(
    r"(?:品类|业务|板块|产品)?(?:销售额|销售收入|营业收入|收入|营收|费用率|毛利率|净利率|利润率|净利润|利润"
    r"|销量|产量|出货量|增速|占比|单价|均价"
    # rates named by what they rate ("本科生、硕士研究生就业率", "一、二线城市空置率")
    r"|未?就业率|失业率|渗透率|覆盖率|使用率|利用率|入住率|出租率|空置率|开工率|良品率|合格率|通过率|完成率"
    r"|增长率|收益率|回报率|市占率|占有率|市场份额|接种率|上座率|客座率|满载率)$")
