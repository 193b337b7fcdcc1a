"""A part of a statement cut at "；" with no subject of its own belongs to the statement it continues.

"11月份，…PPI同比下降1.9%，降幅比上月收窄0.4个百分点；环比上涨0.1%。" is split at its "；": the second part, "环比上涨
0.1%。", is PPI's, although the line before the statement ("…；非食品价格上涨0.4%。") names 非食品. A name asked is
answered by such a part only when the statement names it (the part itself or the parts before it, up to the line
that ends in "。"; a list opened by 其中 with the line that leads it), or the story does (its title or opening).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.answer.names import entity_in

if TYPE_CHECKING:
    from summarizer.answer.asked import Constraints
    from summarizer.answer.context import Context

__all__ = ["outside_statement"]

_LIST_END = ("；", ";")
_LIST_OPENER = re.compile(r"^\s*(?:其中|包括|分别)")


def outside_statement(constraints: Constraints, ctx: Context) -> bool:
    """Is the sentence a Chinese "；"-continuation whose statement and story do not name a subject asked?"""
    if not ctx.preceding or not ctx.preceding[0].rstrip().endswith(_LIST_END) or not re.search(r"[\u4e00-\u9fff]", ctx.sentence):
        return False
    statement = [ctx.sentence]
    rest = list(ctx.preceding)
    while rest and rest[0].rstrip().endswith(_LIST_END):
        statement.append(rest.pop(0))
    if rest and _LIST_OPENER.match(statement[-1]):
        statement.append(rest[0])  # "星河汽车11月销量3万辆。其中新能源车2万辆；出口0.8万辆；": the lead names it
    story = (*statement, ctx.title, *ctx.opening)
    return any(not any(entity_in(e, t) for t in story if t) for e in constraints.entities if e.subject)
