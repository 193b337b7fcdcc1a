"""English change nouns: "a 12% rise in revenue" measures the revenue, owned by the company that reports it.

Sentences written here. Where the words after "in" name a period or a place in trading, they are
not the subject.
"""

from __future__ import annotations

import pytest

from summarizer.figures import extract_figures
from summarizer.model import Figure


def subject_of(sentence: str, text: str) -> str | None:
    found: list[Figure] = [f for f in extract_figures([sentence], lang="en", key_indices=frozenset())
                           if f.kind == "figure" and f.text == text]
    assert found, sentence
    return found[0].subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("Harbor Logistics reported a 12% rise in fourth-quarter revenue to $4.3 billion.", "12%",
     "Harbor Logistics' fourth-quarter revenue"),
    ("Kestrel Foods posted a 3% drop in sales.", "3%", "Kestrel Foods' sales"),
    ("Orion Mining said it booked a 9% increase in its net profit.", "9%", "Orion Mining's net profit"),
    ("Bellweather Tools posted a 5% decline in orders for the quarter.", "5%", "Bellweather Tools' orders"),
    ("Traders cheered a 20% jump in shares of Tidewell Bank.", "20%", "shares of Tidewell Bank"),
    ("Quillon (QLN.O) on Monday reported an 8% gain in first-half profit.", "8%", "Quillon's first-half profit"),
    ("Quillon Ltd reported on Monday an 8% gain in first-half profit.", "8%", "Quillon Ltd's first-half profit"),
    ("Marrow Telecom expects a 6% increase in the number of subscribers.", "6%",
     "Marrow Telecom's number of subscribers"),
])
def test_the_changed_thing_owned_by_the_reporting_company(sentence: str, text: str, subject: str) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    # No proper name reports the change: the thing alone, never "rise in ...".
    ("The company reported a 7% rise in revenue.", "7%", "revenue"),
    ("Analysts expect a 6% rise in earnings.", "6%", "earnings"),
])
def test_no_owner_without_a_named_company(sentence: str, text: str, subject: str) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(("sentence", "text"), [
    ("Kestrel Foods reported a 3% drop in the first quarter.", "3%"),
    ("Retail sales saw a 4% gain in March.", "4%"),
    ("Kestrel Foods shares posted a 2% decline in early trading.", "2%"),
])
def test_a_period_after_in_is_not_the_subject(sentence: str, text: str) -> None:
    subject = subject_of(sentence, text) or ""
    assert not any(w in subject for w in ("quarter", "March", "trading")), subject
