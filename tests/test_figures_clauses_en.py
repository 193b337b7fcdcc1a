"""English clauses whose figure was read as the figure before it (summarizer.figure_clauses_en): written
sentences, never corpus text."""

from __future__ import annotations

import pytest

from tests.figure_helpers import en_figures


def by_text(sentence: str) -> dict:
    return {f.text: f for f in en_figures(sentence)}


def test_a_verbless_clause_after_a_semicolon_names_its_measure() -> None:
    found = by_text("Net sales increased 4.6% to $812.4 million; organic sales up 3.1%")
    assert found["3.1%"].subject == "organic sales" and found["3.1%"].change == "up"
    assert found["4.6%"].subject == "Net sales"


def test_the_prior_year_quarter_is_when_not_what() -> None:
    found = by_text("Net sales were $812.4 million, an increase of 4.6% compared with $776.7 million in the "
                    "prior-year quarter.")
    assert found["$776.7 million"].subject == "Net sales"


def test_a_rival_s_move_is_measured_where_it_happened() -> None:
    found = by_text("Independent stores posted average sales growth of 6.8% last year, outpacing the 2.1% gain "
                    "at the largest chains, according to the council.")
    assert found["2.1%"].subject == "gain at the largest chains"
    assert found["6.8%"].subject == "average sales growth"


@pytest.mark.parametrize("sentence", [
    "The survey found that 61% of independents increased their payroll in 2025, while 14% cut staff.",
    "Of the firms polled, 14% cut staff.",
])
def test_a_share_of_a_group_that_acted_has_no_direction(sentence: str) -> None:
    found = by_text(sentence)["14%"]
    assert found.change is None and found.subject != "cut staff"


@pytest.mark.parametrize("sentence, text, subject, change", [
    ("Revenue fell 14% to $3.4 billion.", "14%", "Revenue", "down"),
    ("Sales climbed 6%, with online sales up 14%.", "14%", "online sales", "up"),
    ("Net income was $48.3 million, compared with $41.0 million in the year-ago quarter.", "$41.0 million",
     "Net income", None),
])
def test_plain_clauses_are_unchanged(sentence: str, text: str, subject: str, change: str | None) -> None:
    found = by_text(sentence)[text]
    assert found.subject == subject and found.change == change


@pytest.mark.parametrize("sentence, subject", [
    ("Orbis Semiconductor on Wednesday forecast quarterly revenue below estimates, sending its shares down 9% in "
     "extended trading.", "Orbis Semiconductor's shares"),
    ("Halden Motors said profit rose, and its shares jumped 6%.", "Halden Motors' shares"),
    ("The company cut its forecast, sending its shares down 9%.", "shares"),  # no name opens the sentence
    ("Analysts said its shares could fall 9%.", "shares"),
])
def test_its_shares_are_the_opening_company_s(sentence: str, subject: str) -> None:
    assert by_text(sentence)["9%" if "9%" in sentence else "6%"].subject == subject
