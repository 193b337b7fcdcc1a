"""Kinds of price per share that are not the share price: an issue price (发行价格 for new shares), a conversion,
exercise or repurchase price. "申源电子股价是多少" is not answered by "本次发行股份购买资产的发行价格为12.80元/股" (the
buyer's price for the shares it issues), nor the other way round; an issue price asked is answered only by one. Nor is a share price
answered by the sum paid for a number of shares, or by that number ("bought back 2.1 million shares for $290 million")."""

from __future__ import annotations

import re

__all__ = ["other_price"]

_KINDS = {
    # "pricing its shares at 285 pence", "At what price did Calder price its shares?": the offer price of a listing.
    "issue": re.compile(r"发行价格|发行价|认购价格|认购价|\bissue price\b|\boffer(?:ing)? price\b|\bipo price\b"
                        r"|\bpric(?:e|ed|ing) (?:its|their|the) (?:shares|stock|ipo|offering)\b"),
    "conversion": re.compile(r"转股价格|转股价|\bconversion price\b"),
    "exercise": re.compile(r"行权价格|行权价|\bexercise price\b|\bstrike price\b"),
    "repurchase": re.compile(r"回购价格|回购价|\brepurchase price\b|\bbuyback price\b"),
    # ("The shares opened at 312 pence and closed at 306 pence": where they traded, not what they were offered at.)
    "market": re.compile(r"(?<!转)股价|收盘价|\bshare price\b|\bstock price\b|\bclosing price\b|\b(?:opened|closed|traded) at\b"
                         r"|\bshares (?:open|close|trade|end)\b"),
}


# The sum paid or raised for a number of shares, not a price per share.
_PAID_FOR_SHARES = re.compile(r"\b(?:bought|buys?|buying|repurchas\w*|sold|sells?|selling|issu\w*|placed|offered)\b(?: back)?"
                              r"[^,;]{0,40}\bshares\s+(?:for|worth|at a (?:total )?cost of|valued at)\s+(?:about\s+|nearly\s+)?$",
                              re.IGNORECASE)


_COUNT_OF_SHARES = re.compile(r"[\d.,]+\s*(?:thousand|million|billion|mln|bln|[万亿])?\s*(?:shares\b|股(?!价))", re.IGNORECASE)


def _kind(text: str) -> str | None:
    """The kind of price the text names last (the nearest to what follows)."""
    best: tuple[int, str] | None = None
    for kind, pattern in _KINDS.items():
        for match in pattern.finditer(text):
            if best is None or match.start() > best[0]:
                best = (match.start(), kind)
    return best[1] if best else None


def other_price(question: str, sentence: str, at: int) -> bool:
    """Does the question ask one kind of price per share and the number's clause name another kind?"""
    asked = _kind(question)
    if asked is None:
        return False
    clause = re.split(r"[，,；;。]", sentence[:at])[-1]
    if asked == "market" and (_PAID_FOR_SHARES.search(clause) or _COUNT_OF_SHARES.match(sentence, at)):
        return True  # "bought back 2.1 million shares for $290 million": the sum paid, not the price of a share
    stated = _kind(clause)
    return stated is not None and stated != asked
