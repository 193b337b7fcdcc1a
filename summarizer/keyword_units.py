"""A Chinese word that is the unit of the number before it is no keyword.

jieba cuts "1年期LPR" into 1 + 年期 + LPR and "3个月" into 3 + 个月: the second word measures the number, it names
no topic, and with its neighbour it made key phrases such as "年期LPR" that read as a cut word. The number is not a
candidate; the unit after it is dropped with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.tokenize import Token

__all__ = ["unit_after_number"]

_NUMBER = re.compile(r"[\d.,，%]+|[一二两三四五六七八九十百千万亿]+")
# A word that is only a unit or a tenor (after a number only): 年期, 个月, 亿元, 倍.
_UNIT = re.compile(r"(?:年期|个月|年|月|日|天|周|期|个|亿元|万元|元|倍|亿|万)")


def unit_after_number(sentence: Sequence[Token], at: int) -> bool:
    """Is the token at `at` the unit of a number written right before it ("1" + "年期")?"""
    return at > 0 and bool(_UNIT.fullmatch(sentence[at].word)) and bool(_NUMBER.fullmatch(sentence[at - 1].word))
