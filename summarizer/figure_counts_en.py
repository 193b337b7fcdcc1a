"""English moves written with verbs and comparisons the change words do not cover: a count
that was added or shed ("employers added 187,000 jobs", "the Nasdaq added 285.77 points"),
a share more or fewer than before ("5.7% more than a year before"), a doubling ("nearly doubled
to $3.4 billion"); and the sector a count of jobs belongs to ("manufacturing shed 9,000 jobs").
"""

from __future__ import annotations

import re

from summarizer.figure_lexicon import EN_STOP_NP, EN_VERBS
from summarizer.figure_numbers import NumberMatch

__all__ = ["en_count_change", "en_sector_count"]

_APPROX = r"(?:(?:about|around|nearly|roughly|some|almost|more\s+than|over|another|an\s+estimated)\s+)?"
# "added 187,000 jobs", "added 285.77 points": a count or an index gained that much.
_ADDED_RE = re.compile(rf"\b(?:added|adds|adding|created|creates|creating)\s+{_APPROX}$", re.IGNORECASE)
# "shed 9,000 jobs", "lost 120,000 jobs": handled by the change words; "cut" too.
_GAPPED_MOVE_RE = re.compile(rf"\b(added|created|shed|cut|lost)\s+{_APPROX}[\d,.]+(?=\s)", re.IGNORECASE)
_MORE_THAN_RE = re.compile(r"\s+(more|higher|fewer|less|lower)\s+than\b", re.IGNORECASE)
_DOUBLED_RE = re.compile(r"\b(?:(?:nearly|almost|more\s+than)\s+)?(?:doubled|tripled|quadrupled|double|triple|doubling|tripling)"
                         r"\s+(?:(?:its|their|the)\s+)?(?:[a-z]+\s+){0,2}?to\s+$", re.IGNORECASE)  # "double production to"


def en_count_change(shadow: str, match: NumberMatch, clause_start: int) -> str | None:
    """Up or down for a move the change words miss, read right around the figure; None otherwise."""
    before = shadow[clause_start:match.start]
    if _ADDED_RE.search(before) or _DOUBLED_RE.search(before):
        return "up"
    if (gapped := _GAPPED_MOVE_RE.search(before)) and _GAPPED_SECTOR_RE.match(before[gapped.end():]):
        return "up" if gapped.group(1).lower().startswith(("add", "creat")) else "down"  # "… and leisure 31,000"
    if match.unit in ("%", "percent") and (more := _MORE_THAN_RE.match(shadow, match.end)):
        return "up" if more.group(1).lower() in ("more", "higher") else "down"
    return None


# "10 times more calories than salsa", "three times as many", "five times the fat of": a multiple
# that compares two things; a change word before it ("a mayonnaise-based dip — those can pack…") moved nothing.
_MULTIPLE_COMPARED_RE = re.compile(
    r"\s+(?:more|higher|greater|larger|bigger|fewer|less|lower|as\s+(?:much|many|high|large|big|likely|fast))\b"
    r"|\s+(?:the|that\s+of|those\s+of)\s", re.IGNORECASE)


def en_multiple_compared(shadow: str, match: NumberMatch) -> bool:
    """True for a multiple that compares two things ("over 10 times more calories than salsa"):
    it states no rise or fall, whatever change word stands before it."""
    return match.unit == "times" and bool(_MULTIPLE_COMPARED_RE.match(shadow, match.end))


# "Healthcare added 54,000 jobs", "manufacturing shed 9,000 jobs": a sector before the verb, its jobs after.
_SECTOR_COUNT_RE = re.compile(
    r"(?:^|[,;]\s+|\b(?:while|and|but|whereas)\s+)((?:[A-Za-z][a-z\-]*)(?:\s(?:and\s)?[a-z][a-z\-]*){0,2})\s+"
    rf"(?:added|adds|shed|sheds|cut|cuts|lost|loses|created|creates|eliminated)\s+{_APPROX}$")
_JOB_NOUN_RE = re.compile(r"\s+(jobs|positions|roles|workers)\b")
_PEOPLE_PLURAL_RE = re.compile(r"(?:ers|ies|ors|ants|ents|ses|ms)$")


# "Healthcare added 54,000 jobs and leisure and hospitality 31,000": the verb and the noun are left out.
_GAPPED_SECTOR_RE = re.compile(r"^\s*(jobs|positions|roles|workers)(?:\s+(?:in|last|this)\s[^,;\d]{0,24}?)?\s+and\s+([a-z][a-z\-]*(?:\s(?:and\s)?[a-z][a-z\-]*){0,2})\s*$")


def en_sector_count(before: str, after: str, lead: str = "") -> str | None:
    """"manufacturing jobs" for "manufacturing shed 9,000 jobs"; None when the one that moved
    the jobs is an employer ("U.S. employers added 187,000 jobs": the jobs, not the employers).
    `lead` is the text before the clause: the figure before may end with its noun ("41,000 jobs")."""
    noun_before = re.search(r"(jobs|positions|roles|workers)$", lead)
    if (gapped := _GAPPED_SECTOR_RE.match((noun_before.group(1) if noun_before else "") + before)) and not any(w in EN_VERBS for w in gapped.group(2).split()):
        return f"{gapped.group(2)} {gapped.group(1)}"
    noun = _JOB_NOUN_RE.match(after)
    sector = _SECTOR_COUNT_RE.search(before) if noun else None
    if not sector:
        return None
    words = sector.group(1).split()
    if _PEOPLE_PLURAL_RE.search(words[-1].lower()) or any(
            w.lower() in EN_VERBS or (w.lower() in EN_STOP_NP and w.lower() != "and") for w in words):
        return None
    return f"{sector.group(1)} {noun.group(1)}"
