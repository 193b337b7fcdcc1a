"""English keywords that are a part of a name are shown as the name, in lower case as the common
word, or not at all (`summarizer.keyword_names_en`). Texts written for these tests."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.keyword_names_en import name_part, whole_names

CENTRAL_BANK = (
    "The People's Bank of China cut the reserve requirement ratio on Friday. "
    "The People's Bank of China said the cut would release long-term liquidity to lenders. "
    "Analysts at Harwick Securities said the cut came earlier than expected. "
    "Mr Lindqvist, a strategist, said the Federal Reserve would watch the move. "
    "The Federal Reserve has held its own rates since June. "
    "Mr Lindqvist added that lenders would pass the cut on to borrowers."
)


def test_a_word_written_only_inside_a_name_is_shown_as_the_name() -> None:
    kept = whole_names([("Bank", 1.0), ("People", 0.9), ("Reserve", 0.8), ("Federal", 0.7)], CENTRAL_BANK)
    assert kept == [("People's Bank of China", 1.0), ("Federal Reserve", 0.8)]


def test_a_surname_written_alone_stays_and_a_name_written_once_is_shown_whole() -> None:
    """"Lindqvist" follows "Mr" (no part of the name); "Harwick" is written in one name only
    ("Harwick Securities", once): that name is shown."""
    assert not name_part("Lindqvist", CENTRAL_BANK)
    assert whole_names([("Lindqvist", 1.0), ("Harwick", 0.5)], CENTRAL_BANK) == [
        ("Lindqvist", 1.0), ("Harwick Securities", 0.5)]


def test_an_owner_ends_a_name_and_a_possessive_is_not_shown() -> None:
    text = ("Hong Kong's Hang Seng Index fell 2%. Traders in Hong Kong sold property shares. "
            "The Hang Seng Index closed at its low.")
    assert whole_names([("Kong", 1.0), ("Hang Seng", 0.5)], text) == [("Hong Kong", 1.0), ("Hang Seng Index", 0.5)]


def test_a_name_part_the_text_also_writes_as_a_common_word_is_shown_in_lower_case() -> None:
    """"Bank" is written in two names, once each, and twice as the common word."""
    text = ("The Reserve Bank of Westmark raised its rate to 4%. The bank said prices rose. "
            "The Bank of Eastmark held. The bank will meet again in May.")
    assert whole_names([("Bank", 1.0)], text) == [("bank", 1.0)]


def test_a_title_case_headline_names_nothing() -> None:
    text = "Central Bank Holds Rates As Prices Cool\nThe Bank said little. The Bank meets in May."
    assert not name_part("Bank", text)


@pytest.mark.parametrize("word", ["bank", "rates", "Apple"])
def test_a_lower_case_or_lone_word_is_no_name_part(word: str) -> None:
    text = "Apple sold more phones. Apple Inc. said rates rose. The bank lent more. Apple shares rose."
    assert not name_part(word, text)


def test_analyze_shows_no_part_of_a_name_among_english_keywords() -> None:
    keywords = [k.word for k in analyze(CENTRAL_BANK, lang="en").keywords]
    parts = {"Bank", "People", "Reserve", "Federal", "China"}
    assert not parts & set(keywords)
    assert any(word in keywords for word in ("People's Bank of China", "Federal Reserve"))


def test_a_phrase_keyword_is_shown_as_written() -> None:
    """The phrase took each word's first case: "reserve" of "reserve ratio" made "Federal reserve"."""
    keywords = [k.word for k in analyze(CENTRAL_BANK, lang="en").keywords]
    assert "Federal reserve" not in keywords and "Federal Reserve" in keywords


def test_a_short_company_name_stays_and_a_title_goes() -> None:
    """"Harborview" is written alone too ("Shares of Harborview"): kept. "Governor" opens a
    person's name: a title, no keyword; "Bank", in one name written once, is shown as that name."""
    text = ("Harborview Bancorp said profit rose 8%. Governor Alan Whitby of the Bank of Northland spoke.\n"
            "Shares of Harborview rose 3%.")
    assert whole_names([("Harborview", 1.0), ("Governor", 0.8), ("Bank", 0.5)], text) == [
        ("Harborview", 1.0), ("Bank of Northland", 0.5)]


def test_a_word_of_two_names_written_once_each_goes() -> None:
    text = "Freight rates on the U.S. West Coast rose 4%. Rates on the East Coast fell 2%."
    assert whole_names([("Coast", 1.0), ("rates", 0.5)], text) == [("rates", 0.5)]


def test_a_name_part_beside_its_whole_name_goes() -> None:
    text = ("The Amsterdam Light Festival opened on Friday. The Amsterdam Light Festival runs to May.\n"
            "Visitors to the Light Festival walked the canals.")
    assert whole_names([("Amsterdam Light Festival", 1.0), ("Light Festival", 0.5)], text) == [
        ("Amsterdam Light Festival", 1.0)]


def test_the_head_noun_of_a_name_with_of_is_no_short_name() -> None:
    """"Bank" opens "Bank of Northland" and "Bank of Eastmark": a head noun, no short name."""
    text = "Rates at the Bank of Northland stayed at 4%. The Bank of Eastmark cut. Northland's banks lent more."
    assert whole_names([("Bank", 1.0), ("Northland", 0.5)], text) == [("Northland", 0.5)]


def test_a_phrase_written_so_keeps_its_case() -> None:
    text = "Heat pump sales rose. The heat pump market grew 4%. A heat pump costs less to run."
    assert whole_names([("heat pump", 1.0)], text) == [("heat pump", 1.0)]


def test_a_name_going_on_after_and_is_not_shown_cut() -> None:
    text = ("Researchers at the Center on Poverty and Social Policy counted families. Child poverty "
            "fell. The fall in poverty was the largest on record.")
    assert whole_names([("Poverty", 1.0)], text) == [("poverty", 1.0)]
