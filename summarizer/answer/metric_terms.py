"""Earnings per share as one term of the question, in every spelling.

Cut word by word, "每股收益" is 每股 + 收益 (收益 is Hong Kong's revenue) and "earnings per share" is
earnings + per + share (share as in market share), so a sentence that writes the same metric as
每股盈利, 每股盈余 or EPS covers too little of the question and it is refused. Read as one term,
EPS, earnings per share, 每股收益, 每股盈利 and 每股盈余 match each other. Nothing else is added: a
price or a dividend per share ("$48 a share", "每股派息0.3元") may share the words "a share", but the
question's metric is still checked on the cited number (constraints.py: an amount per share counts as
EPS only after an earnings word, never a dividend's, an offer's or a price's), so it never answers EPS.
"""

from __future__ import annotations

import re

from summarizer.answer.metrics import METRICS
from summarizer.answer.results import Term

# "Adjusted EPS" keeps "adjusted" as a word of its own, so the adjusted figure still ranks first.
_SPELLINGS = tuple(sorted((s for s in METRICS["eps"] if not s.startswith("adjusted ")), key=len, reverse=True))
_EPS = re.compile("|".join(rf"(?<![a-z0-9]){re.escape(s)}(?![a-z0-9])" if s.isascii() else re.escape(s)
                           for s in _SPELLINGS))

# "Net income was $1.36 billion, or $2.18 per diluted share": found by its words like any spelling; that the
# amount is earnings, not a dividend or an offer per share, is checked on the number (per_share_earnings).
_PER_SHARE = ("per diluted share", "per share", "a share")


def eps_term(rest: str) -> tuple[Term | None, str]:
    """The question's EPS as one term (its every spelling an alternative), and the folded question
    without it; (None, rest) when the question does not name it."""
    match = _EPS.search(rest)
    if match is None:
        return None, rest
    term = Term(match.group(), tuple(dict.fromkeys((match.group(), *METRICS["eps"], *_PER_SHARE))))
    return term, _EPS.sub(" ", rest)
