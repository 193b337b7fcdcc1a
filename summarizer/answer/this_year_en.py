""""last year" asked in English is not answered by a number its own clause dates to this year.

"What was Quorra's net loss last year?" was answered by "posted a net loss of $63 million in the first nine
months of this year": an English question's "last year" sets no year (the article's year is not known when the
question is read), so nothing checked it. Where the number's clause writes "this year", "so far this year",
"year to date" or the article's own year, the number is this year's and does not answer; a number of the same
sentence written as the earlier one ("$81 million a year earlier") is left to the checks of the earlier level.
"""

from __future__ import annotations

import re

__all__ = ["asks_last_year_en", "dated_this_year_en", "next_year_ok"]

# "last year" as the period asked; not a base ("than last year", "from last year", "since last year").
_LAST_YEAR_ASKED = re.compile(r"(?<!\bthan )(?<!\bfrom )(?<!\bsince )(?<!\bwith )\b(?:last year|in the previous year"
                              r"|in the prior year)\b", re.IGNORECASE)
_THIS_YEAR = r"\bthis (?:fiscal )?year\b|\bso far this year\b|\byear[- ]to[- ]date\b"
_EARLIER_AFTER = re.compile(r"[^,;]{0,30}?\b(?:a year (?:earlier|ago|before)|year-ago|last year|the previous year"
                            r"|the prior year)\b", re.IGNORECASE)
_NUMBER = re.compile(r"[$€£]?\d[\d.,]*\s*(?:%|percent|[mb]illion|trillion)?")


# A part of a year the number's sentence is stated for ("returned 2.9% in the quarter", "in the first half"): never a
# year's figure, so "last year" asked with no part of a year is not answered by it.
_PART_OF_YEAR = r"|\b(?:in|for|during|over) the (?:(?:first|second|third|fourth|latest|latest three-month|past three-month)\s+)?(?:quarter|half|three months|six months)\b|\bthis quarter\b"
_PART_ASKED = re.compile(r"\bquarter|\bhalf\b|\bmonths?\b|\bq[1-4]\b|\bh[12]\b", re.IGNORECASE)
# "next year" asked: a forecast stated for the year now running ("expects full-year net profit above…", "for this
# year", "for the year") is not next year's.
_NEXT_YEAR_ASKED = re.compile(r"\b(?:next year|the coming year|the following year)\b", re.IGNORECASE)
_CURRENT_YEAR = re.compile(r"\bfull[- ]year\b|\bthis (?:fiscal )?year\b|\bfor the (?:full |whole )?year\b|\bannual\b", re.IGNORECASE)
_LATER_YEAR = re.compile(r"\bnext year\b|\bthe coming year\b|\b20\d\d\b", re.IGNORECASE)


def next_year_ok(question: str, sentence: str, at: int) -> bool:
    """False when the question asks next year and the number's clause states the year now running, naming no later
    one ("What net profit does X expect for next year?" and "expects full-year net profit above 5.5 billion euros")."""
    if not _NEXT_YEAR_ASKED.search(question):
        return True
    clause = _clause(sentence, at)
    return not (_CURRENT_YEAR.search(clause) and not _LATER_YEAR.search(clause))


def _clause(sentence: str, at: int) -> str:
    start = max(sentence.rfind(",", 0, at), sentence.rfind(";", 0, at)) + 1
    ends = [i for i in (sentence.find(",", at), sentence.find(";", at)) if i >= 0]
    return sentence[start:min(ends) if ends else len(sentence)]


def asks_last_year_en(question: str) -> bool:
    return _LAST_YEAR_ASKED.search(question) is not None


def dated_this_year_en(sentence: str, at: int, year_now: int | None, question: str | None = None) -> bool:
    """Is the number at `at` dated this year by its own clause (between the commas or semicolons around it),
    and not written as the earlier figure right after it?"""
    clause = _clause(sentence, at)
    number = _NUMBER.match(sentence, at)
    if number and _EARLIER_AFTER.match(sentence, number.end()):
        return False
    this_year = _THIS_YEAR + (rf"|\b{year_now}\b" if year_now else "")
    if question is not None and not _PART_ASKED.search(question) and re.search(_PART_OF_YEAR[1:], sentence, re.IGNORECASE):
        return True  # "What did the fund return last year?" and "returned 2.9% in the quarter, against 2.4% for …"
    return re.search(this_year, clause, re.IGNORECASE) is not None
