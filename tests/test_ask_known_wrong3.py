"""/ask: the known wrong answers of the English reader round (enread) and a review leftover, each as a class, on
sample sentences of our own (not the round's stories)."""

from __future__ import annotations

from summarizer.answer import constraints, evidence
from summarizer.answer.forecast_words import asks_forecast
from summarizer.answer.range_span import whole_range
from tests.ask_helpers import ask, library


def _highlighted(question: str, *libraries) -> str | None:
    found = ask(question, *libraries)
    assert not found.abstained, found
    return found.sentences[0].highlighted


def test_would_asks_a_forecast_in_the_check_and_in_the_highlight_alike() -> None:
    # The highlight kept its own copy of the forecast words, without "would": the two readings of one question
    # differed. Both now read the one definition.
    question = "what would halberd bank's capital ratio fall to under the scenario?"
    assert asks_forecast(question)
    assert constraints._FORECAST_ASKED.search(question)
    assert evidence._FORECAST_WORDS.search(question)
    assert not asks_forecast("what was halberd bank's capital ratio at the end of last year?")


def _marked(sentence: str, part: str) -> str:
    at = sentence.index(part)
    start, end = whole_range(sentence, (at, at + len(part)))
    return sentence[start:end]


def test_the_bold_marks_a_range_as_written() -> None:
    lib = library("vx", "Vantrel Chips lifts outlook",
                  "Vantrel Chips reported revenue of $1.92 billion for the third quarter.",
                  "For the fourth quarter, the company expects revenue of $2.1 billion to $2.3 billion.")
    assert _highlighted("How much revenue does Vantrel Chips expect in the fourth quarter?", lib) \
        == "$2.1 billion to $2.3 billion"
    lib = library("vy", "岚桥电子预告", "岚桥电子预计明年毛利率为18%-22%，全年出货量约5万-6万台。")
    assert _highlighted("岚桥电子明年毛利率预计是多少？", lib) == "18%-22%"
    assert _highlighted("岚桥电子全年出货量预计多少台？", lib) == "5万-6万台"


def test_a_range_is_two_ends_of_one_kind_and_never_a_move() -> None:
    assert _marked("margin is expected to be between 41% and 43% next year", "41%") == "between 41% and 43%"
    assert _marked("capex of A$420 million to A$460 million", "A$460 million") == "A$420 million to A$460 million"
    assert _marked("revenue of $3.4-$3.6 billion", "$3.6 billion") == "$3.4-$3.6 billion"
    assert _marked("预计销量3-4万辆", "4万辆") == "3-4万辆"
    # Moves and changes: not ranges.
    assert _marked("sales rose 6% to $2.4 billion", "6%") == "6%"
    assert _marked("the rate went from 2.5% to 3.5%", "3.5%") == "3.5%"
    assert _marked("inflation rose 0.2% to 3.1%", "3.1%") == "3.1%"
    assert _marked("营收同比增长6.2%至318亿元", "318亿元") == "318亿元"
    assert _marked("利率由2.9%降至2.8%", "2.8%") == "2.8%"
    assert _marked("同比-12.40%", "12.40%") == "12.40%"
    assert _marked("2026-2028年净利润分别为", "2028") == "2028"
    assert _marked("raised its inflation forecast for 2027 to 2.6% from 2.3%", "2.6%") == "2.6%"


def test_a_sum_asked_by_its_deed_is_answered_by_money_not_a_count() -> None:
    # "How much did Quorra raise?" marked the 44 million shares sold beside the $1.1 billion raised.
    lib = library("ip", "Tessaro shares jump in debut",
                  "Tessaro sold 30 million shares at $18 each, raising $540 million in its initial public offering.")
    assert _highlighted("How much did Tessaro raise?", lib) == "$540 million"
    lib = library("iq", "Harlow Bank settles", "Harlow Bank will pay 2.4 billion crowns to 12,000 customers.")
    assert _highlighted("How much will Harlow Bank pay?", lib) == "2.4 billion"


