"""A thing named only as one item of a list ("涉及变压器、组合电器、电力电缆等18个品类，中标总金额86.4亿元")
does not own the number after the list: that is the whole list's total. "变压器品类中标金额是多少" is
answered by the sentence about 变压器 alone ("变压器品类中标金额合计21.5亿元")."""

from __future__ import annotations

import re

from summarizer.literal import literal_starts

__all__ = ["only_listed"]

# An item between list commas, in a list that closes with 等 (and so names several things).
_LIST = re.compile(r"(?:[\u4e00-\u9fffA-Za-z0-9]{1,12}、)+[\u4e00-\u9fffA-Za-z0-9]{1,12}等")


def only_listed(names: tuple[str, ...], sentence: str, at: int) -> bool:
    """Is every mention before `at` of every one of `names` an item of a list closed with 等?"""
    before = sentence[:at]
    found = [(at, at + len(name)) for name in names if len(name) >= 2 for at in literal_starts(name, before)]
    if not found:
        return False
    lists = [m.span() for m in _LIST.finditer(before)]
    return all(any(a <= s and e <= b for a, b in lists) for s, e in found)


# A category named in the number's clause: "开关柜品类中标金额合计9.7亿元", "新能源板块收入…".
_CATEGORY = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?:品类|板块|分部)")


def other_category(asked: tuple[str, ...], sentence: str, at: int) -> bool:
    """Does the clause of the number at `at` name a category (X品类, X板块, X分部) that is none of the
    asked names? Then the number is that category's: "电容器品类中标金额" is not answered by 开关柜品类's."""
    start = max((m.end() for m in re.finditer(r"[，,；;。：:]", sentence[:at])), default=0)
    found = [m.group(1) for m in _CATEGORY.finditer(sentence, start, at)]
    return bool(found) and not any(name in category or category in name
                                   for category in found for name in asked if len(name) >= 2)
