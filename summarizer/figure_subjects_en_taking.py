"""English clauses that name a new total after a change: ", taking its headcount to 3.18 lakh".

"It added 3,412 employees, taking its headcount to 318,000", "raised its dividend to 9.4p, bringing
the full-year payout to 13.6p": the participle names what the second figure is (the headcount, the
payout); carrying the first figure's subject (or the sentence before's) over to it is wrong.
"""

from __future__ import annotations

import re

_TAKING_RE = re.compile(
    r"(?:,|\band)\s+(?:taking|bringing|lifting|raising|pushing|lowering|reducing|cutting)\s+"
    r"(?:(?:its|their|the|his|her)\s+)?((?:[A-Za-z][\w\-]*\s+){0,3}[A-Za-z][\w\-]*)"
    # ("bringing the annual bill for a typical household paying by direct debit to £1,717": the bill;
    # "bringing deliveries for the first ten months to 401,200 units" keeps its owner, not read here)
    r"(?:\s+(?:for|of|on)\s+(?:a|an|each)\s+(?:[\w\-]+\s+){0,8}?[\w\-]+)?\s+to\s+(?:about\s+|around\s+|roughly\s+)?$")
# Counts that say what they count ("3,412 employees", "800 workers"): an "It" in front is the actor.
COUNTING_UNITS = frozenset({"jobs", "vehicles", "passengers", "units", "TEU", "employees", "workers"})


def taking_subject(text_before: str) -> str | None:
    """What a figure right after ", taking its X to" measures (X), or None."""
    m = _TAKING_RE.search(text_before)
    if not m or m.group(1).lower() in ("it", "them", "this", "that", "total"):
        return None
    return m.group(1)


# "its Irish business posted sales of €3.2 billion", "its cloud unit reported revenue of $9 billion":
# the segment's sales, not the group's.
_SEGMENT_RE = re.compile(
    r"\b(?:its|their)\s+((?:[\w\-]+\s+){1,3}?)(business|unit|division|segment|arm|operations)\s+"
    r"(?:posted|reported|generated|recorded|delivered|booked|had)\s+(?:[\w\-]+\s+){0,3}$")


def segment_subject(clause_before: str, subject: str | None) -> str | None:
    """"Irish business sales" for a bare metric reported by a segment named in the clause, or None."""
    m = _SEGMENT_RE.search(clause_before)
    if not m or not subject or not re.fullmatch(r"[a-z][\w\- ]*", subject):
        return None
    return f"{m.group(1)}{m.group(2)} {subject}"
