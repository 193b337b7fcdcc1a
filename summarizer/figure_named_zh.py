"""Chinese figures whose owner the sentence names somewhere other than right before them. Found by the
fifteenth round of news written for the purpose (a fund-flow flash, open-market operations:
benchmarks/data/figures_written15.json); every rule reads the sentence's own words.

- "净流出最多的是芯拓科技，净流出9.8亿元，该股当日下跌6.37%": a ranking clause "…的是NAME" names whose the
  figures of the clause after it are ("芯拓科技净流出"), and 该股 is that stock ("芯拓科技股价"); with two names
  and 分别 ("居前的是甲电力和乙银行，分别净流入4.2亿元和3.6亿元") each figure is its name's, in order. Shown
  as "净流出：9.8亿元" or "该股当日：6.37%" the reader is not told which stock.
- "银行、煤炭分别净流入12.6亿元、8.3亿元": the items of a 分别 list keep the flow they made ("银行净流入"): a bare
  "银行：12.6亿元" does not say the money came in.
- "因当日有1,610亿元逆回购到期", "另有3,000亿元MLF将于25日到期", "将于12月25日开展4,500亿元MLF操作": an amount
  that some thing has, or that an operation moves, is that thing's ("逆回购到期", "MLF到期", "MLF操作"), not the
  clause's opening words ("本周公开市场") or its verb ("于开展").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.figure_measures_zh import measured_subjects_zh
from summarizer.figure_second_look import figure_place
from summarizer.model import Figure

__all__ = ["named_owners_zh"]

_NAME = r"[\u4e00-\u9fffA-Za-z]{2,10}?"
# "…居前的是江澜电力和北辰银行，" / "净流出最多的是芯拓科技，" (the clause right before the figure's)
_RANKED = re.compile(r"(?:最多|最大|最高|最少|最低|居前|居首|靠前|领先)的(?:个股|公司|股票|板块|行业|基金)?(?:是|为)((?:"
                     + _NAME + r"[、和与及]){0,4}" + _NAME + r")[，,](?P<rest>[^，,。；;]*[，,]){0,2}[^，,。；;]*$")
_SPLIT = re.compile(r"[、和与及]")
_THIS_STOCK = re.compile(r"^该(?:股|公司|行|券商|基金)(?:当日|当天|今日|全天|盘中|收盘)?")
# "有1,610亿元逆回购到期", "开展4,500亿元MLF操作": before the amount, after it.
# "…分别净流出61.4亿元、48.7亿元和22.9亿元": the flow a list's items made (the list's subjects are its items).
_LIST_FLOW = re.compile(r"分别(净流入|净流出|净买入|净卖出|净申购|净赎回|净增持|净减持)(?:约|超过?|逾|近)?"
                        r"(?:[\d.,，]+\s*[万亿千百]*(?:美元|港元|元)\s*[、和及与]\s*(?:约|超过?|逾|近)?)*$")
_HAS_BEFORE = re.compile(r"(?:有|开展了?|进行了?|续作了?)\s*(?:约|超过?|逾|近)?$")
_THING_AFTER = re.compile(r"^([A-Za-z0-9\u4e00-\u9fff]{1,10}?)(?:将于[^，,。；;]{1,10}?)?(到期|操作)")


def _ranked_names(before: str) -> tuple[list[str], str] | None:
    """The names a ranking clause before the figure gives, and the text after that clause."""
    found = _RANKED.search(before)
    if found is None:
        return None
    return [n for n in _SPLIT.split(found.group(1)) if n], before[found.end(1) + 1:]


def named_owners_zh(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """`figures` (Chinese) with the owners above (and, after them, the measures of
    summarizer.figure_measures_zh)."""
    out: list[Figure] = []
    order: dict[tuple[int, str], int] = {}  # the figures after one 分别 so far
    for figure in figures:
        place = figure_place(figure, sentences)
        if place is None or not figure.subject and not _HAS_BEFORE.search(place[1]):
            out.append(figure)
            continue
        _, before, after = place
        subject = figure.subject or ""
        ranked = _ranked_names(before)
        if ranked is not None:
            names, tail = ranked
            if len(names) == 1 and (names[0] not in subject or re.search(r"的(?:是|为)" + re.escape(names[0]), subject)):
                # ("跌幅最大的是甲科技该股全天": the ranking clause read into the subject goes; the name stays)
                rest = subject[subject.index(names[0]) + len(names[0]):] if names[0] in subject else subject
                stock = _THIS_STOCK.match(rest)
                subject = names[0] + ("股价" + rest[stock.end():] if stock else rest)
            elif len(names) > 1 and "分别" in tail:
                verb = re.match(r"([\u4e00-\u9fff]{1,4}?)(?:为|达)?(?=约|超|逾|近|\d|$)", tail.split("分别", 1)[1])
                key = (figure.sentence_index, tail.split("分别", 1)[0])
                at = order.get(key, 0)
                order[key] = at + 1
                if at < len(names):
                    subject = names[at] + (verb.group(1) if verb else "")
        elif _HAS_BEFORE.search(before) and (thing := _THING_AFTER.match(after)) and thing.group(1) not in subject:
            subject = thing.group(1) + thing.group(2)
        elif (flow := _LIST_FLOW.search(before)) and subject and flow.group(1) not in subject:
            subject += flow.group(1)  # "银行、煤炭分别净流入12.6亿元、8.3亿元": 银行净流入, not a bare 银行
        if subject and subject != figure.subject:
            figure = replace(figure, subject=subject)
        out.append(figure)
    return measured_subjects_zh(out, sentences)
