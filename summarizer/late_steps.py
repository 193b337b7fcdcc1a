"""A story's next step keeps its weight however late it stands.

The lead prior (summarizer.textrank) lifts the first lines of a text: in news the result comes
first. The next step of a story (summarizer.next_steps: an appeal, a deal's expected closing, a
company's shares resuming trade) is the exception: it is told last, after the decision and its
reasons, yet a reader of a court, penalty or deal story wants it right after the decision. Its
news value (a result's and half again) was not enough to pass the background near the lead when it
stood 7th or later, where the lead prior is a third of the top line's. So a next-step line is
weighed by its place as if it stood at the top.

On the hand-labelled key-point sets (docs/benchmarks.md) this gains 4 points on the fresh sets
and loses 2 (a deal's premium and a close date giving way to each other), with the main and
held-out sets unchanged.

A brokerage note's own act on its capital (summarizer.actions_zh: a stake bought, money raised, a
buyback, shares granted, with its terms) is told last in the same way, after the results, segments
and costs, and is weighed the same way: one more point on each of the main, held-out, fresh4 and
fresh5 sets, none lost (its value alone, without the place, moves no point).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from summarizer.actions_zh import states_company_action_zh
from summarizer.next_steps import states_next_step

__all__ = ["position_factors"]


def position_factors(texts: Sequence[str], lang: str, lead: np.ndarray, position_weight: float,
                     next_step_share: float) -> np.ndarray:
    """The lead prior's factor of each line (1 + weight × lead / top lead); a next step's or a Chinese
    company act's at least `next_step_share` of the top line's (0 leaves it where it stands)."""
    factors = 1.0 + position_weight * lead / lead.max()
    if next_step_share <= 0:
        return factors
    floor = next_step_share * (1.0 + position_weight)
    steps = np.array([states_next_step(text, lang) or states_company_action_zh(text, lang) for text in texts], dtype=bool)
    return np.where(steps, np.maximum(factors, floor), factors)
