"""/ask: an age written in English ("a 61-year-old farmer") is how old someone is, and a "how old" or "how long"
question with no company, period or metric still has its number checked.

Before, "How old is the farmer with the disease?" (no entity, period or metric) skipped every number check and
was answered by "17 people … were quarantined", and "How many deaths were there in Eastland this year?" by the
farmer's age.
"""

from __future__ import annotations

from tests.ask_helpers import analyzed, ask

CASES = analyzed("cases", "Fever cases in Eastland",
                 "On May 3, a second case of the fever was reported in a 61-year-old farmer from Eastland.\n\n"
                 "The farmer was diagnosed with the rare fever.\n\n"
                 "Reuters reports that 17 people who met the farmer were quarantined, and showed no symptoms of the "
                 "fever.")


def test_how_old_is_never_a_head_count() -> None:
    found = ask("How old is the farmer with the fever?", CASES)
    assert found.abstained or found.sentences[0].highlighted == "61"


def test_an_age_counts_no_deaths() -> None:
    found = ask("How many fever deaths were there in Eastland this year?", CASES)
    assert found.abstained or "61" not in (found.sentences[0].highlighted or "")


def test_how_old_still_answered_by_the_age() -> None:
    found = ask("How old is the farmer?", CASES)
    assert not found.abstained and found.sentences[0].highlighted == "61"
