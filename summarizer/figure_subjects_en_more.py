"""English subjects that a verb or a noun right before the figure names, read before the general
rules of `summarizer.figure_subjects_en`: a range quoted as such ("its marketed range of $21 to $24"),
what a plan raises or cuts ("plans to raise capital spending to between $4 billion and $4.5 billion"),
what rose to a share of something ("Net charge-offs rose to 0.58% of average loans": the charge-offs,
not the loans), what makes up a share of a whole ("First-time buyers accounted for 29% of sales": the buyers'
share, not the sales), what grew at an annualized rate, and the sector a count of jobs belongs to (`summarizer.figure_counts_en`).
"""

from __future__ import annotations

import re

from summarizer.figure_counts_en import en_sector_count
from summarizer.figure_lexicon import EN_STOP_NP, EN_VERBS
from summarizer.figure_subjects_en_asides import appositive_subject, without_abbreviations

__all__ = ["appositive_subject", "en_special_subject", "without_abbreviations"]  # the asides' are read with these

_APPROX = r"(?:(?:about|around|nearly|roughly|some|almost|more\s+than|over)\s+)?"
_NOUNS = r"((?:[A-Za-z][\w\-]*\s){0,3}[a-z][\w\-]*)"
# "the top of its marketed range of $21 to $24", "a price range of $18 to $20".
_RANGE_OF_RE = re.compile(r"\b((?:[a-z][\w\-]*\s)?range)\s+of\s+(?:between\s+)?$")
# "plans to raise capital spending to between $4 billion and $4.5 billion", "will cut output by 5%".
_PLAN_OBJECT_RE = re.compile(rf"\bto\s+(?:raise|cut|lift|lower|increase|boost|reduce|trim)\s+{_NOUNS}\s+(?:to|by)\s+"
                             rf"(?:between\s+)?{_APPROX}$")
# "Net charge-offs rose to 0.58% of average loans", "The fine amounts to about 3.8% of turnover".
_SHARE_MOVER_RE = re.compile(rf"^\s*{_NOUNS}\s+(?:rose|fell|climbed|declined|increased|decreased|jumped|dropped|amounted"
                             rf"|amounts|edged\s+up|edged\s+down)\s+to\s+{_APPROX}$")
# "First-time buyers accounted for 29% of sales", "All-cash deals made up 26% of transactions", "Indirect
# bidders took 64.7% of the notes", "Side effects occurred in 3.1% of patients": the part is what is measured.
_SHARE_PART_RE = re.compile(r"^\s*((?:[A-Za-z][\w\-]*\s){0,3}[A-Za-z][\w\-]*)\s+"
                            r"(?:accounted\s+for|accounts?\s+for|made\s+up|makes?\s+up|represented"
                            rf"|represents?|comprised|took|occurred\s+in|were\s+(?:seen|reported)\s+in)\s+{_APPROX}$")

# "About 36% of exports went to Asia", "40% of revenue came from China": the share is of what went where.
_SHARE_WENT_RE = re.compile(r"\s+of\s+(?:its\s|their\s|the\s)?((?:[a-z][\w\-]*\s){0,2}[a-z][\w\-]*)\s+(?:went|go|goes|came"
                            r"|come|comes)\s+(to|from)\s+((?:the\s)?[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)")

# "Canada's economy grew at an annualized rate of 1.7%": the economy grew; the rate is how it is counted.
_AT_RATE_RE = re.compile(r"((?:[A-Z][\w’'\-]*\s)?(?:[a-z][\w\-]*\s){0,2}[a-z][\w\-]*)\s+(?:grew|expanded|contracted|shrank"
                         r"|rose|fell|increased|declined)\s+at\s+an?\s+(?:seasonally\s+adjusted\s+)?(?:annualized|annualised"
                         r"|annual|quarterly)\s+(?:rate|pace)\s+of\s+" + _APPROX + "$")

