"""Whose figure a Chinese reset or a range after a move is, when its clause reader took a verb or a span for it.

"将保证金标准由9%调整为11%，涨跌停板幅度由8%调整为10%" states two settings changed: 11% is the 保证金标准's and 10%
the 涨跌停板幅度's, but the second half's subject was read as "调整" (the verb); "全年产量目标由此前的5,800万吨下调至
5,550万吨左右" gave "产量目标由此前". "均价上涨2,500元至每吨8.15万元至8.40万元区间" gave the range to "至每吨"; "主力合约
收涨7.2%，…，三个交易日累计上涨逾15%" gave the 15% to "三个交易日" (a span of time, not a thing). A reader shown
"调整：11%" or "三个交易日：逾15%" cannot tell what moved. So:
- a subject that is only a verb of change, or ends in 由/由此前, takes the noun before 由 in the figure's clause;
- a subject that is only 至/至每吨 (the level a move ends at) or only a span of days, weeks or months takes the
  subject of the figure before it in the same sentence;
- an age band written right before the subject ("16-24岁劳动力失业率") is put back in front of it; a count whose
  subject is only 公司 counts the noun after it ("公司已获得3款新游戏版号"); an amount with no subject right before
  回购/收购/增持 is that deal's ("拟以不超过5亿元回购公司股份").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.model import Figure

__all__ = ["reset_subjects"]

logger = logging.getLogger(__name__)

_VERB_ONLY = re.compile(r"^(?:调整|上调|下调|调升|调降|提高|降低|提升|下降|上升|调至|调整为)$")
_FROM_TAIL = re.compile(r"由(?:此前|原来|之前|原)?的?$")
# "由9%调整为11%": the setting is what stands before 由 in its clause (after 将/把 and a time word).
_RESET = re.compile(r"(?:^|[，,；;。：:])(?:[^，,；;。：:]*?[将把])?(?P<what>[^，,；;。：:由将把]{2,20}?)由(?:此前|原来|之前|原)?的?"
                    r"(?:[^，,；;。]|(?<=\d),(?=\d)){0,20}?(?:调整|上调|下调|调升|调降|提高|降低|提升|下降|上升)(?:为|至|到)")
_ENDS_AT = re.compile(r"^(?:至|到)(?:每[\u4e00-\u9fff])?$")
_SPAN = re.compile(r"^(?:近|过去|最近)?[一二两三四五六七八九十\d]{1,3}个?(?:交易日|日|天|周|个月|月)(?:内|以来|来)?$")
_TIME_WORD = re.compile(r"^(?:\d{1,2}月|[上下本]半?年|全年|今年|去年|明年|前三季度|[一二三四]季度)+")


def _reset_owner(sentence: str, figure: Figure) -> str | None:
    at = sentence.find(figure.context) if figure.context else -1
    end = at + max(0, figure.context.find(figure.text)) if at >= 0 else -1
    if end < 0:
        return None
    found = None
    for match in _RESET.finditer(sentence, 0, end):
        found = match
    if found is None:
        return None
    what = _TIME_WORD.sub("", found.group("what").strip())
    return what if len(what) >= 2 else None


_OWNER_ONLY = re.compile(r"^(?:本|该)?(?:公司|集团)$|^其$")
# (only after a verb of having: "已获得3款新游戏版号", not "3项处于III期临床阶段")
_HAVING_BEFORE = re.compile(r"(?:获得|取得|拥有|新增|推出|上线|储备|获批|持有)了?\s*$")
_COUNTED = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,10}?(?=[，,。；;、）)]|$)")
_BOUGHT_AFTER = re.compile(r"^\s*(?:的\s*)?((?:回购|收购|认购|增持|减持|购买)[\u4e00-\u9fff]{0,8}?)(?=[，,。；;（(]|$)")


def _after(sentence: str, figure: Figure) -> str:
    at = sentence.find(figure.context) if figure.context else -1
    inner = figure.context.find(figure.text) if at >= 0 else -1
    return sentence[at + inner + len(figure.text):] if inner >= 0 else ""


def _counted_after(sentence: str, figure: Figure, subject: str) -> str | None:
    """"公司已获得3款新游戏版号": a count whose subject is only its owner counts the noun written after it."""
    if not _OWNER_ONLY.match(subject) or not re.search(r"[款个家项条座台艘架套份]$", figure.text):
        return None
    at = sentence.find(figure.context) if figure.context else -1
    inner = figure.context.find(figure.text) if at >= 0 else -1
    if inner < 0 or not _HAVING_BEFORE.search(sentence[:at + inner]):
        return None
    noun = _COUNTED.match(_after(sentence, figure))
    return subject + noun.group() if noun else None


def _age_band(sentence: str, figure: Figure, subject: str) -> str | None:
    """"16-24岁劳动力失业率为17.1%；25-29岁劳动力失业率为6.7%": the age band the rate is of, read as a number and
    left out of the subject, tells the two rates apart."""
    at = sentence.find(figure.context) if figure.context else -1
    end = at + max(0, figure.context.find(figure.text)) if at >= 0 else -1
    found = None
    for match in re.finditer(r"(\d{1,2}\s?[-—–~至到]\s?\d{1,2}\s?(?:周岁|岁))" + re.escape(subject), sentence[:max(end, 0)]):
        found = match
    return found.group(1) if found else None


def reset_subjects(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """`figures` with a reset's setting, a move's end level and a span's move named by what moved."""
    out: list[Figure] = []
    for figure in figures:
        subject = (figure.subject or "").strip()
        index = figure.sentence_index
        if figure.kind == "figure" and not subject and 0 <= index < len(sentences):
            bought = _BOUGHT_AFTER.match(_after(sentences[index], figure))
            if bought:  # "拟以不超过5亿元回购公司股份": the buyback's amount
                figure = replace(figure, subject=bought.group(1))
        elif figure.kind == "figure" and subject and 0 <= index < len(sentences):
            named = None
            if _VERB_ONLY.match(subject) or _FROM_TAIL.search(subject):
                named = _reset_owner(sentences[index], figure) or _FROM_TAIL.sub("", subject) or None
            elif _ENDS_AT.match(subject) or _SPAN.match(subject):
                named = next((f.subject for f in reversed(out) if f.sentence_index == index and f.kind == "figure"
                              and f.subject and not _SPAN.match(f.subject) and not _ENDS_AT.match(f.subject)), None)
            elif (counted := _counted_after(sentences[index], figure, subject)) is not None:
                named = counted
            elif (band := _age_band(sentences[index], figure, subject)) is not None:
                named = band + subject
            if named and named != subject:
                logger.debug("reset or range subject %r -> %r", subject, named)
                figure = replace(figure, subject=named)
        out.append(figure)
    return out
