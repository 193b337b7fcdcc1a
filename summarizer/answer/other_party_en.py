"""An English number a party other than the one asked owns by its possessive is not the answer.

"What was Halberd's capital ratio at the end of last year?" was answered by "… above the regulator's minimum of 7%":
the regulator is no name, so the check of rival names let it through. A number written right after a possessive
of a party that is never the company asked about (the regulator, a watchdog, analysts, rivals, peers,
competitors, a union) is that party's, unless the question names the party itself
("What is the regulator's minimum?"). The company's own anaphors ("the company's", "the bank's") are not such parties.
"""

from __future__ import annotations

import re

__all__ = ["other_partys", "partys_own"]

# Only parties that are never named as the subject asked: "the central bank's", "the index's" or "the
# government's" may be the Fed, the S&P 500 or a state a question names, and are left to the name checks.
_PARTIES = r"regulators?|watchdogs?|supervisors?|analysts?|rivals?|peers?|competitors?|unions?"
_OWNER_BEFORE = re.compile(rf"\b(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?({_PARTIES})(?:'s|s'|’s)\s+(?:[a-z-]+\s+){{0,3}}?"
                           r"(?:of\s+|at\s+|was\s+|is\s+|stood at\s+)?(?:about\s+|around\s+|nearly\s+)?[$€£]?$", re.IGNORECASE)


# The same party as the doer right after the number: "ahead of the $1.91 analysts had expected", "the 2.5% growth
# analysts had forecast" is the analysts' expectation, not what the company expects.
_NUMBER = re.compile(r"[$€£]?\d[\d.,]*\s*(?:%|percent|[mb]illion|trillion|pence)?")
_OWNER_AFTER = re.compile(rf"\s*(?:[a-z-]+\s+){{0,2}}?({_PARTIES})\s+(?:had\s+|have\s+|were\s+)?"
                          r"(?:expected|forecast|predicted|projected|estimated|anticipated)\b", re.IGNORECASE)


def _party(sentence: str, at: int) -> str | None:
    owner = _OWNER_BEFORE.search(sentence[max(0, at - 60):at])
    if owner is None:
        number = _NUMBER.match(sentence, at)
        owner = _OWNER_AFTER.match(sentence, number.end()) if number else None
    return owner.group(1).lower().rstrip("s") if owner else None


def partys_own(question: str, sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Asked what a party named in the question expected ("What revenue had analysts expected for Veyra?"), the numbers
    written as that party's, when the sentence has any ("above the $5.4 billion analysts had expected"), not the
    company's own forecast beside them."""
    asked = question.lower()
    own = [span for span in spans if (party := _party(sentence, span[0])) and party in asked]
    return own or spans


def other_partys(question: str, sentence: str, at: int) -> bool:
    """Is the number at `at` written as another party's ("the regulator's minimum of 7%", "the $1.91 analysts had
    expected") that the question does not name?"""
    owner = _OWNER_BEFORE.search(sentence[max(0, at - 60):at])
    if owner is None:
        number = _NUMBER.match(sentence, at)
        owner = _OWNER_AFTER.match(sentence, number.end()) if number else None
    if owner is None:
        return False
    party = owner.group(1).lower().rstrip("s")
    return party not in question.lower()
