"""/ask: "What is the U.S. unemployment rate in the report?" asks a figure. A sentence that speaks of unemployment
but states no number does not answer it (before, it was cited as the answer). The text is made up."""

from __future__ import annotations

from tests.ask_helpers import ask, library

REPORT = library("report", "Who gets ahead",
                 "A new report by the Harlan Institute compared 12 rich countries.",
                 "Canada ranked near the bottom based on the levels of unemployment among adults of prime working age.",
                 "The study took the ratio of employed adults between the ages of 25 and 54 to the population.")


def test_a_rate_asked_needs_a_number() -> None:
    assert ask("What is the Canada unemployment rate in the report?", REPORT).abstained
    assert ask("What is Canada's unemployment rate?", REPORT).abstained
