"""An English number a party other than the one asked owns by its possessive is not the answer.

"What was Halberd's capital ratio at the end of last year?" was answered by "… above the regulator's minimum of 7%":
the regulator is no name, so the check of rival names let it through. A number written right after a possessive
of a party that is never the company asked about (the regulator, a watchdog, analysts, rivals, peers,
competitors, a union) is that party's, unless the question names the party itself
("What is the regulator's minimum?"). The company's own anaphors ("the company's", "the bank's") are not such parties.
"""

from __future__ import annotations

import re

__all__ = ["other_partys"]

# Only parties that are never named as the subject asked: "the central bank's", "the index's" or "the
# government's" may be the Fed, the S&P 500 or a state a question names, and are left to the name checks.
_PARTIES = r"regulators?|watchdogs?|supervisors?|analysts?|rivals?|peers?|competitors?|unions?"
_OWNER_BEFORE = re.compile(rf"\b(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?({_PARTIES})(?:'s|s'|’s)\s+(?:[a-z-]+\s+){{0,3}}?"
                           r"(?:of\s+|at\s+|was\s+|is\s+|stood at\s+)?(?:about\s+|around\s+|nearly\s+)?[$€£]?$", re.IGNORECASE)


def other_partys(question: str, sentence: str, at: int) -> bool:
    """Is the number at `at` written as another party's ("the regulator's minimum of 7%") that the question does
    not name?"""
    owner = _OWNER_BEFORE.search(sentence[max(0, at - 60):at])
    if owner is None:
        return False
    party = owner.group(1).lower().rstrip("s")
    return party not in question.lower()
