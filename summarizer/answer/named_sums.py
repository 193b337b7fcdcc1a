"""A sum asked by its own name: "鑫瑞投资被罚款多少" is answered by the amount the sentence names 罚款 ("并处以
1，360万元罚款"), not by the 违法所得 before it ("没收违法所得680万元"); both are money and neither is a metric of
the lexicon, so the nearest number to the name asked won. Pure functions of the folded sentence."""

from __future__ import annotations

import re

__all__ = ["named_sum"]

_SUMS = r"(?:罚款|罚金|违法所得|赔偿金?|违约金|滞纳金|补贴|补助|奖金|现金对价|股份对价|交易对价|募集配套资金|募资)"
_SUM_ASKED = re.compile(_SUMS)


def named_sum(question: str, sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans the sentence names by the sum the question asks (written right after the amount, "1，360万元罚款",
    or right before it, "违法所得680万元"); all spans when none or every one is so named."""
    asked = _SUM_ASKED.search(question)
    if asked is None:
        return spans
    word = re.escape(asked.group())
    named = [s for s in spans if re.match(rf"\s*[千万亿]*(?:元|美元|港元)?的?{word}", sentence[s[1]:s[1] + 12])
             or re.search(rf"{word}(?:为|达|约|合计|共计|总计)?\s*$", sentence[max(0, s[0] - 12):s[0]])]
    return named or spans
