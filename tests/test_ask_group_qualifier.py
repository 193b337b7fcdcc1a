"""An English question that names a group last ("sales growth at the largest chains") asks for that group's figure
(summarizer.answer.en_qualifiers): the lead's reader round had it answered with a Chinese results line of another
company ("其中第三季度营收31.2亿元，同比增长18.7%"), since without the group nothing but "sales growth" was asked."""

from __future__ import annotations

from summarizer.answer.question import parse_question
from tests.ask_helpers import ask, library

STORES = library("gq1", "The corner hardware store comes back",
                 "Independent hardware stores in the United States posted average sales growth of 6.8% last year, "
                 "outpacing the 2.1% gain at the largest chains, according to the council.",
                 "Rent and wages remain the biggest pressures, it said.")
RESULTS = library("gq2", "云岭电子前三季度营收增长12%",
                  "从业绩看，云岭电子前三季度实现营业收入86.4亿元，同比增长12.3%；",
                  "其中第三季度营收31.2亿元，同比增长18.7%，环比增长9.4%。")


def test_the_group_is_read_as_the_qualifier() -> None:
    assert parse_question("What was the sales growth at the largest chains?").constraints.qualifier == "largest chains"
    assert parse_question("What was revenue at the end of the year?").constraints.qualifier is None


def test_another_group_s_or_another_text_s_figure_does_not_answer() -> None:
    for libraries in ((STORES, RESULTS), (RESULTS,)):
        found = ask("What was the sales growth at the largest chains?", *libraries)
        assert found.abstained or "largest chains" in found.sentences[0].text, found


def test_the_group_named_answers() -> None:
    found = ask("What was average sales growth at independent hardware stores?", STORES, RESULTS)
    assert not found.abstained and "6.8%" in found.sentences[0].text


def test_the_quarter_ending_in_a_month_is_that_calendar_quarter() -> None:
    """"What is Orbis's fourth-quarter revenue forecast?" was refused as "only December figures": the quarter
    ending in December was read as the month."""
    outlook = library("gq3", "Orbis forecasts weak quarter",
                      "Orbis on Wednesday forecast fourth-quarter revenue below estimates.",
                      "The company expects revenue of $3.1 billion to $3.3 billion for the quarter ending in December.")
    found = ask("What is Orbis's fourth-quarter revenue forecast?", outlook)
    assert not found.abstained and "$3.1 billion" in found.sentences[0].text, found
    assert ask("What revenue does Orbis expect for the third quarter?", outlook).abstained
