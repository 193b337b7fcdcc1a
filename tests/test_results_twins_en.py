"""An English wire lead's result told again with its amounts (summarizer.results_twins_en). Texts written for the test."""

from __future__ import annotations

from summarizer import analyze
from summarizer.results_twins_en import retold_lines

STORY = [
    "AUSTIN, Texas, May 6 (Newswire) - Calder Networks reported a 27% jump in first-quarter revenue on Tuesday, "
    "topping Wall Street estimates as telecom operators bought more of its fibre switches.",
    "Revenue rose to $2.64 billion in the three months ended March 31, compared with analysts' average estimate of "
    "$2.51 billion.",
    "Net income climbed to $418 million, or 71 cents per share, from $262 million a year earlier.",
    "The company forecast second-quarter revenue of about $2.8 billion, above estimates of $2.7 billion.",
    "Its shares rose 5% in extended trading.",
    "Calder, which sells to carriers in 40 countries, has expanded its factory in Penang this year.",
    "Sales in Europe rose 12% to $610 million.",
    "(Reporting by Ann Lee; Editing by Mark Poole)",
]


def test_the_lines_that_retell_the_leads_result() -> None:
    assert retold_lines(STORY) == {1: 0}  # not net income (another metric), the forecast nor a region's sales


def test_a_lead_whose_main_clause_is_a_forecast_cut_has_no_retold_line() -> None:
    lines = ["LONDON, Oct 2 - Marrow Foods cut its full-year profit forecast on Thursday after third-quarter sales fell "
             "more than expected.",
             "Sales fell 5.1% to 1.3 billion pounds in the July-September quarter.",
             "Net profit dropped to 88 million pounds."]
    assert retold_lines(lines) == {}


def test_not_in_chinese() -> None:
    assert retold_lines(["公司一季度营业收入增长27%。", "营业收入26.4亿元。"]) == {}


def test_net_income_is_shown_rather_than_the_leads_revenue_again() -> None:
    title = "Calder Networks quarterly revenue jumps 27% on telecom demand"
    shown = [s.text for s in analyze("\n".join(STORY), title=title, max_sentences=3).sentences]
    assert any("27% jump" in s for s in shown)
    assert any("Net income climbed" in s for s in shown)
    assert not any(s.startswith("Revenue rose to") for s in shown)
