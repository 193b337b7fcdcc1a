"""A follow-up sentence of an answer must be about what was asked, not about a sibling named in its place.

"How many Louisiana residents got coverage…" was answered by Louisiana's 400,000 and then by "…in the Mississippi
race as well, where an estimated 100,000 residents would be eligible": a supporting sentence that never names the
entity asked and names another place or body instead shows the other one's figure as if it were part of the answer.
English only: a capitalised word inside a sentence is a name there; Chinese names have no such mark.
"""

from __future__ import annotations

import re

from summarizer.answer.results import Question

__all__ = ["names_another"]

_NAME = re.compile(r"(?<=[a-z,;:]\s)[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)*")
_NOT_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                       "July August September October November December".split())


def names_another(question: Question, top: str, follow: str) -> bool:
    """Does `follow` (a candidate follow-up) name none of the question's entities but another name, one that neither
    the question nor the first answer sentence mentions?"""
    # The subject's names: "Medicaid" named again says nothing of whose figure it is.
    spellings = [s for e in question.constraints.entities if e.subject for s in e.spellings() if s]
    if question.lang != "en" or not spellings:
        return False
    lowered = follow.lower()
    if any(s.lower() in lowered for s in spellings):
        return False
    known = (question.text + " " + top).lower()
    return any(name.split()[0] not in _NOT_NAMES and name.lower() not in known for name in _NAME.findall(follow))
