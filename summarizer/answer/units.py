"""A question for an amount of money is not answered by a count: "变压器品类中标金额是多少" is not
answered by "共涉及…等18个品类", nor "合同金额" by "3个项目". The unit written after the number tells."""

from __future__ import annotations

import re

__all__ = ["en_amount_asked", "money_not_count"]

# (价值 asks money; 新业务价值率 a rate of it.)
_MONEY_ASKED = re.compile(r"金额|总额|(?<![数])额(?:是|有|为|多少|约)|多少钱|资金|价值(?!率)")
# (个百分点 and 个基点 are a rate's move, no count of things.)
_COUNT_AFTER = re.compile(r"[\d.,]*\s*[十百千万亿]?\s*(?:个(?!百分点|基点)|家|项|辆|台|人|件|款|座|条|宗|批|类|套|次|户|名|位|只|份|所|艘|架)")


def money_not_count(question: str, sentence: str, at: int) -> bool:
    """False when the question asks an amount of money and the number at `at` counts things."""
    if not _MONEY_ASKED.search(question):
        return True
    return not _COUNT_AFTER.match(sentence, at)


# An English question for an amount of money that is no rate ("What is the average salary?", "the bail"), unless
# it asks how the amount moved or what share it is.
_EN_AMOUNT_ASKED = re.compile(r"\b(?:salary|salaries|wages?|pay|paycheck|bail|fee|fees|budget|price tag)\b")
_EN_MOVE_ASKED = re.compile(r"\b(?:rise|raise|increase|hike|growth|grow|cut|decline|fall|drop|change|gap|percent|percentage"
                            r"|share|rate|ratio|margin|yield)s?\b|%")


def en_amount_asked(question: str) -> bool:
    """Does the (folded) English question ask an amount of money, never answered by a percentage?"""
    return bool(_EN_AMOUNT_ASKED.search(question)) and not _EN_MOVE_ASKED.search(question)
