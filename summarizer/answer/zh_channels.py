"""Chinese figures that name another measure than the one asked, when the question names no metric of the table.

- Channels of a market: "11月乘用车零售多少辆" is not answered by "11月乘用车出口52.3万辆" nor "厂商批发285.7万辆"; a
  number whose clause names another channel (零售, 批发, 出口, 进口, 产量, 上险) and not the one asked is that channel's.
- A value asked (评估值, 估值) is not answered by a listed measure heading the number: "申源电子的评估值是多少" is not
  answered by "申源电子2025年实现营业收入8.93亿元".
- A stake: "100%股权" is how much of a company, not its value ("评估值", "作价"), unless a stake is asked.
"""

from __future__ import annotations

import re

from summarizer.answer.metrics import metric_spans

__all__ = ["other_channel", "other_listed_measure", "stake_not_asked"]

_CHANNELS = ("零售", "批发", "出口", "进口", "产量", "上险")
_CLAUSE = re.compile(r"[，,；;。]")


def other_channel(question: str, sentence: str, at: int) -> bool:
    """Does the question ask one channel while the number's clause names another and not the one asked?"""
    asked = [c for c in _CHANNELS if c in question]
    if len(asked) != 1 or "进出口" in question:
        return False
    clause = _CLAUSE.split(sentence[:at])[-1]
    return asked[0] not in clause and any(c in clause for c in _CHANNELS if c != asked[0])


# A company's value asked (评估值, 估值, 账面价值): only these; other questions without a listed metric ("卖了多少钱",
# "PPI同比是多少", "占比多少") are often answered by a listed measure they word another way (销售额, 价格, 收入占比).
_VALUE_ASKED = re.compile(r"评估值|评估价值|估值|账面价值|账面值|公允价值")


def other_listed_measure(question: str, sentence: str, at: int) -> bool:
    """(For a question the metric table reads no metric in.) Does it ask a company's value, while the number is headed,
    in its clause, by a listed measure the question does not name?"""
    if not _VALUE_ASKED.search(question):
        return False
    start = max((m.end() for m in _CLAUSE.finditer(sentence, 0, at)), default=0)
    heads = [sp for sp in metric_spans(sentence) if start <= sp[0] and sp[1] <= at]
    return bool(heads) and sentence[heads[-1][0]:heads[-1][1]] not in question


_STAKE_AFTER = re.compile(r"\s*(?:的)?(?:股权|股份)")
_STAKE_ASKED = re.compile(r"股权|股份|持股|比例|占比|多少%")


def stake_not_asked(question: str, sentence: str, end: int) -> bool:
    """Is the number a stake ("100%股权") while the question asks no stake?"""
    return bool(_STAKE_AFTER.match(sentence, end)) and not _STAKE_ASKED.search(question)
