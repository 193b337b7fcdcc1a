"""A thing named as the object of the deed that counts it: "合计销售客车4567辆，同比下滑0.28%，环比增长25.39%" is about
客车 (buses sold), though 客车 follows the verb instead of heading a measure ("客车销量"). The statement's numbers
(the count and the changes after it) carry that qualifier, so "11月客车销量环比增长多少" is answered by the 25.39% of
the report's line, not only by a later sentence's rounded "环比出现25%以上增长"."""

from __future__ import annotations

import re

from summarizer.answer.metrics import metric_spans

__all__ = ["deed_object"]

_DEED = r"(?:销售|生产|交付|出口|出货|产销|销|产|卖出|售出)"
_COUNT = r"[\d.,]+\s*[万千百亿]*(?:辆|台|套|吨|件|部|架|艘|个|只)"


def deed_object(qualifier: str, sentence: str, at: int) -> bool:
    """Is `qualifier` written as the object of a counting deed, right before its count ("销售客车4567辆"), in the
    statement that holds the number at `at`, with no other measure named between?"""
    statement_start = max((m.end() for m in re.finditer(r"[。；;]", sentence[:at])), default=0)
    for m in re.finditer(rf"{_DEED}{re.escape(qualifier)}(?={_COUNT})", sentence[statement_start:at]):
        end = statement_start + m.end()
        if not any(end <= sp[0] < at for sp in metric_spans(sentence)):
            return True
    return False
