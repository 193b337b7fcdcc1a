"""A product or a segment asked is named where its number is, not only in a sentence before it.

Classes found by the twentieth blind round, each a wrong figure shown:

- "IPM营收是多少" was answered by "2021年上半年，IGBT营收超1.9亿元" and "IGBT营收同比增长多少" by "IPM营收4.1亿元，同比增超
  150%": a Latin product name in a Chinese question (IPM, SiC, MOSFET) was read as no constraint at all. It must
  be written in the cited sentence, and no other such name may stand between it and the number;
- "锂原电池收入是多少" was answered by "圆柱三元电池+小软包电池合计实现收入18.15亿元", and "电连接器…业务收入" by
  "流体连接器及组件、齿科及其他产品实现营收11.76亿元": a name asked and written only in a sentence before was taken
  as the subject of a sentence that opens with a subject of its own. A number is the asked thing's through the
  context only when its sentence names no other subject before it (公司, a period, nothing). So with a subject the
  question writes but no name was read from ("光连接器…收入多少", "北方稀土增持市值是多少"): "从机构动向看，北向资金增持
  市值居前个股…7只" is 北向资金's.

Pure functions of the question and the (folded) cited sentence.
"""

from __future__ import annotations

import re

from summarizer.answer.context import Context
from summarizer.answer.metrics import metric_spans
from summarizer.answer.periods import mentions
from summarizer.answer.text import fold

__all__ = ["latin_asked", "latin_part_ok", "own_subject_ok", "subject_asked"]

_LATIN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*[A-Za-z](?![A-Za-z0-9])")
# Abbreviations that name a measure, a currency, a unit or a role, never a product or a segment.
_NOT_A_PART = frozenset(
    "pe pb ps peg eps roe roa roic gmv arpu arppu dau mau cpi ppi pmi gdp pce lpr mlf slf etf ipo ttm yoy qoq mom "
    "cagr ebit ebitda capex opex fcf nav aum bps bp pct pp fy ytd usd rmb cny hkd eur jpy gbp ceo cfo cto coo "
    "gw gwh mw mwh kw kwh twh km kg mah tb gb mb pcs wind".split())
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_MARK = re.compile(r"[，,；;。：:（(）)]")
# Words that open a clause without naming a subject of its own: the article's company, a time, a verb of result.
_NO_SUBJECT = re.compile(
    r"本公司|该公司|公司|集团|我们|预计|预测|估计|其中|其(?![他它余])|报告期内|报告期|本期|当期|期内|同期|全年|年内|今年|去年|单季度|单季|"
    r"整体|合计|共计|累计|分别|实现|取得|录得|完成|达到|共|约|的|了|\s|[\d.,%+\-—~～/、]")


def _chinese(question: str) -> bool:
    """A Chinese question: Chinese words and no run of English ones ("How much revenue did 星衡科技 report?")."""
    return _CJK.search(question) is not None and _ENGLISH_WORDS.search(question) is None


_ENGLISH_WORDS = re.compile(r"[A-Za-z]+'?s?\s+[A-Za-z]+")


def _parts_asked(question: str, names: tuple[str, ...]) -> list[str]:
    if not _chinese(question):
        return []
    spelled = {fold(n) for n in names}
    found = []
    for m in _LATIN.finditer(question):
        word = m.group().lower()
        if word in _NOT_A_PART or word in spelled or metric_spans(word) or any(mentions(word)):
            continue
        if re.search(r"(?:多少|几)\s*$|\d\s*$", question[:m.start()]):
            continue  # "多少GWh": the unit asked in
        found.append(word)
    return found


def latin_asked(question: str, names: tuple[str, ...]) -> list[str]:
    """The Latin products a Chinese question names, as it writes them ("SiC", "IPM")."""
    asked = set(_parts_asked(question, names))
    return [m.group() for m in _LATIN.finditer(question) if m.group().lower() in asked]


def latin_part_ok(question: str, names: tuple[str, ...], sentence: str, span: tuple[int, int]) -> bool:
    """Does the (folded) sentence write the Latin product the Chinese question names (IPM, SiC), with no other
    such name between it and the number? `names` are the spellings of the question's entities."""
    asked = _parts_asked(question, names)
    if not asked:
        return True
    lowered = sentence.lower()
    for word in asked:
        spots = [m for m in _LATIN.finditer(lowered) if m.group() == word]
        if not spots:
            return False
        before = [m for m in spots if m.end() <= span[0]]
        if before:
            between = lowered[before[-1].end():span[0]]
            if any(m.group() != word and m.group() not in _NOT_A_PART and not re.search(r"\d\s*$", between[:m.start()])
                   for m in _LATIN.finditer(between)):
                return False  # "SiC营收超2.5亿元，GaN营收3.2亿元，同比增超120%": the 120% is GaN's
    return True


def own_subject_ok(question: str, names: tuple[str, ...], sentence: str, span: tuple[int, int],
                   ctx: Context | None) -> bool:
    """When the sentence does not write the name asked, may its number still be that name's? Not when the
    clause the sentence's first measure is written in opens with a subject of its
    own that the question does not name ("圆柱三元电池+小软包电池合计实现收入18.15亿元" for 锂原电池). Judged only for
    a name written in the sentences just before and not in the title or the first sentence (a product or a
    segment named mid-text): the article's own company stays the subject of its sentences."""
    folded = [fold(n) for n in names if len(fold(n)) >= 2]
    if ctx is None or not folded or not _chinese(question) or any(n in sentence for n in folded):
        return True
    if not any(n in before for n in folded for before in ctx.preceding[:3]) or any(
            n in whole for n in folded for whole in (ctx.title, *ctx.opening[:1])):
        return True  # only a name taken from a sentence just before: the article's own subject is its subjects
    metrics = [m for m in metric_spans(sentence) if m[1] <= span[0]]
    if not metrics:
        return True  # "共提供就业岗位400多个": with no measure named, what precedes the number is no subject
    clause = _CLAUSE_MARK.split(sentence[:metrics[0][0]])[-1]
    for m in sorted(mentions(clause), key=lambda m: -m.start):
        clause = clause[:m.start] + clause[m.end:]
    subject = _NO_SUBJECT.sub("", clause)
    if len(_CJK.findall(subject)) + len(_LATIN.findall(subject)) < 2:
        return True
    asked = fold(question)
    # "微处理器芯片/智能视频芯片/存储芯片…分别实现营收" names the 存储芯片 asked among others: its list answers.
    pieces = [_NO_SUBJECT.sub("", p) for p in re.split(r"[/、及和与+＋]", clause)]
    # A piece of two characters ("组件" of "散热模组及组件") is a generic head, shared by parts it does not name.
    return subject in asked or any(n in subject for n in folded) or any(
        len(p) >= 3 and p in asked for p in pieces)


def subject_asked(question: str) -> str | None:
    """The words a Chinese question names before its measure when no name was read from them ("光连接器及其他光器件
    以及光电设备" of "…收入多少", "北方稀土" of "北方稀土增持市值是多少"); None when they are only a time or 公司."""
    folded = fold(question)
    if not _chinese(question):
        return None
    metrics = metric_spans(folded)
    if not metrics:
        return None
    before = folded[:metrics[0][0]]
    for m in sorted(mentions(before), key=lambda m: -m.start):
        before = before[:m.start] + before[m.end:]
    subject = _NO_SUBJECT.sub("", re.sub(r"\d+\s*年", "", before))
    # Only words written together in the question: what is left when a time is cut from between them is no name.
    return subject if len(_CJK.findall(subject)) >= 2 and subject in folded else None

