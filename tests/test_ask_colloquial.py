"""/ask for the way people ask about profit in English: "How much did X make?" asks its net income."""

from __future__ import annotations

from tests.ask_helpers import ask, first, library

RELEASE = library(
    "release", "Harrowgate Tools quarterly profit rises",
    "Harrowgate Tools reported third-quarter revenue of $1.84 billion on Tuesday, up 9% from a year earlier.",
    "Net income rose to $226 million, or $1.71 a share, from $198 million a year earlier.")


def test_how_much_did_a_company_make_asks_its_profit() -> None:
    assert "$226 million" in first(ask("How much did Harrowgate make in the third quarter?", RELEASE))
    assert "$226 million" in first(ask("How much money did Harrowgate Tools make?", RELEASE))


def test_what_it_made_in_revenue_is_its_revenue_and_another_quarter_is_not_answered() -> None:
    assert "$1.84 billion" in first(ask("How much did Harrowgate make in revenue in the third quarter?", RELEASE))
    assert ask("How much did Harrowgate make in the second quarter?", RELEASE).abstained


def test_what_was_made_after_make_is_asked_not_the_profit() -> None:
    # "make in fees", "make per share", "make on the sale" name another figure than the net income.
    bank = library(
        "bank", "Brightwater Bank third-quarter profit rises 9%",
        "Brightwater Bank reported third-quarter net income of $412 million, up 9% from a year earlier.",
        "The bank sold its card unit to Halden Group, booking a gain of $95 million.",
        "Fee income was little changed.")
    for question in ("How much did Brightwater Bank make in fees?", "How much did Brightwater Bank make per share?",
                     "How much did Brightwater Bank make in interest income?"):
        found = ask(question, bank)
        assert found.abstained or "$412 million" not in found.sentences[0].text, question
    assert "$412 million" in first(ask("How much did Brightwater Bank make in the third quarter?", bank))
    assert "$412 million" in first(ask("How much did Brightwater Bank make last quarter?", bank))
