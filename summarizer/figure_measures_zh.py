"""What a Chinese figure measures when the subject read before it names a time, a means, or another figure's
measure. Found by the fifteenth round of news written for the purpose (a holiday's travel, open-market
operations: benchmarks/data/figures_written15.json); every rule reads the sentence's own words.

- "假期共保障出入境人员1,720万人次，日均215万人次": a subject that is only a time (假期, 当日, 本周) names nothing
  measured; the noun after the verb is ("出入境人员"), and the later figures of the sentence that carried the time
  carry the noun instead.
- "铁路累计发送旅客1.53亿人次，民航运输旅客1,790万人次，日均分别为1,913万人次和224万人次": a 分别 list whose own
  clause names no measure goes, in order, to the measures of the figures just before it ("铁路日均",
  "民航运输旅客日均"), not all to the last one.
- "央行通过逆回购、MLF和国库现金定存累计净投放流动性约1.2万亿元": the means after 通过 is no measure; who acted and
  what they did are ("央行净投放流动性").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.model import Figure

__all__ = ["measured_subjects_zh"]

_TIME = re.compile(r"^(?:假期|假期期间|节假日|假日|节日期间|春节期间|国庆期间|长假期间|当日|当天|全天|本周|上周|本月|当月|期间"
                   r"|今年以来|年内)$")
_LEAD = re.compile(r"^(?:共|累计|合计|总计|全国|全国共)?(?:保障|实现|完成|接待|发送|运输|录得|迎来|达到|办理|查验)?")
_NOUN = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,10}$")
# (the means a list of instruments: "通过逆回购、MLF和国库现金定存"; not "直接或通过他人非法收受财物", an act)
_MEANS = re.compile(r"^(?P<who>[\u4e00-\u9fffA-Za-z]{1,8}?)(?<![或和并而])通过[^，,。；;、和]{1,12}(?:[、和及][^，,。；;、和]{1,12})+$")
_BETWEEN_LEAD = re.compile(r"^(?:累计|共|合计|总计|共计)?")
_BETWEEN_TAIL = re.compile(r"(?:约|近|超过?|逾|达|为|了)+$")


def _before_in_clause(figure: Figure) -> str:
    at = figure.context.find(figure.text)
    return figure.context[:at] if at >= 0 else ""


def measured_subjects_zh(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """`figures` (Chinese) with the subjects above."""
    out = list(figures)
    renamed: dict[tuple[int, str], str] = {}  # (sentence, time subject) -> the noun it became
    for i, figure in enumerate(out):
        if figure.kind != "figure" or not figure.subject or not figure.context:
            continue
        key = (figure.sentence_index, figure.subject)
        before = _before_in_clause(figure)
        if _TIME.match(figure.subject):
            if key in renamed:
                out[i] = replace(figure, subject=renamed[key])
            elif before.startswith(figure.subject):
                noun = _LEAD.sub("", before[len(figure.subject):])
                if _NOUN.match(noun):
                    renamed[key] = noun
                    out[i] = replace(figure, subject=noun)
        elif (means := _MEANS.match(figure.subject)) and before.startswith(figure.subject):
            did = _BETWEEN_TAIL.sub("", _BETWEEN_LEAD.sub("", before[len(figure.subject):]))
            if _NOUN.match(did):
                out[i] = replace(figure, subject=means.group("who") + did)
    return _shared_out_lists(out)


def _shared_out_lists(out: list[Figure]) -> list[Figure]:
    """"…，日均分别为A和B": the list's figures take, in order, the measures of the figures right before them."""
    i = 0
    while i < len(out):
        figure = out[i]
        before = _before_in_clause(figure) if figure.kind == "figure" and figure.context else ""
        head = re.match(r"^([\u4e00-\u9fff]{0,4}?)分别(?:为|是|达)?(?:约|近)?$", before)
        if head is None:
            i += 1
            continue
        members = [j for j in range(i, len(out)) if out[j].sentence_index == figure.sentence_index
                   and out[j].context == figure.context and out[j].kind == "figure"]
        earlier = [f for f in out[:i] if f.sentence_index == figure.sentence_index and f.kind == "figure"
                   and f.context != figure.context]
        named = [f.subject for f in earlier[-len(members):]] if len(earlier) >= len(members) else []
        if len(members) > 1 and len(set(named)) == len(members) and all(named) and \
                all(out[j].subject == named[-1] for j in members):
            for j, subject in zip(members, named):
                out[j] = replace(out[j], subject=f"{subject}{head.group(1)}")
        i = members[-1] + 1 if members else i + 1
    return out
