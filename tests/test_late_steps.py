"""A story's next step keeps its weight however late it stands (summarizer.late_steps).
Sentences written for the test: a deal story whose closing date is told last."""

from __future__ import annotations

import numpy as np

from summarizer import analyze
from summarizer.late_steps import position_factors

LINES = [
    "Harrow Tools agreed to buy Calder Pumps for $2.4 billion in cash, the companies said on Monday.",
    "Calder's revenue rose 4% to $610 million last year, and its profit rose 6% to $88 million.",
    "Harrow's own sales grew 7% to $5.1 billion in the year to September.",
    "Calder makes industrial pumps for water utilities and chemical plants in 14 countries.",
    "The company was founded in 1962 by two engineers in a garage in Ohio.",
    "Harrow has spent the last decade adding smaller makers of valves and meters.",
    "Analysts have long described the pump market as crowded and slow to change.",
    "Calder's chief executive, Nina Ross, joined the company in 2015 from a rival.",
    "The two companies have worked together on a water project in Texas since 2019.",
    "The deal is expected to close in the second quarter of 2027, subject to approval by Calder shareholders.",
]


def test_a_late_next_step_is_weighed_as_the_top_line() -> None:
    lead = 0.15 + np.exp(-np.arange(len(LINES)) / 2.0)
    factors = position_factors(LINES, "en", lead, 2.0, 1.0)
    assert factors[-1] == factors[0] == 3.0  # the closing date, told last, counts as if first
    assert factors[-2] < 1.5  # a background line beside it keeps its late place


def test_without_a_share_nothing_moves() -> None:
    lead = 0.15 + np.exp(-np.arange(len(LINES)) / 2.0)
    assert np.allclose(position_factors(LINES, "en", lead, 2.0, 0.0), 1.0 + 2.0 * lead / lead.max())


def test_the_closing_date_told_last_is_shown_with_the_deal() -> None:
    shown = [s.text for s in analyze("\n".join(LINES), max_sentences=3).sentences]
    assert any("$2.4 billion" in line for line in shown)
    assert any("expected to close" in line for line in shown)
