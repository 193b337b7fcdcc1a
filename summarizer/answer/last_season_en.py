"""A season or holiday asked as the one before ("like-for-like sales last Christmas", "the previous holiday season"):
only a number the sentence writes as that earlier one answers. The sentence of this Christmas's 4.6% does not say
what last Christmas's was, and "last Christmas" sets no year the period checks could read."""

from __future__ import annotations

import re

__all__ = ["last_season_ok", "season_for_year"]

_SEASON = r"(?:christmas|holiday(?: season| quarter| period)?|festive (?:season|period)|summer|winter|spring|autumn|fall" \
          r"|easter|thanksgiving|black friday|golden week|lunar new year)"
_LAST_SEASON_ASKED = re.compile(rf"\b(?:last|the previous|the prior|a year earlier'?s?) {_SEASON}\b", re.IGNORECASE)
# The number written as the earlier one: "… 4.6%, against 2.1% a year earlier", "… up from 3% last Christmas".
_EARLIER_AFTER = re.compile(rf"[^,;.]{{0,40}}?\b(?:a year (?:earlier|ago|before)|year-ago|last year|the previous year"
                            rf"|the prior year|(?:last|the previous|the prior) {_SEASON})\b", re.IGNORECASE)
_EARLIER_BEFORE = re.compile(rf"\b(?:last|the previous|the prior) {_SEASON}[^,;.]{{0,40}}$|\b(?:up|down|from)\s*$",
                             re.IGNORECASE)
_NUMBER = re.compile(r"[$€£]?\d[\d.,]*\s*(?:%|percent|[mb]illion|trillion|pence|p\b)?")


def last_season_ok(question: str, sentence: str, at: int) -> bool:
    """True unless the question asks last season's figure and the number at `at` is not written as the earlier one."""
    if not _LAST_SEASON_ASKED.search(question):
        return True
    number = _NUMBER.match(sentence, at)
    end = number.end() if number else at
    return bool(_EARLIER_AFTER.match(sentence, end) or _EARLIER_BEFORE.search(sentence[max(0, at - 60):at])
                and re.search(_SEASON, sentence[max(0, at - 60):at], re.IGNORECASE))


_FULL_YEAR_ASKED = re.compile(r"\b(?:full[- ]year|annual|whole[- ]year|for the year)\b", re.IGNORECASE)
# A span shorter than a year the sentence states: "over the Christmas period", "in the six weeks to Jan. 3".
_SHORT_SPAN = re.compile(rf"\b(?:the|this|over|during|in) {_SEASON}\b|\b(?:\w+|\d+) weeks? (?:to|ended|ending|through)\b",
                         re.IGNORECASE)


def season_for_year(question: str, sentence: str) -> bool:
    """Does a full-year question meet a sentence about a season or a few weeks ("Total sales over the Christmas period
    were £1.27 billion")? That is no year's figure."""
    return bool(_FULL_YEAR_ASKED.search(question)) and _SHORT_SPAN.search(sentence) is not None
