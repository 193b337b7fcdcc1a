"""Wire-story speakers: analysts quoted by their firm, an unnamed source with a relative clause,
an age between commas, "testified", and a team or firm name before a lower-case title
("said Eastfield captain Tom Rudd"). Next to each, where no speaker may be given.
Written for these tests (fictional people and firms).
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from tests.summary_helpers import said_titled


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Ostara Steel cut its outlook on Monday. Analysts at Pellham Partners wrote in a note that the cut was "
         "smaller than expected.", "Pellham Partners"),
        ("Ostara Steel cut its outlook on Monday. Economists at Norvik Bank said the slowdown would last into "
         "the spring.", "Norvik Bank"),
    ],
)
def test_analysts_at_a_firm_speak_for_the_firm(text: str, firm: str) -> None:
    quotes = said_titled(text)
    assert [(q[0], q[2]) for q in quotes] == [(firm, "indirect")]
    assert quotes[0][1] in ("analysts", "economists")


def test_analysts_of_no_named_firm_are_no_speaker() -> None:
    assert said_titled("Ostara Steel cut its outlook on Monday. Analysts at the time said the cut was "
                       "smaller than expected.") == []


def test_an_unnamed_source_before_a_relative_clause() -> None:
    quotes = said_titled("Wheat prices rose on Friday. Another broker, who asked not to be named, said the rally would "
                         "not last beyond the harvest.")
    assert [(q[0], q[3]) for q in quotes] == [("Another broker", "the rally would not last beyond the harvest.")]


def test_a_named_person_before_a_relative_clause_keeps_the_name() -> None:
    quotes = said_titled("Wheat prices rose on Friday. Nora Vint, who runs a grain desk in Chicago, said the rally would "
                         "not last beyond the harvest.")
    assert [q[0] for q in quotes] == ["Nora Vint"]


@pytest.mark.parametrize("verb", ["said", "testified"])
def test_an_age_between_commas_belongs_to_the_name(verb: str) -> None:
    quotes = said_titled(f"The trial resumed on Tuesday. Carl Ober, 61, {verb} that he had never seen the contracts.")
    assert [(q[0], q[3]) for q in quotes] == [("Carl Ober", "he had never seen the contracts.")]


def test_a_prosecutor_is_a_title_not_a_first_name() -> None:
    quotes = said_titled("Prosecutor Lena Fitch told the jury that the payments were bribes. "
                         "“The evidence is plain,” Fitch said.")
    assert [q[0] for q in quotes] == ["Lena Fitch", "Lena Fitch"]
    assert quotes[0][1] == "Prosecutor"


@pytest.mark.parametrize("title", ["captain", "coach", "manager", "goalkeeper"])
def test_a_team_before_a_lower_case_title_is_not_the_speaker(title: str) -> None:
    quotes = said_titled(f"Eastfield lost 2-0 at home on Sunday. “We gave the ball away too often,” said Eastfield {title} "
                         "Tom Rudd.")
    assert [(q[0], q[1]) for q in quotes] == [("Tom Rudd", f"Eastfield {title}")]


def test_an_abbreviated_country_stays_whole_in_the_title() -> None:
    quotes = said_titled("The hearing ran late on Thursday. “This court will not wait,” said U.S. District Judge "
                         "Alma Reyes.")
    assert [(q[0], q[1]) for q in quotes] == [("Alma Reyes", "U.S. District Judge")]


def test_including_is_not_part_of_the_title() -> None:
    quotes = said_titled("The book sold well. Its critics, including Leeds economist Ravi Tull, say the figures do not "
                         "support its claims.")
    assert [(q[0], q[1]) for q in quotes] == [("Ravi Tull", "Leeds economist")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chief executive Maria Lindqvist warned, however, that new ship deliveries would weigh on rates next year.",
        "Chief executive Maria Lindqvist said, however, new ship deliveries would weigh on rates next year.",
        "Chief executive Maria Lindqvist also said that new ship deliveries would weigh on rates next year.",
    ],
)
def test_a_sentence_adverb_before_the_reported_clause_is_not_what_was_said(sentence: str) -> None:
    """"She warned, however, that …" was quoted as "however, that new ship deliveries …"."""
    quotes = analyze(sentence).quotes
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Maria Lindqvist", "new ship deliveries would weigh on rates next year.")]


def test_writes_the_agency_after_a_quote() -> None:
    quotes = analyze("“The storm caught everyone off guard,” writes the AP.").quotes
    assert [q.speaker for q in quotes] == ["AP"]
