"""/ask: an English age written with a name ("52-year-old Grace", "Tom Reed, 36,") is that person's age only.

Before, "How old is Robert Mugabe?" and "How old is Emmerson Mnangagwa?" were answered by "little public affection
for 52-year-old Grace" (the sentence names Mr Mugabe, and the article names the other man). The text is made up.
"""

from __future__ import annotations

from summarizer.answer.durations import age_owner
from tests.ask_helpers import analyzed, ask, library

PALACE = analyzed("palace", "Coup in Veloria: President Arden Kell under house arrest",
                  "President Arden Kell, his wife Mara and two ministers are under house arrest at the palace and are "
                  "insisting the 88 year-old finishes his term, a source said.\n\n"
                  "The source said former vice-president Dario Lune had planned the takeover for a year.\n\n"
                  "Despite the lingering admiration for Mr Kell, there is little public affection for 48-year-old "
                  "Mara, a former typist who rose fast in the ruling party.\n\n"
                  "Lune was removed from his post a week ago, a move seen as clearing the way for Mara.")


def test_an_age_written_with_another_name_is_not_the_asked_persons() -> None:
    for question in ("How old is Arden Kell?", "How old is Dario Lune?"):
        found = ask(question, PALACE)
        assert found.abstained or "48" not in (found.sentences[0].highlighted or ""), question


def test_the_n_year_old_is_the_sentences_subject() -> None:
    """"…insisting the 88 year-old finishes his term" in a sentence that opens with Arden Kell: his age (refused
    before: the place names between read as the number's owner)."""
    found = ask("How old is Arden Kell?", PALACE)
    assert not found.abstained and found.sentences[0].highlighted == "88"
    found = ask("How old is Dario Lune?", PALACE)
    assert found.abstained or found.sentences[0].highlighted not in ("88", "48")


def test_the_named_persons_age_still_answers() -> None:
    found = ask("How old is Mara Kell?", PALACE)
    assert not found.abstained and found.sentences[0].highlighted == "48"


def test_whose_age() -> None:
    assert age_owner("affection for 48-year-old Mara, a typist", (14, 16)) == "Mara"
    assert age_owner("Officers arrested Tom Reed, 36, of Dayton", (28, 30)) == "Tom Reed"
    assert age_owner("insisting the 93 year-old finishes his term", (14, 16)) is None
    assert age_owner("a 55-year-old man from Eastland", (2, 4)) is None


ARREST = analyzed("arrest", "",
                  "据检方说法，29岁的Nora Vance和她37岁的丈夫Elias Brandt在当地时间周三早上6点被执法人员逮捕。"
                  "他们被指控共谋洗钱8200枚比特币。")


def test_a_chinese_age_before_the_name_is_that_persons() -> None:
    """"29岁的Nora Vance多大年纪" was refused: the analysis keeps 29岁 beside the figures, and a name after its
    number read as an object; and 37岁 (her husband's) must not answer for her."""
    found = ask("Nora Vance多大年纪？", ARREST)
    assert not found.abstained and found.sentences[0].highlighted == "29"
    found = ask("Elias Brandt今年几岁？", ARREST)
    assert not found.abstained and found.sentences[0].highlighted == "37"


BAKERY = analyzed("bakery", "Lena Ortiz's second career",
                  "Lena Ortiz retired from the navy at age 61 and opened a bakery in Port Hale.\n\n"
                  "The bakery now has 14 employees and sells about 900 loaves a day.")


def test_an_age_written_before_its_number() -> None:
    """"at age 61" is an age: it answers "How old…" (it was refused: only "61-year-old" or "61 years old" was)."""
    found = ask("How old was Lena Ortiz when she retired from the navy?", BAKERY)
    assert not found.abstained and found.sentences[0].highlighted == "61"


REPORT = library("report", "Who gets ahead",
                 "A new report by the Harlan Institute compared 12 rich countries.",
                 "Canada ranked near the bottom based on the levels of unemployment among adults of prime working age.",
                 "The study took the ratio of employed adults between the ages of 25 and 54 to the population.")


def test_what_ages_asks_ages() -> None:
    """"What ages count as prime working age?" asks ages: the sentence naming prime working age with no number does
    not answer it (it was cited, the ask16 holdout's one wrong answer), "between the ages of 25 and 54" would."""
    found = ask("What ages count as prime working age in the report?", REPORT)
    assert found.abstained or found.sentences[0].highlighted in ("25", "54")
