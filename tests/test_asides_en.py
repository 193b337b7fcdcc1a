"""English lines beside the news (summarizer.asides_en): a release's background on the condition
it treats, and the view an analysis argues against. Sentences written for the test."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.asides_en import (
    cites_other_view,
    explains_term,
    no_comment,
    states_background,
    states_consensus,
    states_market_activity,
)
from summarizer.roles import news_value


@pytest.mark.parametrize("text, expected", [
    ("Chronic kidney disease is a leading cause of hospital admissions, with about 90,000 stays a year.", True),
    ("Migraine remains one of the most common forms of disability among adults under 50.", True),
    ("Psoriasis affects up to 3% of adults in Europe.", True),
    ("The company is a leading maker of water pumps.", False),  # who the company is, not a condition
    ("Revenue rose 5% to $3.2 billion.", False),
    ("Rising rents are a growing worry for the city council.", False),
])
def test_background(text: str, expected: bool) -> None:
    assert states_background(text, "en") is expected


@pytest.mark.parametrize("text, expected", [
    ("Optimists point to the 2015 recovery, when exports doubled within two years.", True),
    ("Supporters of the bill argue that it will lower prices.", True),
    ('"Bulls say the rally has further to run.', True),
    ("Critics said the decision weakened protections for savers.", False),  # news: a reaction to it
    ("Analysts point to a 12% rise in orders.", False),
])
def test_other_view(text: str, expected: bool) -> None:
    assert cites_other_view(text, "en") is expected


def test_not_in_chinese() -> None:
    assert not states_background("糖尿病是导致失明的主要原因之一。", "zh")


def test_an_aside_ranks_below_the_news() -> None:
    aside = "Chronic kidney disease is a leading cause of hospital admissions, with about 90,000 stays a year."
    news = "The drug cut hospital admissions by 31% in a trial of 2,400 patients."
    assert news_value(aside, "en") < news_value(news, "en")
    assert news_value("Optimists point to a 12% rise in new orders in March.", "en") < \
        news_value("New orders rose 12% in March.", "en")


def test_a_release_shows_its_plan_not_its_background() -> None:
    text = ("OSLO, June 2, 2026 -- Velmara Bio today announced that its Phase 3 trial of VB-17 in chronic "
            "kidney disease met its primary endpoint, slowing the decline in kidney function by 38% against placebo.\n"
            "Chronic kidney disease is a leading cause of hospital admissions, affecting about 10% of adults "
            "and costing health systems $80 billion a year.\n"
            "The trial enrolled 1,850 patients at 140 sites in 12 countries.\n"
            "Serious adverse events occurred in 9% of patients on VB-17 and 10% on placebo.\n"
            "Velmara plans to file for approval in the United States and Europe in the first half of 2027.\n"
            "About Velmara Bio\n"
            "Velmara Bio is a biotechnology company based in Oslo.")
    chosen = " ".join(s.text for s in analyze(text, title="Velmara Bio kidney drug meets main goal in Phase 3 trial",
                                              max_sentences=3).sentences)
    assert "met its primary endpoint" in chosen
    assert "leading cause of hospital admissions" not in chosen


@pytest.mark.parametrize("text, expected", [
    ("Analysts had expected $1.32 per share, according to FactSet data.", True),
    ("Economists surveyed by the agency had forecast a rise of 0.4%.", True),
    ("Same-store sales, which exclude newly opened shops, had been expected to grow 3.1%.", True),
    ("The cut was expected by 21 of 25 economists polled this month.", True),
    # a result measured against the forecast: the line's statement is the result
    ("Exports grew 2.6% in May, faster than the 1.9% economists had expected.", False),
    # an expectation overturned by the line's own statement
    ("The merger, which had been expected to close in June, was delayed by regulators.", False),
])
def test_consensus(text: str, expected: bool) -> None:
    assert states_consensus(text, "en") is expected


@pytest.mark.parametrize("text, expected", [
    ("A spokesman for the carrier declined to comment on the talks.", True),
    ("The bank did not immediately respond to a request for comment.", True),
    ("Its founder could not be reached on Sunday.", True),
    ("The firm declined to comment but said 450 jobs would go.", False),  # a figure: news beside it
    ("Regulators said they would comment on the plan next week.", False),
])
def test_no_comment(text: str, expected: bool) -> None:
    assert no_comment(text, "en") is expected


def test_a_wire_story_shows_its_results_not_the_forecast_or_who_would_not_comment() -> None:
    text = ("CHICAGO, Feb 11 (Newswire) - Larchmont Foods reported a 9% rise in quarterly sales on Tuesday, "
            "beating estimates as shoppers bought more of its frozen meals.\n"
            "Sales rose to $3.41 billion in the quarter ended Jan. 31.\n"
            "Analysts had expected sales of $3.30 billion, according to FactSet data.\n"
            "A company spokeswoman declined to comment on plans for its bakery unit.\n"
            "The company said it would close two plants in Ohio, cutting about 600 jobs.\n"
            "It also raised its full-year profit forecast to $4.10 a share from $3.95.\n"
            "Larchmont shares rose 3% in morning trading.")
    chosen = " ".join(s.text for s in analyze(text, max_sentences=3).sentences)
    assert "Analysts had expected" not in chosen
    assert "declined to comment" not in chosen
    assert "600 jobs" in chosen


@pytest.mark.parametrize("text, expected", [
    ("The bill requires carriers to store so-called metadata, the time and place of each call.", True),
    ("This kind of loan is known as a bridge loan.", True),
    ("The method bears the name of its inventor, a Dutch engineer.", True),
    ("Carriers said the rules would cost them about 300 million euros.", False),
    ("The company called the ruling unfair.", False),  # a reaction, not a term
])
def test_explains_term(text: str, expected: bool) -> None:
    assert explains_term(text, "en") is expected


def test_a_story_shows_the_warning_not_the_explained_term() -> None:
    # The line explaining "metadata" shares the lead's words and stood second; the objection is a point.
    text = ("The national parliament on Thursday passed a bill that will force telephone companies to keep records of "
            "their customers' calls and messages for two years.\n"
            "The bill requires telephone companies to store so-called metadata, the time, place and length of each call "
            "but not what was said, and to hand the records to police on request.\n"
            "Officials said the law would help police trace networks of fraud and drug smuggling.\n"
            "Press groups warned that police could use the call records to find the sources of journalists.\n"
            "Telephone companies said the rules would cost them about 300 million euros to set up.\n"
            "The law takes effect in March.")
    chosen = " ".join(s.text for s in analyze(
        text, title="Parliament passes bill forcing phone companies to keep call records", max_sentences=3).sentences)
    assert "so-called" not in chosen
    assert "Press groups warned" in chosen


@pytest.mark.parametrize("text, expected", [
    ("Volume on U.S. exchanges was 15.2 billion shares, compared with the 20-day average of 16.8 billion.", True),
    ("Turnover on the Tokyo exchange's prime market was 5.1 trillion yen.", True),
    ("About 11.4 billion shares changed hands on U.S. exchanges.", True),
    ("Turnover fell 4.1% to 14.2 billion euros, as a stronger euro cut reported sales.", False),  # a company's sales
    ("The Nasdaq Composite added 1.4% to 20,118.62.", False),
])
def test_market_activity(text: str, expected: bool) -> None:
    assert states_market_activity(text, "en") is expected


def test_a_market_close_shows_its_leaders_not_its_volume() -> None:
    text = ("LONDON, May 6 (Newswire) - European shares closed lower on Tuesday as weak factory data from Germany "
            "revived worries about growth.\n"
            "The pan-European STOXX 600 index fell 4.12 points, or 0.8%, to 512.30, and Germany's DAX lost 1.1% to "
            "18,240.55.\n"
            "Carmakers led the declines, with the autos index down 2.9%.\n"
            "Traders said the German data had raised doubts about a recovery in European shares this year.\n"
            "Volume on European exchanges was 1.9 billion shares, above the 30-day average of 1.6 billion shares.\n"
            "Bank shares held up better than the wider market.")
    chosen = " ".join(s.text for s in analyze(
        text, title="European shares close lower; autos lead losses", max_sentences=3).sentences)
    assert "Volume on European exchanges" not in chosen
    assert "Carmakers led the declines" in chosen
