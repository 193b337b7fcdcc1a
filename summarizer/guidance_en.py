"""A company's own forecast for a coming period, in an English story, is one of its main points.

An earnings story leads with what the company now expects ("Orion Foods forecast annual profit above
estimates", "The company expects revenue of $2.1 billion to $2.3 billion for the quarter", "It sees
full-year sales growth of 4% to 6%"): the company's word on the period to come, which moved its shares.
Weighed as a plain result it lost to the story's later lines of metrics, buybacks and index moves.

Only the company itself speaks here: a name, "The company", "It", "The firm" or "The group" before the
verb, with a measure of the business after it and a figure or a comparison with estimates. Analysts'
and economists' expectations are their view (openers.analyst_expects keeps those low), and "expects
the deal to close in March" states no measure.

Every rule reads the line's own words, never a particular document.
"""

from __future__ import annotations

import re

__all__ = ["states_guidance_en"]

_SUBJECT = (r"(?:(?:[A-Z][\w&.'-]*\s){0,3}[A-Z][\w&.'-]*|[Tt]he (?:company|firm|group|carrier|lender|retailer|"
            r"automaker|chipmaker|insurer|bank)|It)")
_NOT_COMPANY = re.compile(r"^(?:Analysts?|Economists?|Investors?|Traders?|Markets?|Wall Street|Strategists?|"
                          r"Consensus|Forecasters?|Most|Many|Some|They|He|She|We)\b")
_WHEN = r"(?:\s(?:on|late on|early on)\s[A-Z]\w+day)?(?:\s(?:now|also|still))?"
_VERB = r"\s(?:expects?|expected|forecast(?:s|ed)?|projects?|projected|sees|saw|guided|predicts?|predicted)\s"
_MEASURE = (r"(?:[\w-]+\s){0,4}?(?:revenue|sales|earnings|profit|net income|income|EPS|earnings per share|margins?|"
            r"deliveries|shipments|bookings|operating profit|adjusted profit)\b")
_BACKED = r"[^.;]{0,60}?(?:\d|\b(?:above|below|ahead of|short of|beat|miss\w*|in line with)\b)"
_GUIDANCE_EN_RE = re.compile(rf"(?:^|[,;]\s|\band\s)(?P<who>{_SUBJECT}){_WHEN}{_VERB}{_MEASURE}{_BACKED}")


def states_guidance_en(text: str) -> bool:
    """An English line in which the company states its expected revenue, profit or sales, with a figure or
    against estimates."""
    for match in _GUIDANCE_EN_RE.finditer(text):
        if not _NOT_COMPANY.match(match.group("who")):
            return True
    return False
