"""A fund's or a company's share classes are separate things: "恒信纯债债券A…派发红利0.21元，C类份额每10份派发0.18元"
gives the A class 0.21元; a question on the A class is not answered by the number of a clause naming the C class.
So are the classes of a product written with 类: "明年固收类理财收益率" is not answered by "现金管理类理财产品近7日年化
收益率均值为1.38%". Kept apart from `verify` so each stays small; a pure function of folded text."""

from __future__ import annotations

import re

__all__ = ["other_class", "other_share_class"]

# A class letter written after a fund's or a bond's name ("债券A", "混合C") or with 类/级 ("C类份额", "A级").
_ASKED = re.compile(r"(?<=[\u4e00-\u9fff])([a-e])(?![a-z])|(?<![a-z])([a-e])(?:类|级)", re.IGNORECASE)
_NAMED = _ASKED


def other_share_class(question: str, sentence: str, at: int) -> bool:
    """Does the clause of the number at `at` name a share class other than the one the question asks?"""
    asked = {(m.group(1) or m.group(2)).lower() for m in _ASKED.finditer(question)}
    if not asked:
        return False
    start = max(sentence.rfind(c, 0, at) for c in "。；;，,") + 1
    named = {(m.group(1) or m.group(2)).lower() for m in _NAMED.finditer(sentence, start, at)}
    return bool(named) and not named & asked


# A product class written with 类 ("固收类", "现金管理类", "权益类"); not "这类", "各类", "两类", "其他类".
_CLASS = re.compile(r"([\u4e00-\u9fff]{2,5}?)类(?![型别似比])")
_NO_CLASS = re.compile(r"^(?:这|此|各|两|该|同|大|品|门|分|人|种|一|几|多|某|本|上述|其他|其它|以下|以上|上述各|前述)")


def other_class(question: str, sentence: str, at: int) -> bool:
    """Is the product class (X类) named last before the number at `at`, in its statement, another than the one the
    question names? Also a lettered share class in the number's clause (`other_share_class`)."""
    if other_share_class(question, sentence, at):
        return True
    asked = {m.group(1)[-2:] for m in _CLASS.finditer(question) if not _NO_CLASS.match(m.group(1))}
    if not asked:
        return False
    start = max(sentence.rfind(c, 0, at) for c in "。；;") + 1
    named = [m.group(1) for m in _CLASS.finditer(sentence, start, at) if not _NO_CLASS.match(m.group(1))]
    return bool(named) and not any(named[-1].endswith(a) for a in asked)  # the class named last before it
