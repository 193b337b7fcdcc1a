"""/ask: a change written in points ("+1.20pct", "-15bp") is a rate's move, never the amount asked."""

from __future__ import annotations

from summarizer import analyze
from summarizer.answer import Passage
from tests.ask_helpers import ask, first, library

_LINE = "费用方面，公司前三季度销售费用率31.50%/研发费用率7.80%，YOY变动分别为+1.20pct/+0.35pct。"
# With the figures the analysis finds in it, as a stored article's sentence has them ("1.20pct" is one).
RATES = [Passage(_LINE, "rates", 0, "松川医药三季报点评", "https://example.com/rates", "2026-11-20",
                 article=(_LINE,), figures=tuple(analyze(_LINE).figures))]

AMOUNT = library(
    "amount", "松川医药加大研发",
    "前三季度公司研发费用为4.6亿元，同比增长18%。")


def test_points_do_not_answer_an_amount() -> None:
    assert ask("前三季度研发投入是多少？", RATES).abstained


def test_the_amount_still_answers() -> None:
    assert "4.6亿元" in first(ask("前三季度研发投入是多少？", AMOUNT))
