"""A place's plan asked under a name the articles do not write: "临江市新基建行动方案总投资多少".

The article names the plan in full (《临江市新型基础设施建设三年行动方案》) or as "方案"; the question shortens it.
When that name is nowhere, yet it opens with a place the articles do name (临江市) and ends with a word for a
plan, the place is the subject: the figure must still be the place's, of the metric asked.
"""

from __future__ import annotations

import re

__all__ = ["plan_owner"]

_PLACE_PLAN = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,4}?[市省县区州])(?P<plan>[\u4e00-\u9fff]{1,12}"
                         r"(?:方案|规划|计划|行动|工程))$")


def plan_owner(name: str, corpus: str) -> str | None:
    """The place that opens a plan's name, when the articles name the place but not the plan."""
    m = _PLACE_PLAN.match(name)
    if m is None or m.group("place") not in corpus:
        return None
    return m.group("place")
