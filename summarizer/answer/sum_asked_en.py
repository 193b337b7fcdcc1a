"""An English question that asks a sum of money by its deed is answered by a money amount, never by a count.

"How much did Quorra raise?" over "Quorra sold 44 million shares at $25 each, raising $1.1 billion" marked the
44 million: a count of shares is what was sold, not what was raised. "How much" with a deed that moves money
(raise, pay, spend, invest, borrow, earn, cost, fetch, lend, charge, owe) or "how much money/cash" asks an amount
of money: a number written with a currency (a sign before it, "$25", "A$1.3 billion"; or a currency word after it,
"9.8 billion crowns") answers it; a number with neither does not, when the sentence writes one that has.
"""

from __future__ import annotations

import re

__all__ = ["asks_sum_en", "count_for_money", "not_money"]

_SUM_ASKED = re.compile(r"\bhow much (?:money |cash |capital |funding )?(?:did|does|do|will|would|has|have|is|was|could|can)\b"
                        r"[^?]*?\b(?:rais|pa(?:y|id)|spen[dt]|invest|borrow|earn|cost|fetch|lend|lent|charg|owe|fined?\b)"
                        r"|\bhow much (?:money|cash|funding)\b", re.IGNORECASE)
_SIGN_BEFORE = re.compile(r"(?:[$€£¥₹]|\b(?:us|a|c|hk|nz|s)\$|\brmb|\busd|\beur|\bgbp)\s?$", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(r"\s*(?:[mb]illion\s+|trillion\s+|thousand\s+)?(?:u\.s\.\s+)?(?:dollars?|euros?|pounds?|"
                             r"crowns?|kron[ae]r?|yen|yuan|renminbi|rupees?|francs?|won|pence|cents?|reais|pesos?|rand|"
                             r"ringgit|baht|rubles?|roubles?|lira|zloty|dirhams?|riyals?)\b", re.IGNORECASE)


def asks_sum_en(question: str) -> bool:
    """Does the English question ask an amount of money by the deed that moved it?"""
    return _SUM_ASKED.search(question) is not None


def _is_money(sentence: str, span: tuple[int, int]) -> bool:
    start, end = span
    written = sentence[start:end]
    if re.match(r"\s*(?:[$€£¥₹]|(?:us|a|c|hk|nz|s)\$)", written, re.IGNORECASE):
        return True
    return bool(_SIGN_BEFORE.search(sentence[max(0, start - 4):start]) or _CURRENCY_AFTER.match(sentence, end)
                or _CURRENCY_AFTER.search(written))


def not_money(question: str, sentence: str, span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Is the number at `span` no money amount where the question asks one, and the sentence has one among
    `spans`? (With no money amount in the sentence, the number is left to the other checks.)"""
    if not asks_sum_en(question) or _is_money(sentence, span):
        return False
    return any(_is_money(sentence, other) for other in spans)


# A results measure that is always money: revenue, income, profit, earnings, a loss, EBITDA.
_MONEY_MEASURE = re.compile(r"\b(?:revenues?|turnover|income|profits?|earnings|loss(?:es)?|ebitda)\b", re.IGNORECASE)
# What a count counts, right after it: "its 64 stores", "1,200 employees" (not a unit, a scale or a preposition).
_THINGS_AFTER = re.compile(r"\s+(?!(?:million|billion|trillion|thousand|percent|per|points?|basis|pence|cents?|times|"
                           r"a|an|the|of|in|on|at|to|from|and|or|for|by|with|as|than|last|this|next|year|years)\b)"
                           r"[a-z][a-z-]+s\b", re.IGNORECASE)


def count_for_money(question: str, sentence: str, span: tuple[int, int]) -> bool:
    """Is the number at `span` a count of things ("sales in its 64 stores") where the question asks a measure that is
    always money ("What was Ashgrove's full-year revenue?")?"""
    if not _MONEY_MEASURE.search(question) or re.search(r"\bhow many\b", question, re.IGNORECASE):
        return False
    return not _is_money(sentence, span) and _THINGS_AFTER.match(sentence, span[1]) is not None
