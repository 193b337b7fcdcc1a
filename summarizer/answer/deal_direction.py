"""A Chinese deal asked one way is not answered by the deal the other way.

"鼎泰实业收购鼎泰物流花了多少钱" asks what it pays; "公司拟将鼎泰物流100%股权出售给申合资本，交易对价为18.6亿元"
is what it is paid for a sale. When the question buys and the sentence only sells (or the reverse), the
price is not the answer (the English twin is constraints.deal_reversed).
"""

from __future__ import annotations

import re

__all__ = ["reversed_deal"]

_BUY = re.compile(r"收购|买入|买下|认购|增持|并购|购买|竞得|拍得")
_SELL = re.compile(r"出售|转让|卖出|卖给|减持|出让|处置")


def reversed_deal(question: str, sentence: str) -> bool:
    """Does the question buy where the sentence only sells, or sell where it only buys?"""
    asks_buy, asks_sell = bool(_BUY.search(question)), bool(_SELL.search(question))
    buys, sells = bool(_BUY.search(sentence)), bool(_SELL.search(sentence))
    return asks_buy and not asks_sell and sells and not buys or asks_sell and not asks_buy and buys and not sells
