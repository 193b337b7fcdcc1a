"""Quotes: "she said" when two women are named in the sentences before it. The pronoun is the one
last presented as a subject, also past a relative clause ("Pelling, who had not sung in years,
worried …") or as the subject of a time clause ("By the time Pelling learned …, she was …").
Sample texts are written for these tests (fictional people)."""

from __future__ import annotations

from summarizer import analyze

_FEATURE = (
    "Oscar-winning actress Dana Whitlow came to co-write the closing song that singer Nora Pelling "
    "performs in the new film. “It came to me after an operation,” Whitlow said.\n\n"
    "Pelling, who had not sung in years before the shoot, worried about the high notes, especially "
    "since she had no training. “But the words really moved me,” she said, “so I practised with a "
    "pianist every night.”\n\n"
    "By the time Pelling learned who had written it, she was only half-surprised: “It sounded like "
    "someone who understood the character,” she said.\n"
)


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text[:20]: q.speaker for q in analyze(text, title="A song").quotes}


def test_she_after_a_relative_clause_is_its_subject() -> None:
    found = _speakers(_FEATURE)
    assert found["It came to me after "] == "Dana Whitlow"
    assert found["But the words really"] == "Nora Pelling"


def test_she_after_a_time_clause_is_its_subject() -> None:
    text = _FEATURE.replace("“But the words really moved me,” she said, “so I practised with a pianist every night.”",
                            "“She was nervous at first,” Whitlow said.")
    assert _speakers(text)["It sounded like some"] == "Nora Pelling"


_BEFORE = ("Oscar-winning actress Dana Whitlow wrote the closing song for the film. “It came to me after an operation,” "
           "Whitlow said.\n\n")


def test_she_after_two_women_named_together_is_nobody() -> None:
    text = _BEFORE + ("Whitlow and the singer Nora Pelling first met in Nashville last spring. “We talked about it "
                      "for hours,” she said.\n")
    assert "We talked about it f" not in _speakers(text)


def test_she_after_a_woman_and_a_man_named_together_is_the_woman() -> None:
    text = _BEFORE + ("Whitlow and her husband Tom Reed first met in Nashville last spring. “We talked about it "
                      "for hours,” she said.\n")
    assert _speakers(text)["We talked about it f"] == "Dana Whitlow"