def test_a_quarter_named_by_its_last_day_is_that_quarter_and_a_base_dates_nothing() -> None:
    # "revenue for the quarter ended June 30 fell 4% from the March quarter to A$1.31 billion" answered "the first
    # quarter" and "the March quarter": the base after "from" dated the level reached, and the quarter named by its
    # last day was no period at all.
    lib = library("mq", "Brenmore Mining output slips",
                  "Brenmore Mining said revenue for the quarter ended June 30 fell 6% from the March quarter "
                  "to A$870 million.")
    assert ask("What was Brenmore Mining's revenue in the first quarter?", lib).abstained
    assert ask("What was Brenmore Mining's revenue in the March quarter?", lib).abstained
    assert _highlighted("What was Brenmore Mining's revenue in the June quarter?", lib) in ("A$870 million", "$870 million")


def test_a_measure_asked_before_its_verb_asks_a_result_not_a_forecast() -> None:
    # "What revenue did Korrin Micro report?" was read as a fact question, which skipped the check that keeps a
    # forecast ("expects revenue of $3.1 billion") from answering a question about a result.
    lib = library("fw", "Dalvane Systems lifts outlook",
                  "Dalvane Systems said it expected revenue of about $940 million for the year, after orders climbed "
                  "9% in the third quarter.")
    assert ask("What revenue did Dalvane Systems report?", lib).abstained
    assert ask("What was Dalvane Systems' revenue?", lib).abstained
    assert _highlighted("What revenue does Dalvane Systems expect for the year?", lib) == "$940 million"
    lib = library("fx", "Dalvane Systems sales rise", "Dalvane Systems reported revenue of $310 million for the third quarter.")
    assert _highlighted("What revenue did Dalvane Systems report?", lib) == "$310 million"


def test_last_year_asked_is_not_answered_by_this_years_figure() -> None:
    # "What was Quorra's net loss last year?" cited "a net loss of $63 million in the first nine months of this year".
    lib = library("ly", "Pellura shares rise in debut",
                  "Pellura, founded in 2019, posted a net loss of $41 million in the first nine months of this year.")
    assert ask("What was Pellura's net loss last year?", lib).abstained
    # Where the clause writes the earlier level, "last year" asks it (tests/test_reader_round16.py).
    lib = library("lw", "Pellura shares rise in debut",
                  "Pellura posted a net loss of $41 million in the first nine months of this year, "
                  "compared with a loss of $57 million a year earlier.")
    found = ask("What was Pellura's net loss last year?", lib)
    assert found.abstained or found.sentences[0].highlighted == "$57 million"
    lib = library("lz", "Pellura results", "Pellura posted a net loss of $41 million so far this year.")
    assert ask("What was Pellura's net loss last year?", lib).abstained
    lib = library("lx", "Pellura results", "Pellura posted a net loss of $75 million last year.")
    assert _highlighted("What was Pellura's net loss last year?", lib) == "$75 million"


def test_the_thing_a_price_is_of_must_be_named() -> None:
    # "What was the price of copper?" was answered (or followed) by an IPO's "$25 a share": "of copper" was no
    # constraint, so any price passed, as the first line or the second.
    metals = library("cu", "Metals wrap: nickel climbs", "Nickel rose 1.4% to $16,200 a ton on the exchange.")
    ipo = library("ip2", "Varden prices IPO at top of range", "The IPO price was $19 a share, the top of the range.")
    assert ask("What was the price of tin?", metals, ipo).abstained
    found = ask("What was the price of nickel?", metals, ipo)
    assert all("IPO" not in s.text for s in found.sentences)


def test_a_number_owned_by_the_regulator_or_a_rival_is_not_the_company_asked() -> None:
    # "What was Halberd's capital ratio at the end of last year?" marked "the regulator's minimum of 7%".
    lib = library("rg", "Brisk Bank passes stress test",
                  "Brisk Bank's capital ratio would fall to 9.1% under the harshest scenario, above the regulator's "
                  "minimum of 6.5% and below a rival's 10.2%.",
                  "Brisk Bank's ratio stood at 12.8% at the end of last year.")
    found = ask("What was Brisk Bank's capital ratio at the end of last year?", lib)
    assert found.abstained or found.sentences[0].highlighted not in ("6.5%", "10.2%")
    assert _highlighted("What is the regulator's minimum?", lib) == "6.5%"
