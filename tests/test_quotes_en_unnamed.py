"""English speakers named by what they are: "the company" / "the retailer" as the one company the
text is about, and an unnamed source by what they know ("a person familiar with the matter").

Next to each, where it must not resolve: a second company acting before the quote, no company
at the head of the lead, a noun at the head of the lead. Written for these tests (fictional companies).
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from tests.summary_helpers import said


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Halden Foods reported a 12% rise in quarterly sales on Tuesday. \"Demand for our frozen meals stayed strong "
         "through the summer,\" the company said in a statement. Its shares rose 4%.", "Halden Foods"),
        ("Halden Foods reported a 12% rise in quarterly sales on Tuesday. The company said demand for frozen meals "
         "stayed strong through the summer.", "Halden Foods"),
        ("Brightmart cut its full-year forecast on Thursday. The retailer said shoppers were spending less on "
         "clothing and electronics.", "Brightmart"),
    ],
)
def test_the_company_is_the_company_the_lead_is_about(text: str, company: str) -> None:
    assert [speaker for speaker, _, _ in said(text)] == [company]


@pytest.mark.parametrize(
    "text",
    [
        # a rival acts before the quote: which one is meant is unsure
        ("Halden Foods reported a 12% rise in quarterly sales on Tuesday, while rival Norvik Group said its sales "
         "fell. The company said demand for frozen meals stayed strong through the summer."),
        ("Halden Foods reported a 12% rise in quarterly sales. Norvik Group cut its forecast the same day. "
         "The company said demand for frozen meals stayed strong through the summer."),
        # no company at the head of the lead
        "Frozen food sales rose 12% in the quarter, data showed. The company said demand for frozen meals stayed strong.",
        # a noun, not a company, heads the lead
        ("Horror stories about the ride service have been common for months, and its response was slow. "
         "The company said it would charge a minimum fare of $100 during the crisis."),
    ],
)
def test_the_company_stays_as_written_when_unsure(text: str) -> None:
    assert [speaker for speaker, _, _ in said(text)] == ["The company"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Orion Motors plans to cut 2,000 jobs next year. The carmaker will close two plants in Ohio, a person "
         "familiar with the matter told Reuters.", "a person familiar with the matter"),
        ("Orion Motors plans to cut 2,000 jobs. A person familiar with the matter told Reuters that the cuts would "
         "start in March.", "A person familiar with the matter"),
        ("Orion Motors plans to cut 2,000 jobs. \"The decision has been made,\" one person familiar with the plans "
         "said.", "one person familiar with the plans"),
        ("Orion Motors will cut 2,000 jobs next year, two sources close to the talks said on Monday.",
         "two sources close to the talks"),
    ],
)
def test_an_unnamed_source_keeps_what_they_know_as_the_speaker(text: str, speaker: str) -> None:
    assert [s for s, _, _ in said(text)] == [speaker]


def test_people_familiar_with_a_brand_are_no_source() -> None:
    assert said("Orion Motors plans to cut 2,000 jobs. People familiar with the brand said they liked it.") == []


def test_the_minister_is_the_minister_named_before() -> None:
    text = ("Energy Minister Clara Voss defended the new tax on Monday. \"We cannot keep subsidising coal,\" "
            "the minister told the BBC.")
    assert [s for s, _, _ in said(text)] == ["Clara Voss"]


def test_the_minister_is_no_one_when_two_ministers_were_named_together() -> None:
    text = ("Energy Minister Clara Voss and Finance Minister Omar Reid defended the tax on Monday. "
            "\"We cannot keep subsidising coal,\" the minister told the BBC.")
    assert said(text) == []


@pytest.mark.parametrize("sentence", [
    "Northwind reported revenue of $12.4 billion, beating analysts' average estimate of $12.1 billion, according to LSEG data.",
    "Prices fell for a third straight month, according to government figures released on Friday.",
    "Shipments rose 4% in the quarter, according to IDC estimates.",
])
def test_a_source_of_numbers_is_no_speaker(sentence):
    assert analyze(sentence).quotes == ()


def test_according_to_a_person_is_still_reported_speech():
    quotes = analyze("The plant will close next year, according to Jane Roe, a company spokeswoman.").quotes
    assert [(q.speaker, q.text) for q in quotes] == [("Jane Roe", "The plant will close next year")]
