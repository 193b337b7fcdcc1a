"""An amount per unit (0.07元/W, 3846元/吨, $1.20 per share) is never a total asked for.

"二季度归母净利润是多少" asks the company's profit; "单瓦盈利为0.07-0.08元/W" is a profit per watt and
shares the metric's word (盈利), so every other check passes it. A total metric (revenue, profit,
volume …) is answered only by a number that is not divided by a unit.
"""

from __future__ import annotations

import re

__all__ = ["per_unit"]

_PER_INSIDE = re.compile(r"/\s*[A-Za-z\u4e00-\u9fff]")
# After the number: the rest of a range (0.07-0.08), a currency, then the unit divided by.
_PER_AFTER = re.compile(r"(?:\s*[-–~～至到]\s*[\d.,]+)?\s*(?:[万亿]?(?:元|美元|港元|人民币))?"
                        r"\s*(?:/\s*[A-Za-z\u4e00-\u9fff]|每(?:股|瓦|吨|台|辆|人|件|平方米)|\s(?:per|a)\s(?:share|unit|ton|tonne|watt)\b)")


def per_unit(sentence: str, span: tuple[int, int]) -> bool:
    """Is the number at `span` an amount per unit?"""
    return bool(_PER_INSIDE.search(sentence[span[0]:span[1]]) or _PER_AFTER.match(sentence, span[1]))
