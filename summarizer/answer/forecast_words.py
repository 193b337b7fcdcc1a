"""The words that make a question ask what is expected, planned or would happen.

Two places read them: the constraint check (a forecast, a plan or what a scenario would bring answers only
a question that asks one) and the highlight of a sentence that states a level now beside a forecast (the level
now is marked unless a forecast is asked). Each once kept its own copy, and the copies drifted: "would" ("What
would the ratio fall to under the scenario?") was a forecast asked for one and not for the other. One
definition keeps the two readings of a question the same.
"""

from __future__ import annotations

import re

__all__ = ["FORECAST_ASKED", "asks_forecast"]

FORECAST_ASKED = re.compile(r"expect|forecast|guidance|outlook|project|predict|estimate|target|\bwill\b|\bwould\b|\bsee\b"
                            r"|\bplan|预计|预测|预期|预估|目标|指引|展望|有望|可望|将", re.IGNORECASE)


def asks_forecast(question: str) -> bool:
    """Does the question ask for a forecast, a target, a plan or what would happen?"""
    return bool(FORECAST_ASKED.search(question))
