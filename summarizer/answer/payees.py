"""The one paid is not the one fined. "What fine did the court impose on Velisse?" is not answered by "a Paris court
ordered Norventa's French unit to pay 42 million euros in damages to parts supplier Velisse SA": Velisse is owed the
sum, it pays nothing. A question that asks what a named party is fined or pays is not answered by a sentence that names
that party only as the one a sum is paid, awarded or refunded to (to …, 向…支付/赔偿)."""

from __future__ import annotations

import re

__all__ = ["named_only_as_payee"]

# A question about a sum the party pays: a fine or penalty on it, what it paid.
_PAYER_ASKED_EN = re.compile(r"\b(?:fine[sd]?|penalt(?:y|ies)|sanctions?)\b")
_PAYER_ASKED_ZH = re.compile(r"罚款|罚金|处罚|被罚|罚没")
_PAY_EN = r"(?:pay|pays|paid|paying|award|awards|awarded|owe|owes|owed|refund|refunds|refunded|compensate[sd]?|reimburse[sd]?)"


def _payee_in_question(question: str, name: str) -> bool:
    """"How much must Norventa pay Velisse?", "…fine paid to Velisse": the question itself asks what the party gets."""
    n = re.escape(name)
    return re.search(rf"\b{_PAY_EN}\s+(?:to\s+)?{n}|\bto\s+{n}|向{n}|给{n}", question) is not None


def _as_payee(sentence: str, start: int) -> bool:
    before = sentence[max(0, start - 120):start]
    clause = re.split(r"[;；。]", before)[-1]
    if re.search(rf"\b{_PAY_EN}\b[^;]*?\bto\s+(?:[\w'.&-]+\s+){{0,4}}$", clause):
        return True  # "to pay 42 million euros in damages to parts supplier Velisse"
    if re.search(rf"\b{_PAY_EN}\s+$", clause):
        return True  # "ordered to compensate Velisse"
    return bool(re.search(r"(?:向|给)$", clause)) and re.match(r"\S{0,12}?(?:支付|赔偿|赔付|退还)", sentence[start:]) is not None


def named_only_as_payee(question: str, sentence: str, names: tuple[str, ...]) -> bool:
    """Is every mention of the asked party in `sentence` (folded, lower case) the one a sum goes to, while the question
    asks what the party is fined or pays?"""
    if not (_PAYER_ASKED_EN.search(question) or _PAYER_ASKED_ZH.search(question)):
        return False
    for name in names:
        if len(name) < 2 or _payee_in_question(question, name):
            continue
        spots = [m.start() for m in re.finditer(re.escape(name), sentence)]
        if spots and all(_as_payee(sentence, at) for at in spots):
            return True
    return False
