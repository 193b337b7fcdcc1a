"""An English company's own forecast is a main point, and a headline's "down 9%" is its change
(summarizer.guidance_en, summarizer.headline_events): written stories, never corpus text."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.guidance_en import states_guidance_en
from summarizer.headline_events import change_classes

STORY = """Orbis Semiconductor forecasts weak quarter as PC chip demand slumps

Orbis Semiconductor on Wednesday forecast fourth-quarter revenue below Wall Street estimates, as a glut of personal-computer chips weighed on prices, sending its shares down 9% in extended trading.

The company expects revenue of $3.1 billion to $3.3 billion for the quarter ending in December, compared with analysts' average estimate of $3.6 billion, according to LSEG data.

Third-quarter revenue fell 14% to $3.4 billion, while adjusted earnings per share came in at 62 cents, beating the consensus of 58 cents. Gross margin narrowed to 41.2% from 46.5% a year earlier.

Revenue from its client computing unit, which sells processors for laptops and desktops, dropped 27% to $1.2 billion. Its data-center segment grew 8% to $1.5 billion.

"Inventory in the PC channel is still elevated, and we expect it to take at least two more quarters to normalize," Chief Executive Mark Delaney said on a call with analysts. He added that the company would cut about 1,800 jobs, or 7% of its workforce, to save $400 million a year.

Orbis said it had repurchased $500 million of its shares during the quarter and raised its quarterly dividend by 2 cents to 38 cents a share.

Shares of Orbis have fallen about 22% so far this year, compared with a 31% gain in the Philadelphia semiconductor index.
"""


@pytest.mark.parametrize("line", [
    "Kestrel Micro on Tuesday forecast first-quarter revenue below Wall Street estimates, as a glut weighed.",
    "The company expects revenue of $2.2 billion to $2.4 billion for the quarter ending in March.",
    "It now sees full-year sales growth of 4% to 6%.",
    "The bank expects net interest income to rise 5% next year.",
])
def test_a_company_forecast_is_guidance(line: str) -> None:
    assert states_guidance_en(line)


@pytest.mark.parametrize("line", [
    "Analysts expect revenue of $2.6 billion for the quarter.",  # the analysts' view, not the company's word
    "Economists forecast profit growth of 3% for listed firms.",
    "It expects the deal to close in March.",  # no measure of the business
    "Shares of Kestrel have fallen about 18% so far this year.",
    "Kestrel said it expects to hire more engineers.",
])
def test_other_lines_are_no_guidance(line: str) -> None:
    assert not states_guidance_en(line)


def test_down_and_up_before_a_figure_are_changes() -> None:
    assert "down" in change_classes("sending its shares down 7% in extended trading", "en")
    assert "up" in change_classes("with sales up about 12% on the year", "en")
    assert not change_classes("the company wound down its unit", "en")  # no figure: a phrasal verb
    assert not change_classes("it set up a fund", "en")


def test_the_forecast_lead_is_a_key_sentence() -> None:
    """The lead that states the forecast the headline is about wins over the buyback and the year-to-date
    share move (before: the summary showed the range, the buyback and the index comparison)."""
    title = STORY.partition("\n")[0]
    shown = [s.text for s in analyze(STORY, title=title).sentences]  # as a pasted text: its headline first
    assert any(s.startswith("Orbis Semiconductor on Wednesday forecast fourth-quarter revenue") for s in shown)
    assert not any(s.startswith("Shares of Orbis have fallen") for s in shown)
