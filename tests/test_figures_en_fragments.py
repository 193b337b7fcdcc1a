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
    # (written15: a share of a group names what the group does, as a whole phrase, summarizer.figure_groups_en;
    # never the clause cut short, "voters want the")
    found = figures("Nearly 44 percent of voters want the levy lifted.", lang="en")
    assert by_text(found, "44 percent").subject == "voters who want the levy lifted"


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


# ---------------------------------------------------------------- subjects that name the wrong thing


def test_where_a_place_lies_is_no_key_figure_and_a_compass_point_no_subject() -> None:
    found = figures("The patient was taken to a clinic around 185 miles northwest of the capital.", lang="en")
    assert not any(f.text == "185 miles" for f in found)
    found = figures("Three cases were found, 20 km south of the city.", lang="en")
    assert not any(f.text == "20 km" for f in found)


def test_an_opening_clause_of_manner_lends_no_subject() -> None:
    found = figures("Besides having more oomph, the maker said that the new 2.0-liter will use less fuel.", lang="en")
    assert by_text(found, "2.0-liter").subject is None


def test_what_a_new_thing_replaces_is_not_the_new_thing() -> None:
    found = figures("A new 2.0-liter, four-cylinder engine replaces the previous 1.8-liter unit.", lang="en")
    assert by_text(found, "1.8-liter").subject is None


def test_a_region_named_by_a_compass_point_stays_the_subject() -> None:
    found = figures("Sales in the South rose 4.1%, while the West fell 0.9%.", lang="en")
    assert by_text(found, "0.9%").subject in ("West", "the West")


def test_a_verb_after_people_counted_is_no_part_of_them() -> None:
    found = figures("Around 75 to 100 people view his profile a week.", lang="en")
    assert by_text(found, "75 to 100").subject == "people"
    found = figures("The party's top 10 face off in Atlanta, and 12 face masks were sold.", lang="en")
    assert by_text(found, "10").subject is None
    assert by_text(found, "12").subject == "face masks"


def test_an_adverb_and_participle_after_an_amount_name_nothing() -> None:
    found = figures("The offer fell short of the $20 reportedly demanded by the founder.", lang="en")
    assert by_text(found, "$20").subject is None


def test_a_quotation_mark_does_not_hide_what_an_amount_is_in() -> None:
    found = figures("He expects to wring as much as $300 million in “synergies” from the deal.", lang="en")
    assert by_text(found, "$300 million").subject == "synergies"


# ---------------------------------------------------------------- the same amount twice, and bases


def test_a_conversion_in_brackets_is_the_same_amount_again() -> None:
    found = figures("The cat had traveled more than 1,200 miles (1,931 kilometers) from its home.", lang="en")
    assert [f.text for f in found] == ["1,200 miles"]
    found = figures("Revenue was $5 billion (€4.6 billion) in the year.", lang="en")
    assert [f.text for f in found] == ["$5 billion"]


def test_a_currency_or_price_basis_is_no_subject() -> None:
    found = figures("Revenue rose 12% to $2 billion, up 3% in constant currency.", lang="en")
    assert by_text(found, "3%").subject != "constant currency"
    assert by_text(figures("It invested $5 billion in real estate.", lang="en"), "$5 billion").subject == "real estate"


def test_the_day_of_an_event_before_a_semicolon_dates_no_later_share() -> None:
    found = figures("That deal closed in June 2018; Dr. Reyes remains a major holder, with 24.4% of the company "
                    "as of March 20.", lang="en")
    assert by_text(found, "24.4%").period is None


def test_an_amount_named_again_with_the_is_said_once() -> None:
    from summarizer import analyze

    text = ("Acme agreed to buy Beta Corp for $5 billion in cash on Monday, its largest purchase so far. "
            "The $5 billion deal is expected to close in March, the company said. Acme shares rose 3%.")
    shown = [f for f in analyze(text, lang="en").figures if f.kind == "figure" and f.text == "$5 billion"]
    assert len(shown) == 1


# ---------------------------------------------------------------- key sentences


def test_a_pages_own_dateline_does_not_open_its_first_key_sentence() -> None:
    from summarizer import analyze

    text = ("Springfield, Ill. – Several thousand teachers wearing red surrounded the state house on Tuesday to call "
            "for better pay. The union said it was the largest such protest in years.")
    assert analyze(text, lang="en").sentences[0].text.startswith("Several thousand teachers")
    text = ("Springfield – Several thousand teachers wearing red surrounded the state house on Tuesday to call for "
            "better pay. The union said it was the largest such protest in years.")
    assert analyze(text, lang="en").sentences[0].text.startswith("Springfield")  # one name may be the subject
    text = ("Houston, Texas, United States: Getting to the Moon, while not easy, has been done. Staying there "
            "is another matter, the agency said.")
    assert analyze(text, lang="en").sentences[0].text.startswith("Getting to the Moon")
    text = "Acme — The company said on Monday that revenue rose in the quarter. It was a good quarter for it."
    assert analyze(text, lang="en").sentences[0].text.startswith("Acme")


def test_the_period_after_a_move_dates_where_it_went_not_its_start() -> None:
    found = figures("Revenue rose from $4 billion to $5 billion in 2023.", lang="en")
    assert by_text(found, "$4 billion").period is None
    assert by_text(found, "$5 billion").period == "in 2023"
    assert by_text(figures("Sales grew 5% to $2 billion in 2023.", lang="en"), "5%").period == "in 2023"
