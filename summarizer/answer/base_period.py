"""Two readings of a figure's place in a results notice that decide whether it answers.

- The same period a year before: "去年同期营收多少" asks the base a change is measured from, so
  only a number written as that base answers ("较上年同期的38.1亿元", "去年同期，…为148.2亿元").
- The base's own value ("较年初的4.6%"): the value of the base named, answering only for that base.
- An effect on a metric: "取得投资收益1.44亿元，影响归母净利润8119.49万元" states what one deal adds
  to the profit, never the profit itself, unless the question asks about the effect.
"""

from __future__ import annotations

import re

__all__ = ["base_period_ok", "impact_only"]

# A figure that is an effect on a metric, not the metric: "影响归母净利润8119.49万元", "增厚公司净利润约1.2亿元",
# "对净利润的影响金额约1.22亿元", "减少营业收入3000万元".
_IMPACT_ON_METRIC = re.compile(r"(?:影响|增加|减少|增厚|摊薄|拉低|拖累|冲减|调增|调减|对)(?:公司|上市公司)?(?:当期|本期|\d{4}年度?)?"
                               r"(?:归属于上市公司股东的|归母|扣非后?(?:归母)?)?(?:净利润|利润总额|利润|营业收入|营收|收入)"
                               r"(?:的)?(?:影响)?(?:金额)?(?:约|为|达|合计|共计)?$")
_SAME_PERIOD = r"(?:去年|上年|上一年度?|前一年)同期"
# "去年同期营收多少", not "营收比去年同期增长多少" (a change against it).
_SAME_PERIOD_ASKED = re.compile(rf"(?<![比较与跟和对]){_SAME_PERIOD}(?!相比|比|增|减|下降|上升|下滑|提升)")
_BASE_BEFORE = re.compile(rf"{_SAME_PERIOD}[^，。；,;！？\d]{{0,12}}$")
_BASE_VALUE = re.compile(r"(?:较|比|相比|对比|相较于?)\s*([^，。；,;！？\d%]{1,8}?)的\s*(?:约|近|逾)?\s*$")
_BASE_NAMED = re.compile(r"(?:较|比|相比|对比|相较于?)\s*([^，。；,;！？\d%]{1,8}?)的\s*(?:约|近|逾)?\s*\d")
_BASE_OPENING = re.compile(rf"{_SAME_PERIOD}[，,]")


def _base_opening(sentence: str, at: int) -> bool:
    """"去年同期，该行前三季度归母净利润为148.2亿元": the whole sentence is about the base period, unless
    another period comes before the number."""
    opening = _BASE_OPENING.match(sentence)
    return bool(opening) and not re.search(r"今年|本期|报告期|(?:19|20)\d{2}年", sentence[opening.end():at])


_IMPACT_ASKED = re.compile(r"影响|增加|减少|增厚|摊薄|拉低|拖累|冲减|贡献|\b(?:impact|effect|hit)\b")


# "拨备覆盖率较年初下降多少": the base a change is asked against; "较6月末下降4.7个百分点" is against another.
_MOVES = r"(?:增长|下降|增加|减少|上升|提升|回落|下滑|上涨|下跌|扩大|收窄|提高|降低|变化|变动)"
_BASE_ASKED = re.compile(rf"(?:较|相比|相较于?)\s*(?P<base>[^，。；,;！？%]{{1,8}}?)的?{_MOVES}")
_BASE_STATED = re.compile(rf"(?:较|相比|相较于?)\s*(?P<base>[^，。；,;！？%]{{1,8}}?)的?{_MOVES}了?\s*(?:约|近|逾|超过?)?\s*$")


def _base_key(base: str) -> str:
    return base.strip().replace("底", "末").replace("去年", "上年").replace("份", "").removesuffix("同期")  # 2019年同期


def other_base(question: str, sentence: str, at: int) -> bool:
    """Is the number at `at` a change against another base than the one the question asks ("较年初" asked,
    "较6月末下降4.7个百分点" stated)? Unknown bases on either side leave the number alone."""
    asked = _BASE_ASKED.search(question)
    stated = _BASE_STATED.search(sentence[max(0, at - 20):at])
    return bool(asked and stated) and _base_key(asked.group("base")) != _base_key(stated.group("base"))


def base_period_ok(question: str, sentence: str, at: int) -> bool:
    """Does the number at `at` answer a question about the same period last year (True when none is asked)?"""
    if other_base(question, sentence, at):
        return False
    if not _SAME_PERIOD_ASKED.search(question):
        # "较10月末下降0.9个百分点，较年初的4.6%明显回落": 4.6% is the base's own value (年初's), and answers only
        # a question naming that base; not "10月末破净率", not the rate now.
        base = _BASE_VALUE.search(sentence[max(0, at - 16):at])
        if base is not None:
            return base.group(1).strip() in question
        # And "年初破净率是多少" is answered by that value only, not by the rate now beside it.
        return not any(m.group(1).strip() in question for m in _BASE_NAMED.finditer(sentence))
    return bool(_BASE_BEFORE.search(sentence[max(0, at - 24):at])) or _base_opening(sentence, at)


def impact_only(question: str, sentence: str, at: int) -> bool:
    """Is the number at `at` an effect on a metric, asked as the metric?"""
    return bool(_IMPACT_ON_METRIC.search(sentence[max(0, at - 24):at])) and not _IMPACT_ASKED.search(question)
