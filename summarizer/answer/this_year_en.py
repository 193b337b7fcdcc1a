""""last year" asked in English is not answered by a number its own clause dates to this year.

"What was Quorra's net loss last year?" was answered by "posted a net loss of $63 million in the first nine
months of this year": an English question's "last year" sets no year (the article's year is not known when the
question is read), so nothing checked it. Where the number's clause writes "this year", "so far this year",
"year to date" or the article's own year, the number is this year's and does not answer; a number of the same
sentence written as the earlier one ("$81 million a year earlier") is left to the checks of the earlier level.
"""

from __future__ import annotations

import re

__all__ = ["asks_last_year_en", "dated_this_year_en"]

# "last year" as the period asked; not a base ("than last year", "from last year", "since last year").
_LAST_YEAR_ASKED = re.compile(r"(?<!\bthan )(?<!\bfrom )(?<!\bsince )(?<!\bwith )\b(?:last year|in the previous year"
                              r"|in the prior year)\b", re.IGNORECASE)
_THIS_YEAR = r"\bthis (?:fiscal )?year\b|\bso far this year\b|\byear[- ]to[- ]date\b"
_EARLIER_AFTER = re.compile(r"[^,;]{0,30}?\b(?:a year (?:earlier|ago|before)|year-ago|last year|the previous year"
                            r"|the prior year)\b", re.IGNORECASE)
_NUMBER = re.compile(r"[$€£]?\d[\d.,]*\s*(?:%|percent|[mb]illion|trillion)?")


def asks_last_year_en(question: str) -> bool:
    return _LAST_YEAR_ASKED.search(question) is not None


def dated_this_year_en(sentence: str, at: int, year_now: int | None) -> bool:
    """Is the number at `at` dated this year by its own clause (between the commas or semicolons around it),
    and not written as the earlier figure right after it?"""
    start = max(sentence.rfind(",", 0, at), sentence.rfind(";", 0, at)) + 1
    ends = [i for i in (sentence.find(",", at), sentence.find(";", at)) if i >= 0]
    clause = sentence[start:min(ends) if ends else len(sentence)]
    number = _NUMBER.match(sentence, at)
    if number and _EARLIER_AFTER.match(sentence, number.end()):
        return False
    this_year = _THIS_YEAR + (rf"|\b{year_now}\b" if year_now else "")
    return re.search(this_year, clause, re.IGNORECASE) is not None
