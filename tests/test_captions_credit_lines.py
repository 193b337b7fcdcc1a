"""A pasted English story keeps its photo captions with their credit lines under them
("Source: Supplied", "Photo: Jane Roe/AAP"): the credit marks the line above as a caption, so
neither is shown as a key sentence. Dropped as boilerplate before the caption check, the credit
used to leave the caption to be shown as the story's lead. Our own sample text."""

from __future__ import annotations

import pytest

from bot.render.text import key_sentences
from summarizer import analyze
from summarizer.layout import is_labelled_photo_credit

STORY = [
    "The city council voted 7 to 2 on Tuesday to approve a 14-storey apartment block on the former bus depot "
    "site in Marrickville, ending a three-year planning dispute.",
    "The development will include 212 apartments, of which 40 will be offered as affordable rentals at 80 per "
    "cent of market rent for at least 15 years.",
    "Councillor Mia Tran, who voted against the plan, said the height was out of keeping with the surrounding "
    "streets and would overshadow a public park.",
    "The developer said construction would begin in mid-2027 and take about two years, creating around 300 jobs.",
    "Residents opposed to the project have raised $48,000 to fund a legal challenge and will decide next month "
    "whether to proceed.",
]
CAPTIONS = ["An artist's impression of the approved towers on the depot site in Marrickville.",
            "Residents at a protest outside the council chambers in October last year."]


@pytest.mark.parametrize("credit", ["Source: Supplied", "Photo: Tom Reyes/AAP", "Picture: James Holloway"])
def test_a_caption_above_a_credit_line_is_never_shown(credit):
    text = "\n".join([CAPTIONS[0], credit, *STORY[:3], CAPTIONS[1], credit, *STORY[3:]])
    analysis = analyze(text, title="Council approves Marrickville depot towers", max_sentences=10)
    shown = [s.text for s in key_sentences(analysis, 10)]
    assert shown and all(line in STORY for line in shown)


@pytest.mark.parametrize("line,expected", [
    ("Source: Supplied", True), ("Photo: Huw Evans/PA", True), ("Credit: Tom Reyes/AAP", True),
    ("Picture: James Holloway", True), ("Source: Getty Images", True),
    ("Source: Bureau of Statistics", False), ("Photo: Solar panels on a roof in Tokyo.", False),
    ("Source: the company said revenue rose", False),
])
def test_what_a_labelled_photo_credit_is(line, expected):
    assert is_labelled_photo_credit(line) is expected
