"""/ask: a yes-no question opens with a capitalised auxiliary ("Will Northwind appeal?"), which is no
part of the name asked about. Our own sentences through the real answer code."""

from __future__ import annotations

from summarizer.answer.question import parse_question
from tests.ask_helpers import ask, first, library

FINE = library("nw", "EU fines Northwind Pharma 410 million euros",
               "The European Commission on Tuesday fined Northwind Pharma 410 million euros for paying rivals "
               "to delay generic drugs.",
               "Northwind said it would appeal.")


def test_a_leading_auxiliary_is_no_part_of_the_name() -> None:
    for question in ("Will Northwind appeal?", "Can Northwind appeal the fine?", "Has Northwind appealed?"):
        assert [e.text for e in parse_question(question).constraints.entities] == ["northwind"]
    assert "appeal" in first(ask("Will Northwind appeal?", FINE))


def test_a_compound_measure_is_no_part_of_the_name() -> None:
    # 产销量 (production and sales) is the measure: the name asked is 汽车, not "汽车产".
    assert [e.text for e in parse_question("汽车产销量是多少").constraints.entities] == ["汽车"]


INFLATION = library("inf", "Norvik inflation cools to 2.3% in October",
                    "Norvik's annual consumer price inflation slowed to 2.3% in October from 2.8% in September.",
                    "Month on month, prices fell 0.3%, driven by a 4.1% drop in fuel costs.")


def test_a_basis_fronted_before_the_comma_dates_the_clause_after_it() -> None:
    assert "0.3%" in first(ask("How much did prices fall month on month?", INFLATION))
