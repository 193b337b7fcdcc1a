"""English key figures read as a demanding reader reads them: no subject that is a fragment of a clause,
no figure that is not a quantity, no direction a sentence does not state.

Every sentence here is written for the test; each shape was seen on real English pages of the shared
corpus (the audit of 2026-12-07, version 74, in docs/benchmarks.md).
"""

from __future__ import annotations

from tests.figure_helpers import by_text, figures

# ---------------------------------------------------------------- subjects that run into a clause


def test_what_a_share_of_people_do_is_no_part_of_who_they_are() -> None:
    found = figures("About 70 percent of Americans say that the tariffs were a mistake.", lang="en")
    assert by_text(found, "70 percent").subject == "Americans"
    found = figures("Nearly 44 percent of voters want the levy lifted.", lang="en")
    assert by_text(found, "44 percent").subject == "voters"


def test_a_relative_clause_after_a_share_is_no_part_of_its_subject() -> None:
    found = figures("Readers can safely ignore 75% of the online advice they're seeing right now.", lang="en")
    assert by_text(found, "75%").subject == "online advice"


def test_an_adverb_before_a_participle_ends_the_subject() -> None:
    found = figures("The team counted 18 times the number of cells previously reported.", lang="en")
    assert by_text(found, "18 times").subject == "number of cells"


# ---------------------------------------------------------------- numbers that are no quantities


def test_a_persons_age_said_of_oneself_or_in_a_who_clause_is_no_key_figure() -> None:
    assert not any(f.text == "74" for f in figures("I'm 74 and I still drive to work every day.", lang="en"))
    assert not any(f.text == "82" for f in figures("My neighbour, who is 82, sold her home last spring.", lang="en"))
    assert by_text(figures("The firm turned a profit of 82 million euros.", lang="en"), "82 million euros")


def test_a_version_number_is_no_key_figure() -> None:
    found = figures("Rivals rushed out Version 9.0 of their apps, and v2.1 followed.", lang="en")
    assert not any(f.text in ("9.0", "v2", "2.1") for f in found), [f.text for f in found]


def test_a_hundred_percent_said_of_a_person_is_no_share() -> None:
    found = figures("It is a plan that suits you 100%, and I am 100% sure it will work.", lang="en")
    assert not found, [f.text for f in found]
    found = figures("The group owns 100% of the unit, and prices rose 100% in a year.", lang="en")
    assert [f.text for f in found] == ["100%", "100%"]


# ---------------------------------------------------------------- directions a sentence does not state


def test_what_a_thing_can_grow_to_is_no_rise() -> None:
    found = figures("The crew landed a fish that can grow to 500 pounds.", lang="en")
    assert by_text(found, "500 pounds").change is None
    assert by_text(figures("Sales grew to $4 billion.", lang="en"), "$4 billion").change == "up"


def test_a_participle_naming_a_noun_moves_no_later_figure() -> None:
    found = figures("The chain is finding success with a growing stable of house brands — it had more than 100 "
                    "as of last July.", lang="en")
    assert by_text(found, "100").change is None
    assert by_text(figures("The chain's growing stable rose to 100 brands.", lang="en"), "100").change == "up"
