"""A US broadcaster's dateline ("PINE VALLEY, Colo. (KXRN) — …") is one with its lead: the full
stop of the state's abbreviation is not a sentence end, so the dateline is cut off whole and the
lead is not shown as "(KXRN) — The district…". Our own sample text."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.split import split_sentences

LEAD = ("The Pine Valley School District will move to a four-day school week starting in August 2027 after the "
        "school board voted 4-1 on Tuesday night to approve the change.")
REST = ("Students in the district's six schools will attend class Monday through Thursday, with the school day "
        "extended by 55 minutes. District officials estimate the change will save about $410,000 a year.")


@pytest.mark.parametrize("dateline", ["PINE VALLEY, Colo. (KXRN) — ", "SPRINGFIELD, Ill. (WAND) -- "])
def test_the_lead_after_a_broadcast_dateline_is_one_sentence_without_it(dateline):
    analysis = analyze(dateline + LEAD + "\n" + REST, max_sentences=10, lang="en")
    assert analysis.sentences[0].text == LEAD


def test_a_state_abbreviation_that_ends_a_sentence_still_ends_it():
    text = "The company moved its headquarters to Denver, Colo. (The move took two years.) It now employs 900 people."
    assert len(split_sentences(text, "en")) >= 2
