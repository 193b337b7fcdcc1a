"""The deed a Chinese size or sum is of ("发行规模", "到期的规模", "募集资金总额"): a question that names its deed
("江屿城投本期公司债发行规模是多少") is not answered by the same head word of another deed ("其中一年内到期的规模为74.2亿元").
The head alone is too loose for a bond story, where one company's 规模 is issued, outstanding and falling due."""

from __future__ import annotations

import re

__all__ = ["other_deed_of_head"]

_DEED = "发行|到期|募集|存续|成交|交易|融资|认购|回购|减持|增持|注册|赎回|兑付|转股"
_DEED_RE = re.compile(_DEED)
_DEED_BEFORE = re.compile(rf"({_DEED})的?$")


def other_deed_of_head(head: str | None, head_qualifier: str | None, sentence: str, at: int) -> bool:
    """Is the head word nearest before `at` written right after a deed other than every deed the question
    gives it? Only when the question names a deed for its head; a head with no deed before it is left alone."""
    if not head or not head_qualifier:
        return False
    asked = set(_DEED_RE.findall(head_qualifier))
    if not asked:
        return False
    where = sentence.rfind(head, 0, at)
    if where < 0:
        return False
    deed = _DEED_BEFORE.search(sentence, 0, where)
    return deed is not None and deed.group(1) not in asked