# "Housing starts rose 3.1% to an annual rate of 1.41 million units": the level reached is the starts',
# the rate is only how it is counted.
_TO_ANNUAL_RATE_RE = re.compile(r"^\s*(?:in\s+\S*\s+)?to\s+an?\s+(?:seasonally\s+adjusted\s+)?(?:annual|annualized"
                                r"|annualised)\s+(?:rate|pace)\s+of\s+" + _APPROX + "$")


# "had $2.9 billion in cash and equivalents", "ended the quarter with $1.1 billion in cash": what is held.
_HELD_IN_RE = re.compile(r"\s+in\s+(cash(?:\s+and\s+(?:cash\s+)?(?:equivalents|short-term\s+investments|investments"
                         r"|marketable\s+securities))?|liquidity|deposits|net\s+debt|debt)\b")
_HOLDING_VERB_RE = re.compile(r"\b(?:had|has|have|held|holds|with|ended\s+(?:the\s+)?\w+\s+with)\s+(?:about\s+|around\s+|nearly\s+"
                              r"|roughly\s+|some\s+|more\s+than\s+)?$")


def _mover(lead: str) -> str | None:
    """The words of `lead` (a sentence so far) before its first verb, when they are a plain noun phrase."""
    words = lead.split()
    first = next((i for i, w in enumerate(words) if w.lower() in EN_VERBS), None)
    if not first or first > 8 or not words[0][:1].isupper():
        return None
    if not re.fullmatch(r"(?:by\s+)?[$€£]?[\d.,]+\s?(?:%|percent|million|billion)?", " ".join(words[first + 1:])):
        return None  # "The company said sales rose 3%": the verb's noun is not the first words
    noun = " ".join(words[:first])
    return noun if _plain(re.sub(r"\sof\s", " ", noun)) and not re.search(r"[,;:()]", noun) else None


def _plain(words: str) -> bool:
    return not any(w.lower() in EN_VERBS or w.lower() in EN_STOP_NP for w in words.split())


def en_special_subject(before: str, after: str, unit: str | None, lead: str = "") -> str | None:
    """The subject one of the forms above names, or None (`lead`: the text before the clause)."""
    if unit is None and (sector := en_sector_count(before, after, lead)):
        return sector  # "manufacturing shed 9,000 jobs"
    if unit in ("$", "€", "£") and (held := _HELD_IN_RE.match(after)) and _HOLDING_VERB_RE.search(before):
        return held.group(1)  # "said it had $2.9 billion in cash": the cash, not the forecast before it
    if (grew := _AT_RATE_RE.search(before)) and _plain(re.sub(r"^(?:The\s|[A-Z][\w\-]*(?:’s|'s)\s)", "", grew.group(1))):
        return grew.group(1)
    if _TO_ANNUAL_RATE_RE.match(before) and (moved := _mover(lead)):
        return moved  # "Sales of previously owned homes fell 2.2% to an annual rate of 3.96 million units"
    if (ranged := _RANGE_OF_RE.search(before)) and _plain(ranged.group(1)):
        return ranged.group(1)
    if (planned := _PLAN_OBJECT_RE.search(before)) and _plain(planned.group(1)):
        return planned.group(1)
    if unit == "%" and re.match(r"\s+of\s", after) and (mover := _SHARE_MOVER_RE.search(before)) and _plain(
            re.sub(r"^(?:The|the)\s", "", mover.group(1))):
        return mover.group(1)
    if unit == "%" and re.match(r"\s+of\s", after) and (part := _SHARE_PART_RE.search(before)) and _plain(
            re.sub(r"^(?:The|the|All|all)\s", "", part.group(1))):
        return part.group(1)
    if unit == "%" and (went := _SHARE_WENT_RE.match(after)) and _plain(went.group(1)):
        return f"{went.group(1)} {went.group(2)} {went.group(3)}"  # "36% of exports went to Asia": exports to Asia
    return None
