"""An earlier period's level asked in English ("What were crude inventories the week before?", "… a year earlier?"):
only a number written as that earlier level answers ("from 745 million pounds", "compared with …", "… a year
earlier"). "U.S. crude oil inventories fell by 4.3 million barrels to 421.6 million barrels" gives this week's level
and the move, and the week before's could only be computed."""

from __future__ import annotations

import re

__all__ = ["prior_level_missing"]

_PRIOR_ASKED = re.compile(r"\b(?:a|one) (?:week|month|quarter|year) (?:earlier|ago|before)\b"
                          r"|\bthe (?:week|month|quarter|year) before\b"
                          r"|\bthe (?:previous|prior|preceding) (?:week|month|quarter|year)\b")
_AS_PRIOR_BEFORE = re.compile(r"(?:\bfrom|\bcompared (?:with|to)|\bversus|\bvs\.?|\bagainst|\bup from|\bdown from)\s+"
                              r"(?:about\s+|around\s+|roughly\s+)?$")
_AS_PRIOR_AFTER = re.compile(r"[^,;.\d$€£¥]{0,30}?\b(?:(?:a|one) (?:week|month|quarter|year) (?:earlier|ago|before)"
                             r"|(?:in )?the (?:previous|prior|preceding|same) (?:week|month|quarter|period|year)"
                             r"|last (?:week|month|quarter|year))\b")

_LAST_ASKED = re.compile(r"\blast (week|month|quarter|year)\b")


def _last_over_both(question: str, sentence: str) -> re.Match[str] | None:
    """"last year" asked of a sentence that writes the earlier level as such ("from $118 million a year
    earlier"): the same span back, with a number of its own ("up 9% from a year earlier" writes none)."""
    last = _LAST_ASKED.search(question)
    if last is None:
        return None
    span = last.group(1)
    return re.search(r"(?:\bfrom|\bcompared (?:with|to)|\bversus)\s+[$€£¥]?\d(?:[^,;.]|\.\d){0,40}?\b(?:(?:a|one) " + span
                     + r" (?:earlier|ago|before)|the (?:previous|prior|preceding) " + span + r")\b", sentence)


def prior_level_missing(question: str, sentence: str, at: int, end: int) -> bool:
    """Does the question ask an earlier period's level while the number at [at, end) is not written as one?"""
    # "net loss last year" over "narrowed to $63 million from $118 million a year earlier": where the sentence
    # states both levels, "last year" asks the earlier one.
    asked = _PRIOR_ASKED.search(question) or _last_over_both(question, sentence)
    if not asked or re.search(r"\b(?:from|than|over|versus|compared (?:with|to)|against|since)\s*$", question[:asked.start()]):
        return False  # "How fast did the economy grow from a year earlier?" asks a change on that base, not its level
    before = sentence[max(0, at - 24):at]
    before = re.sub(r"[$€£¥]\s*$", "", before)
    return not (_AS_PRIOR_BEFORE.search(before) or _AS_PRIOR_AFTER.match(sentence, end))
