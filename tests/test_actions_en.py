"""What a company does about its numbers (summarizer.actions_en): a changed forecast, job cuts,
a dividend or buyback, capital spending, cost savings. Sentences written for the test."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.actions_en import states_company_action
from summarizer.roles import news_value


@pytest.mark.parametrize("text, expected", [
    ("The company also lowered its 2027 sales forecast to between $2.1 billion and $2.3 billion.", True),
    ("Marlow Foods said it would cut about 650 jobs, or 5% of its workforce.", True),
    ("The lender raised its quarterly dividend by 4 cents to 52 cents a share.", True),
    ("The board approved a $2 billion share repurchase program.", True),
    ("It plans to raise capital spending to $900 million next year.", True),
    ("The merger is expected to yield cost savings of about $240 million a year.", True),
    ("Construction shed 12,000 jobs in May, the labor department said.", False),  # the economy, not a company
    ("Net income rose 8% to $412 million.", False),
    ("Analysts had forecast revenue of $3.1 billion.", False),
])
def test_a_company_action(text: str, expected: bool) -> None:
    assert states_company_action(text, "en") is expected


def test_not_in_chinese() -> None:
    assert not states_company_action("公司将裁员650人。", "zh")


def test_an_action_ranks_above_another_metric() -> None:
    assert news_value("The company also lowered its 2027 sales forecast to $2.1 billion.", "en") > \
        news_value("Revenue rose 9% to $4.41 billion.", "en")


def test_the_forecast_cut_is_shown_beside_the_result() -> None:
    text = ("Orrin Chemicals reported a 22% fall in second-quarter profit on Thursday as prices for its plastics slid.\n"
            "Net income fell to $318 million, or $1.12 per share, from $408 million a year earlier.\n"
            "The company also lowered its full-year earnings forecast to $4.10 to $4.40 per share from $4.90 to $5.20.\n"
            "Revenue declined 9% to $4.41 billion, below analysts' estimates of $4.62 billion.\n"
            "Volumes in its packaging unit fell 4%, while prices dropped 7% across its product lines.\n"
            "Gross margin narrowed to 18.4% from 21.9%, and operating costs rose 3% to $611 million.\n"
            "Sales in Europe fell 14% to $1.02 billion, and sales in Asia fell 6% to $1.37 billion.\n"
            "Shares of Orrin fell 5.2% in early trading.")
    chosen = " ".join(s.text for s in analyze(text, title="Orrin Chemicals profit falls 22% as plastics prices slide",
                                              max_sentences=3).sentences)
    assert "22% fall in second-quarter profit" in chosen
    assert "lowered its full-year earnings forecast" in chosen
