"""What a company does about its numbers, in an English story: it changes its forecast, cuts
jobs, pays or buys back more, spends more or saves more.

An earnings or deal story states its result first and then adds metric after metric (net income,
margin, segment sales); the summary took those, which repeat the result, and left out the line
that says what the company now does: "The company also lowered its 2025 production forecast to …",
"Tessaro said it would cut about 800 jobs", "The insurer raised its quarterly dividend by 5 cents
to 68 cents a share", "aiming to save 600 million euros a year by 2027". On the hand-labelled
English main-point sets 19 of the 22 such lines carry a main point (16% of the other lines do),
and the summary left out 6 of them that carry one (with the bonus, 2). summarizer.roles gives such a line a result's
value and one and a half again (ACTION_BONUS), more than a next step: it is a fact of its own.

Every rule reads the line's own words, never a particular document.
"""

from __future__ import annotations

import re

__all__ = ["states_company_action"]

_ABOUT = r"(?:about |roughly |some |nearly |around |up to |more than |approximately )?"
_ACTION_EN = re.compile(
    # "will cut about 1,200 jobs", "shed 900 positions"
    # ("manufacturing shed 9,000 jobs" in a jobs report is the economy's result, not a company's act)
    rf"\b(?:will|would|to|plans to|is|are)\s(?:cut|cutting|eliminate|eliminating|shed|shedding|lay off|laying off)"
    rf"\s{_ABOUT}[\d,]+\s"
    r"(?:jobs|positions|roles|workers|employees|staff)\b"
    # "lowered its 2025 production forecast", "raised its quarterly dividend", "lowered its 2026 capital budget"
    r"|\b(?:raised?|raising|lowered|lower|lowering|cut|cuts|narrowed|reaffirmed|trimmed|boosted|increased|slashed)"
    r"\s(?:its |their )?(?:[\w-]+\s){0,5}(?:forecast|guidance|outlook|budget|dividend|capital spending)\b"
    # "plans to raise capital spending to …"
    r"|\b(?:raise|increase|cut|lower)\scapital\s(?:spending|expenditure)\b"
    r"|\bbuy ?backs?\b|\bshare repurchases?\b|\bbuy back\b"
    # "cost savings of about $180 million", "to save 600 million euros a year"
    rf"|\b(?:cost\s)?sav(?:e|ings)\s(?:of\s)?{_ABOUT}[$€£]?[\d.,]+\s(?:million|billion)",
    re.IGNORECASE,
)


def states_company_action(text: str, lang: str) -> bool:
    """An English line that says what a company does about its numbers: a changed forecast,
    job cuts, a dividend or buyback, capital spending, cost savings."""
    return lang == "en" and bool(_ACTION_EN.search(text))
