"""Whom an English story's unnamed lines are about when a fact (not a number) is asked: the company its title names
first. "What adjusted EBITDA does Carrick expect?" is not answered by "Adjusted EBITDA was $452 million" in a story whose
title leads with Marlow and names Carrick only as the rival that lags; a line that names nobody is Marlow's. Used by
/ask only (`constraints`), for sentences that name no one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.answer.requirements import Constraints
from summarizer.answer.clause_owners import claimers
from summarizer.answer.names import occurrences

if TYPE_CHECKING:
    from summarizer.answer.context import Context

__all__ = ["title_leads_with_another"]


def title_leads_with_another(constraints: Constraints, ctx: Context) -> bool:
    """Does the English title name first a company that is not asked, while the sentences just before name none
    asked?"""
    if re.search(r"[\u3400-\u9fff]", ctx.sentence) or not ctx.title or any(
            occurrences(e, text) for e in constraints.entities for text in (ctx.sentence, *ctx.preceding[:3])):
        return False
    index = len(ctx.preceding[:3])
    raw = ctx.around[index] if len(ctx.around) > index else ctx.title
    asked = [(s, e) for entity in constraints.entities for s, e, _ in occurrences(entity, ctx.title)]
    names = [(s, True) for s, _ in asked] + [(s, False) for s, e, _ in claimers(ctx.title, raw, True)
                                              if not any(a < e and s < b for a, b in asked)]
    return bool(names) and min(names, key=lambda n: (n[0], not n[1]))[1] is False
