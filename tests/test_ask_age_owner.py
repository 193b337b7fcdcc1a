"""/ask: an English age written with a name ("52-year-old Grace", "Tom Reed, 36,") is that person's age only.

Before, "How old is Robert Mugabe?" and "How old is Emmerson Mnangagwa?" were answered by "little public affection
for 52-year-old Grace" (the sentence names Mr Mugabe, and the article names the other man). The text is made up.
"""

from __future__ import annotations

from summarizer.answer.durations import age_owner
from tests.ask_helpers import ask
from tests.test_ask_not_values import analyzed

PALACE = analyzed("palace", "Coup in Veloria: President Arden Kell under house arrest",
                  "President Arden Kell and his wife Mara are under house arrest in the capital, a source said.\n\n"
                  "The source said former vice-president Dario Lune had planned the takeover for a year.\n\n"
                  "Despite the lingering admiration for Mr Kell, there is little public affection for 48-year-old "
                  "Mara, a former typist who rose fast in the ruling party.\n\n"
                  "Lune was removed from his post a week ago, a move seen as clearing the way for Mara.")


def test_an_age_written_with_another_name_is_not_the_asked_persons() -> None:
    for question in ("How old is Arden Kell?", "How old is Dario Lune?"):
        found = ask(question, PALACE)
        assert found.abstained or "48" not in (found.sentences[0].highlighted or ""), question


def test_the_named_persons_age_still_answers() -> None:
    found = ask("How old is Mara Kell?", PALACE)
    assert not found.abstained and found.sentences[0].highlighted == "48"


def test_whose_age() -> None:
    assert age_owner("affection for 48-year-old Mara, a typist", (14, 16)) == "Mara"
    assert age_owner("Officers arrested Tom Reed, 36, of Dayton", (28, 30)) == "Tom Reed"
    assert age_owner("insisting the 93 year-old finishes his term", (14, 16)) is None
    assert age_owner("a 55-year-old man from Eastland", (2, 4)) is None
