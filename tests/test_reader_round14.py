"""What a reader asked of a container line's results story written for this test: each answer that
was refused although the text states it, or that gave a result for a forecast, is a class."""

from __future__ import annotations

from summarizer.answer import answer
from tests.ask_helpers import library

STORY = library(
    "keel", "Keelwater Lines swings to a loss as rates slump",
    "Keelwater Lines, the sixth-largest container carrier, reported a third-quarter net loss of $214 million on "
    "Thursday, compared with a profit of $860 million a year earlier.",
    "Revenue fell 24% to $3.2 billion, below the $3.5 billion analysts had expected, according to LSEG data.",
    "The Bergen-based company cut its full-year outlook for underlying earnings before interest, taxes, depreciation "
    "and amortization (EBITDA) to between $0.9 billion and $1.2 billion, from $1.6 billion to $2.0 billion previously.",
    "Shares of Keelwater fell 6.1% to 233 Norwegian crowns, their lowest since May 2021.",
)


def _highlight(question: str) -> str | None:
    found = answer(question, STORY)
    if found.abstained:
        return None
    first = found.sentences[0]
    return first.text[first.highlight[0]:first.highlight[1]] if first.highlight else first.text


def test_shares_of_a_named_company_are_its_own_not_a_line_of_it() -> None:
    assert _highlight("How much did the shares fall?") == "6.1%"


def test_a_new_outlook_is_dated_by_new_not_narrowed() -> None:
    assert _highlight("What is the new EBITDA outlook?") == "$0.9 billion"


def test_an_ebitda_outlook_answers_a_forecast_question() -> None:
    # "forecast" and "outlook" name the same thing; EBITDA is guided on as "underlying EBITDA".
    assert _highlight("What is the EBITDA forecast?") == "$0.9 billion"


def test_a_result_never_answers_a_forecast_question() -> None:
    # "expected" belongs to the analysts' figure of a later clause, not to the $3.2 billion of revenue.
    assert _highlight("What is the revenue forecast?") in (None, "$3.5 billion")
    assert _highlight("What was revenue?") == "$3.2 billion"


def test_what_analysts_expected_is_not_the_companys_guidance() -> None:
    assert _highlight("What is Keelwater's revenue guidance?") is None


def test_an_english_refusal_writes_acronyms_as_a_reader_does() -> None:
    found = answer("What was Keelwater's EBITDA?", library(
        "k", "Keelwater results", "Keelwater Lines reported revenue of $3.2 billion and EBITDA margins that narrowed."))
    assert found.abstained
    assert found.asked == "Keelwater's EBITDA"
