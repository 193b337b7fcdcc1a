"""Whose number answers an English "how much X did Y <verb>" question when the sentence lists several doers ("…, while
manufacturing shed 12,000 jobs and retail lost 8,000"): the first number after the doer asked. Kept apart from
`asked_words_en`, which the question's requirements read, so that this check may take the requirements as its input
without an import circle. Used by /ask only (`verify`)."""

from __future__ import annotations

import re

from summarizer.answer.asked_words_en import HOW_MUCH_DID, a_doer, asked_word_missing
from summarizer.answer.requirements import Constraints

__all__ = ["doers_own"]


def doers_own(constraints: Constraints, raw: str, sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that answer a "how much X did Y <verb>" question: none when the sentence leaves out what is asked
    (`asked_word_missing`), else, for a doer that is no name (a sector), where the sentence lists several doers ("…, while manufacturing shed 12,000 jobs and
    retail lost 8,000"), the first number after the doer asked."""
    found = HOW_MUCH_DID.match(constraints.question.strip())
    # A doer written with a capital ("did Steenburgen send") is a name: the rules of owners place it, not this one.
    written = re.search(rf"\b{re.escape(found.group('doer'))}\b", raw, re.IGNORECASE) if found else None
    named = bool(constraints.entities) or bool(written and written.group() != written.group().lower())
    if not spans or asked_word_missing(constraints.question, sentence, bool(constraints.metric or constraints.head), named):
        return []
    if not found or not a_doer(found) or named:
        return spans  # a company's numbers are placed by the rules of owners
    doer = re.search(rf"\b{re.escape(found.group('doer'))}", sentence.lower())
    if doer is None:
        return spans
    return [s for s in spans if s[0] > doer.end()][:1]  # none after it: the numbers are other doers'

