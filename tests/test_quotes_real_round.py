"""Reported clauses as real pages end them: a source passing the words on (", according to X of Y"), a second
statement of the same speaker ("but insisted …", ", it has also acknowledged that …"), another speaker's
statement joined by "and", and an instruction ("warned people to stay away"), which is no statement.
Sample sentences are written for these tests."""

from __future__ import annotations

from summarizer import analyze


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in analyze(text, title="Test").quotes]


def test_who_passed_the_words_on_is_not_part_of_them() -> None:
    text = ("The board met on Monday. The regulator said it had reviewed the filings of both banks, "
            "according to Jane Doe of the Daily Ledger.")
    assert _pairs(text) == [("The regulator", "it had reviewed the filings of both banks")]


def test_a_speaker_named_before_according_to() -> None:
    text = ("Three patients were treated at the clinic. So far, there is no evidence linking the third case to "
            "the first two, the health commission said, according to Reuters.")
    assert _pairs(text) == [("the health commission",
                             "So far, there is no evidence linking the third case to the first two")]


def test_a_second_statement_of_the_same_speaker_ends_the_first() -> None:
    text = "Mr Dalton said recent concerns about policing were \"legitimate\" but insisted progress had been made."
    assert _pairs(text) == [("Dalton", 'recent concerns about policing were "legitimate"')]


def test_an_organisation_says_on_after_a_comma() -> None:
    text = ("The agency has said that there is “no need” for residents to worry, it has also acknowledged "
            "that remote valleys are vulnerable.")
    assert _pairs(text) == [("The agency", "there is “no need” for residents to worry")]


def test_another_speakers_statement_is_not_the_first_ones() -> None:
    text = "Norway said Mr Berg had told the king on Wednesday that he was fine and the army said it was keeping him safe."
    assert ("Norway", "Mr Berg had told the king on Wednesday that he was fine") in _pairs(text)
    assert all("army" not in said for who, said in _pairs(text) if who == "Norway")


def test_an_instruction_is_no_statement() -> None:
    text = "Officials have warned people to stay away from the valley and to avoid contact with rodents."
    assert _pairs(text) == []
    # A warning with a clause still is one.
    assert _pairs("Officials warned that the valley was not yet safe for visitors.") == [
        ("Officials", "the valley was not yet safe for visitors.")]


def test_an_unnamed_parent_speaks_and_she_speaks_on() -> None:
    text = ("Parents at the school were divided. One mother, who has two sons there, said the timetable was rushed. "
            "\"Nobody asked us,\" she said.")
    assert _pairs(text) == [("One mother", "the timetable was rushed."), ("One mother", "Nobody asked us")]


def test_a_regions_commission_is_a_speaker() -> None:
    text = ("Two patients were treated at the clinic. So far, there is no sign of spread, "
            "the Lower Saxony health commission said.")
    assert _pairs(text) == [("the Lower Saxony health commission", "So far, there is no sign of spread")]


def test_a_company_statement_says_what_follows() -> None:
    found = [(q.speaker, q.text) for q in analyze("星岚科技声明称，公司将全力配合调查。", title="测试").quotes]
    assert found == [("星岚科技", "公司将全力配合调查。")]
    # A statement no one is named for speaks for no one.
    assert not analyze("这份声明称，公司将全力配合调查。", title="测试").quotes
