"""English subjects that an aside hides from the general rules of `summarizer.figure_subjects_en`.

Wire copy names a measure and then explains it before its verb: an abbreviation in brackets
("operating profit (EBIT) slumped 46%") or an appositive between commas ("Funds from operations,
a key measure of REIT performance, came to 68 cents"). The clause the figure sits in then starts
at the verb, or the bracket stands between the noun and its verb, and the subject is lost or
taken from an earlier clause (another measure's). Both are read here as the noun before the aside.
"""

from __future__ import annotations

import re

from summarizer.figure_lexicon import EN_VERBS

__all__ = ["appositive_subject", "whose_subject", "without_abbreviations"]

# "operating profit (EBIT) slumped", "Funds from operations (FFO) came to": the bracket restates the noun.
_ABBREVIATION_RE = re.compile(r"\s*\((?:[A-Z][A-Za-z&\-]{1,9}|[A-Z]{2,8}s)\)(?=\s+[a-z]|,)")
# The subject, then one aside between commas, at the start of the sentence (or after a colon or dash).
_APPOSITIVE_RE = re.compile(r"(?:^|[:;—–]\s*)([A-Z][\w’'\-&.]*(?:\s[\w’'\-&.]+){0,6}?)\s*,\s+"
                            r"(?:a|an|the|its|their|which|who|[A-Z])[^,()\d]{1,90},\s*$")
# What the clause after the aside starts with: its verb ("came to", "more than doubled to", "took").
_VERB_FIRST_RE = re.compile(r"\s*(?:(?:more\s+than|nearly|almost|roughly)\s+)?([a-z]+)\b")
# "X, the payments app, said users rose": what is said has its own subject.
_SAYING = frozenset({"said", "says", "told", "reported", "reports", "announced", "announces", "expects", "expected",
                     "estimated", "forecast"})


def without_abbreviations(before: str) -> str:
    """`before` without a bracketed abbreviation between a noun and what follows it."""
    return _ABBREVIATION_RE.sub("", before)


def appositive_subject(before: str, lead: str) -> str | None:
    """The noun before an appositive when the figure's clause starts at its verb (`lead`: the
    sentence before the clause), or None."""
    verb = _VERB_FIRST_RE.match(before)
    if not verb or not (verb.group(1) in EN_VERBS or verb.group(1).endswith("ed")) or verb.group(1) in _SAYING:
        return None
    if any(w in EN_VERBS for w in re.findall(r"[a-z]+", before[verb.end():])):
        return None  # "Nordhavn Line, a carrier, said volumes rose 6.3%": the clause names its own subject
    # ("LONDON, Dec 2 (Wire) - Shares in Pellworth, the home builder, fell": the dateline before a spaced dash is no noun.)
    named = _APPOSITIVE_RE.search(re.split(r"\s(?:-{1,2}|–|—)\s", without_abbreviations(lead))[-1])
    if not named or any(w.lower() in EN_VERBS for w in named.group(1).split()):
        return None
    return named.group(1)


# "lagging rival Brimley Corp, whose shares are up 18%": the name before the comma owns the measure.
_WHOSE_RE = re.compile(r"\s*(?:(?:most|some|all|many|none|one|each|both)\s+of\s+)?whose\s+((?:[\w’'\-]+\s+){0,3}?)(?=(?:are|is|were|was|have|has|had|rose|fell|jumped|dropped"
                       r"|climbed|slid|gained|lost|grew|declined|increased|decreased|surged|slumped|stood|stand|stands)\b)",
                       re.IGNORECASE)
# "sold its Baltic Freight unit, whose revenue was $200 million": the unit's revenue, not the seller's.
_NOUN_BEFORE_RE = re.compile(r"\b((?:its|their|his|her|the)\s+(?:[\w&.\-]+\s){0,3}[\w&.\-]+),\s*$")
_OWNER_BEFORE_RE = re.compile(r"((?:[A-Z][\w&.\-]*\s){0,3}[A-Z][\w&.\-]*),\s*$")


def whose_subject(before: str, lead: str) -> str | None:
    """The measure of a "whose" clause with its owner ("Brimley Corp's shares"); "" when the clause
    is one but its owner is no name just before it, so that no rule reads "whose shares" as the
    subject (a reader cannot tell whose they are); None when the clause is no "whose" clause."""
    whose = _WHOSE_RE.match(before)
    if whose is None:
        return None
    measured = whose.group(1).strip()
    owner = _NOUN_BEFORE_RE.search(lead) or _OWNER_BEFORE_RE.search(lead)
    if not measured or owner is None or " of " in whose.group(0) or owner.group(1).split()[0] in ("The", "A", "An") and len(owner.group(1).split()) == 1:
        return ""
    return f"{owner.group(1)}'s {measured}"
