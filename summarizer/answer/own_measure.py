"""Sentences that name their own measure. "Wealth management income rose 9% to 310 million pounds" is about
wealth management income (and "公司11月的到访量比10月少了近三成" about 到访量): it does not carry the profit of the sentence before, so it does not answer "How much did
net income fall?". And a number headed by a measure the question does not ask ("net income fell to 612 million
pounds …, as it set aside more money for bad loans") does not answer a question put in other words ("How much did
Harrowgate set aside for bad loans?") just because those words are in the sentence too."""

from __future__ import annotations

import re

from summarizer.answer.metrics import metric_spans

__all__ = ["measure_noun_missing", "names_own_measure", "other_measure_heads"]

# The head nouns of measures the metric table does not list ("wealth management income", "cargo volumes").
_MEASURE_NOUN = re.compile(r"\b(?:income|fees|commissions|charges|expenses|costs|spending|volumes?|traffic|stocks"
                           r"|inventories|stockpiles|ratio|margin|utili[sz]ation|imports|exports|capacity|factor)\b")
# …and in Chinese (到访量, 客流量, 人数, 下载次数), not a word of amount (大量, 总量, 数量, 质量); and the size of a
# thing (剩余规模, 贷款余额, 发行总额): "沃川转债剩余规模为7.36亿元" does not carry the 价格 of the sentence before.
_MEASURE_NOUN_ZH = re.compile(r"(?![大少总数质力能重分考衡测])[\u4e00-\u9fff](?:量|人数|户数|次数|人次)"
                              r"|[\u4e00-\u9fff](?:规模|余额|总额)")


def names_own_measure(sentence: str, at: int) -> bool:
    """Does the clause that holds the number name a measure of its own before it?"""
    if re.search(r"[\u3400-\u9fff]", sentence):
        return _MEASURE_NOUN_ZH.search(re.split(r"[，,；;。：:]", sentence[:at])[-1]) is not None
    clause = re.split(r"[,;:]", sentence[:at])[-1]
    return _MEASURE_NOUN.search(clause) is not None


def other_measure_heads(words: tuple[str, ...], sentence: str, at: int) -> bool:
    """Is the number headed, in its own clause, by a listed measure ("net income fell to"), while none of the words the
    question asks with ("bad loans") are in that clause?"""
    words = tuple(w for w in words if not _CHANGE_VERB.fullmatch(w))  # "How much did its RevPAR rise?" asks no measure word
    if not words or re.search(r"[\u3400-\u9fff]", sentence):
        return False
    start = max((m.end() for m in re.finditer(r"[,;:]\s", sentence[:at])), default=0)
    heads = [sp for sp in metric_spans(sentence) if start <= sp[0] and sp[1] <= at]
    if not heads:
        return False
    clause = sentence[start:at]
    return not any(re.search(rf"\b{re.escape(word)}", clause) for word in words)


# Verbs of a move: they ask how far, not which measure.
_CHANGE_VERB = re.compile(r"(?:rise|rose|risen|fall|fell|fallen|grow|grew|grown|climb|drop|decline|increase|decrease|jump"
                          r"|gain|slip|slide|sink|surge|soar|tumble|change|move)(?:s|ed|ing)?")


# A measure noun asked, and the words a sentence may use for it instead.
_ASKED_MEASURES = (
    frozenset("inventories inventory stocks stockpiles stockpile".split()),
    frozenset("imports".split()), frozenset("exports".split()),
    frozenset("production output".split()),
    frozenset("utilization utilisation".split()),
    frozenset("capacity".split()),
    frozenset("traffic".split()),
    frozenset("margin margins".split()),
    frozenset("costs cost expenses spending".split()),
    frozenset("buyback buybacks repurchase repurchases".split()),
    frozenset("dividend dividends".split()),
    frozenset("vote votes voted voting".split()),  # "What was the vote on the decision?" is no yield the decision moved
)


def measure_noun_missing(words: tuple[str, ...], sentence: str) -> bool:
    """Does an English question ask a measure by its noun ("crude inventories") that the sentence never names? "How
    much did U.S. crude inventories fall?" is not answered by "net crude imports fell by 820,000 barrels per day", nor
    by a crude price's gain, though "crude" and a fall are there."""
    if not words or re.search(r"[\u3400-\u9fff]", sentence):
        return False
    lower = sentence.lower()
    for group in _ASKED_MEASURES:
        if any(w in group for w in words) and not any(re.search(rf"\b{g}\b", lower) for g in group):
            return True
    return False
