"""Which side or part of a statement a number belongs to: the buyer's or the target's in a deal,
the part a sentence excludes (除汽车以外), and the segment an English question names in Chinese.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.answer.asked import Constraints
from summarizer.answer.changes import _clause_before
from summarizer.answer.metrics import METRIC_OF, metric_spans
from summarizer.answer.names import Entity
from summarizer.answer.scope import part_ok
from summarizer.answer.text import _aliases, fold

if TYPE_CHECKING:
    from summarizer.answer.constraints import Context

__all__ = ["EXCLUDED_RE", "GENERIC_HEADS", "deal_reversed", "english_part_named", "other_part_named", "qualified"]

EXCLUDED_RE = re.compile(r"除(?:去|了)?([^，,。；;]{1,12}?)(?:以外|之外|外)|\b(?:excluding|except|ex-)\s*(?:the\s+)?([a-z][\w-]*)",
                          re.IGNORECASE)

DEAL_VERB_RE = re.compile(r"\b(?:pay(?:s|ing)?|paid|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)"
                           r"|take\s+over|takes\s+over|taking\s+over)\b|收购|买下|购买|并购")
PASSIVE_DEAL_RE = re.compile(r"\b(?:be|been|being|is|was|are|were)\s+(?:\w+\s+)?$|被[^，,。；;]{0,30}$")


def deal_reversed(constraints: Constraints, sentence: str) -> bool:
    """Buyer and target swapped: the one the question has paying stands where the sentence puts
    the company bought ("Halvern agreed to buy Tidewater" asked as "Tidewater paying for Halvern")."""
    asked = fold(constraints.question)
    verb = DEAL_VERB_RE.search(asked)
    stated = DEAL_VERB_RE.search(sentence)
    if verb is None or stated is None or asked[verb.start() - 1:verb.start()] == "的" or re.match(
            r"价|对价|金额|作价|price", asked[verb.end():].lstrip()):
        return False  # "星澜科技的收购价": the price it was bought at, not a buyer

    def first(text: str, entity: Entity) -> int | None:
        found = [text.find(s) for s in entity.spellings() if s and text.find(s) >= 0]
        return min(found) if found else None

    buyers = [e for e in constraints.entities if (at := first(asked, e)) is not None and at < verb.start()]
    buyer = first(sentence, buyers[0]) if buyers else None
    if buyer is None:
        return False
    passive = PASSIVE_DEAL_RE.search(sentence[:stated.start()])
    if passive and passive.group().startswith("被"):  # "星澜科技被星河科技以18.6亿元收购": the buyer follows 被
        return buyer < passive.start()
    if passive:  # "Tidewater will be acquired by Halvern": the buyer follows the verb
        return buyer < stated.start()
    return buyer > stated.start() and not any(
        (at := first(sentence, e)) is not None and at < stated.start() for e in buyers)



_CJK = re.compile(r"[\u4e00-\u9fff]")
_SEGMENT_WORDS = re.compile(r"业务|板块|分部|事业部")


def _english_parts(constraints: Constraints, sentence: str, at: int) -> tuple[str, list[list[str]]] | None:
    """For an English question asked of a Chinese sentence: the clause before the number, and the
    Chinese spellings of each of the question's words that is not a metric (EV -> 电动汽车…)."""
    if not _CJK.search(sentence) or _CJK.search(constraints.question):
        return None
    terms = _aliases().terms
    asked = [alts for word in re.findall(r"[a-z][a-z\-]+", constraints.question.lower())
             if word not in METRIC_OF and (alts := [a for a in terms.get(word, ()) if len(a) >= 2 and a not in METRIC_OF])]
    return _clause_before(sentence, at), asked


def english_part_named(constraints: Constraints, sentence: str, at: int) -> bool:
    """"What was Xiaomi's EV revenue?" asks for the segment a Chinese sentence names before its number
    (智能电动汽车业务收入为97亿元): an English word of the question, in Chinese, stands in that clause."""
    parts = _english_parts(constraints, sentence, at)
    return parts is not None and any(a in parts[0] for alts in parts[1] for a in alts)


def other_part_named(constraints: Constraints, sentence: str, at: int) -> bool:
    """"What was Xiaomi's smartphone revenue?" is not answered by 智能电动汽车业务收入为97亿元: the clause
    names a segment, and none of the question's English words, in Chinese, is in it."""
    parts = _english_parts(constraints, sentence, at)
    if parts is None or not _SEGMENT_WORDS.search(parts[0]):
        return False
    return bool(parts[1]) and not any(a in parts[0] for alts in parts[1] for a in alts)


GENERIC_HEADS = frozenset("公司 集团 企业 本公司 期内 同期 其中 当期 全年 单季 累计 合计 总".split())


def qualified(qualifier: str, ctx: Context, at: int) -> bool:
    """Does the metric nearest before the number carry the question's qualifier, or at
    least no other one ("生铁产量" for 粗钢产量, "comparable sales" for online sales)?"""
    chinese = bool(re.search(r"[\u4e00-\u9fff]", ctx.sentence))
    if qualifier.isascii() and chinese:
        return True  # an English word asked of a Chinese sentence: the alias terms decide elsewhere
    spans = [sp for sp in metric_spans(ctx.sentence) if sp[1] <= at] or list(metric_spans(ctx.sentence))[:1]
    if not spans:
        return qualifier in ctx.sentence or not chinese
    start = spans[-1][0]
    if qualifier in ctx.sentence[max(0, start - len(qualifier) - 8):start]:
        return True
    if not chinese:  # "the automotive segment posted revenue of…": anywhere in the clause before it
        return part_ok(qualifier, ctx.sentence, at)
    if qualifier in ctx.sentence[:at]:
        return False  # named, but not for this number
    import jieba.posseg as pseg

    tokens = [(p.word, p.flag) for p in pseg.cut(ctx.sentence[max(0, start - 6):start])]
    last = tokens[-1] if tokens else ("", "")
    return not (last[1].startswith("n") and last[0] not in GENERIC_HEADS)
