"""The parts of a deal's price: what is paid in cash (现金对价) and what in shares (股份对价). "本次交易的现金对价是多少"
asks the cash part: "交易作价15.6亿元" (the whole price) and "股份对价为9.36亿元" (the other part) do not answer it; only
a number whose clause names the part asked does."""

from __future__ import annotations

import re

__all__ = ["other_part_of_price"]

_PARTS = {
    "cash": re.compile(r"现金对价|现金支付对价|支付现金\S{0,4}?(?:金额|部分)|\bcash (?:portion|component|consideration)\b"),
    "shares": re.compile(r"股份对价|股份支付对价|发行股份支付\S{0,4}?(?:金额|部分)|\b(?:stock|share) (?:portion|component|consideration)\b"),
}


def other_part_of_price(question: str, sentence: str, at: int) -> bool:
    """Does the question ask one part of a deal's price while the number's clause does not name that part?"""
    asked = [part for part, pattern in _PARTS.items() if pattern.search(question)]
    if len(asked) != 1:
        return False
    clause = re.split(r"[，,；;。]", sentence[:at])[-1]
    return _PARTS[asked[0]].search(clause) is None
