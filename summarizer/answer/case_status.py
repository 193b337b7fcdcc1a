"""Which cases a count is of: 确诊 is not 治愈, and 新增 (new today) is not 累计 (in all).

"法国累计治愈病例是多少" was answered by "法国累计新冠确诊病例超过1473万例", and "累计死亡病例" was highlighted
at "新增死亡病例289例" in a sentence that also says "累计死亡超过12.7万例". A count of cases, patients or people
is named by a status (确诊, 治愈, 死亡 …) and by a span (新增, 累计, 现有): when the question names one on an axis, a
number whose own clause names another on that axis, and not the one asked, is not its value.
"""

from __future__ import annotations

import re

__all__ = ["status_ok"]

# Each axis: the words that name a value on it (the simplified spellings; traditional ones fold to these).
_AXES = (
    re.compile(r"确诊|治愈|出院|康复|死亡|病亡|重症|危重|疑似|无症状|隔离|住院|接种|感染"),
    re.compile(r"新增|累计|现有|现存|单日"),
)
_CLAUSE_END = re.compile(r"[，,；;。：:、]")
_STATEMENT_END = re.compile(r"[；;。]")
_TIME_AFTER = re.compile(r"[\d.,]+\s*(?:个)?(?:小时|天|日|周|星期|月|年)")


def status_ok(question: str, sentence: str, span: tuple[int, int]) -> bool:
    """Does the number at `span` name, in its own clause, no status other than the one asked?"""
    # The clause up to the number, and its unit after it ("289例"), never the next clause.
    clause = _CLAUSE_END.split(sentence[:span[0]])[-1] + _CLAUSE_END.split(sentence[span[0]:span[1] + 4])[0]
    if any(axis.search(question) for axis in _AXES) and _TIME_AFTER.match(sentence, span[0]):
        return False  # "过去24小时新增…": the window counted over, not a count of cases
    for axis in _AXES:
        asked = set(axis.findall(question))
        if not asked:
            continue
        # "新增确诊病例超过46万例，达464769例": a clause naming none is the statement's.
        named = set(axis.findall(clause)) or set(axis.findall(_STATEMENT_END.split(sentence[:span[0]])[-1]))
        if named and not named & asked:
            return False
    return True
