"""/ask on English questions whose measure the metric table does not know ("unemployment rate",
"impairments"): the answer must name it, or a word the news uses for it. Our own sentences
through the real answer code."""

from __future__ import annotations

from tests.ask_helpers import ask, first, library

BANK = library("pb", "Pinewood Bank quarterly profit falls on loan provisions",
               "Pinewood Bank said on Wednesday its third-quarter pretax profit fell 18% to 1.9 billion pounds, "
               "as it set aside more money for bad loans.",
               "Impairment charges rose to 640 million pounds from 410 million pounds a year ago.")
RATES = library("nr", "Norland central bank holds rates",
                "The Reserve Bank of Norland kept its benchmark interest rate unchanged at 4.25% on Thursday.",
                "The Norland crown weakened 0.6% against the dollar after the decision.")
STARTUP = library("cb", "Cobalt AI raises $1.2 billion",
                  "Cobalt AI said it had raised $1.2 billion, valuing the start-up at $18 billion.",
                  "Cobalt AI will eliminate 210 positions, about 12% of its staff.",
                  "Cobalt AI shares jumped 37% in their first day of trading.")


def test_a_measure_the_sentence_does_not_name_is_not_answered() -> None:
    # The benchmark rate and the crown are Norland's numbers, but not its unemployment rate.
    assert ask("What is Norland's unemployment rate?", RATES).abstained
    # "set aside … for bad loans" names no amount: the profit figure is not the impairments.
    assert "640 million pounds" in first(ask("How much did Pinewood Bank set aside for impairments?", BANK))


def test_the_words_news_uses_for_the_measure_still_answer() -> None:
    # "valued" is said "valuing", "rise" is said "jumped".
    assert "$18 billion" in first(ask("What is Cobalt AI valued at?", STARTUP))
    assert "37%" in first(ask("How much did Cobalt AI shares rise?", STARTUP))


CARS = library("cars", "三家车企11月销量出炉",
               "12月1日，多家新能源车企公布11月交付数据。",
               "星河汽车11月交付新车5.21万辆，同比增长63%；",
               "远帆汽车交付1.86万辆，同比下降12%；",
               "晨光汽车交付2.44万辆，同比增长8%。",
               "1至11月，星河汽车累计交付43.7万辆。",
               "远帆汽车累计交付21.5万辆，同比减少9%。")


def test_a_rival_of_the_same_kind_owns_the_numbers_after_it() -> None:
    """"远航汽车累计交付21.5万辆" answered "星辰汽车1至11月累计交付多少": neither name is known, and the
    article named the asked one earlier."""
    assert ask("晨光汽车1至11月累计交付多少？", CARS).abstained
    found = ask("星河汽车11月交付同比增长多少？", CARS)
    assert "63%" in first(found)
    assert not any("晨光汽车" in s.text or "远帆汽车" in s.text for s in found.sentences)
    assert "21.5万辆" in first(ask("远帆汽车1至11月累计交付多少？", CARS))


def test_a_metric_named_alone_asks_for_its_number() -> None:
    """"远航汽车11月交付量" was a plain fact question: the headline "…远航汽车下滑" (no number) came
    first, and another company's sentence was listed with it."""
    found = ask("远帆汽车11月交付量", CARS)
    assert found.kind == "number"
    assert "1.86万辆" in first(found)
    assert not any("晨光汽车" in s.text or "星河汽车" in s.text for s in found.sentences)


CARRIER = library(
    "hl", "Harborline Logistics swings to profit as freight volumes recover",
    "Harborline Logistics Inc on Tuesday reported a third-quarter profit, reversing a loss a year earlier, as "
    "freight volumes on its trans-Pacific routes recovered and fuel costs eased.",
    "The Seattle-based carrier posted net income of $212 million, or 84 cents per share, for the quarter ended "
    "Sept. 30, compared with a net loss of $57 million, or 23 cents per share, a year earlier.",
    "Revenue rose 18% to $4.6 billion, beating analysts' average estimate of $4.4 billion, according to LSEG data.",
    "The company raised its full-year adjusted earnings forecast to between $2.90 and $3.10 per share, from "
    "$2.40 to $2.60 previously.",
    "Shares rose 6.2% in extended trading.",
    "Harborline also said it would buy back up to $500 million of its stock over the next two years.",
    "Chief Financial Officer Tom Reyes said the company expects capital spending of about $1.1 billion this year, "
    "down from $1.4 billion in 2025.")


def test_what_the_money_is_spent_on_is_asked_not_spending_of_any_kind() -> None:
    # "spend on buybacks" is not answered by capital spending; "spend on capital projects" is.
    found = ask("How much will Harborline spend on buybacks?", CARRIER)
    assert found.abstained or "$500 million" in first(found)
    assert "$1.1 billion" in first(ask("How much will Harborline spend on capital projects?", CARRIER))
