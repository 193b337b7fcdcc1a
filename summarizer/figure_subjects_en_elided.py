"""English subjects that the clause leaves out or names only by a pronoun: a verb elided after
"and" ("raised to 4.25% and the lending rate to 5.25%"), the "it" of "X said that it carried…",
the outlook "we" raise ("raising our revenue outlook to a range of"), and whose "its" is
("The ECB" + "its" + "deposit rate" -> "The ECB's deposit rate"). Kept apart from
`summarizer.figure_subjects_en` so each module stays readable; pure functions of the text.
"""

from __future__ import annotations

import re

from summarizer.figure_lexicon import EN_PRONOUN_SUBJECTS, EN_STOP_NP, EN_VERBS

__all__ = ["expected_count", "gapped_subject", "outlook_moved", "owned", "possessive", "said_that_it_owner", "tenor_notes", "with_named",
           "yielding"]

_GAPPED_RE = re.compile(r"\s*,?\s*(?:and|while|whereas)\s+((?:the|its|their)\s+)?"
                        r"((?:[A-Za-z][\w’'\-]*\s){0,4}[A-Za-z][\w’'\-]*)\s+(?:to|at)\s*$")
_OUTLOOK_MOVED_RE = re.compile(
    r"\b(?:rais|lower|lift|cut|trimm|boost|narrow|widen|reaffirm|reiterat)(?:ing|ed|es|s)?\s+"
    r"(?:our|the)\s+((?:[\w’'\-]+\s){0,3}?(?:outlook|guidance|forecast|target|view))"
    r"\s+(?:to|at)(?:\s+(?:a|the))?(?:\s+range\s+of)?$", re.IGNORECASE)
_SAID_IT_RE = re.compile(
    r"(.+?)\s(?:said|says|reported|reports|announced|announces)\b(?:[^,]{0,30}?\sthat|\s(?:on\s)?[A-Z][a-z]+day)?\s(?:it|they)\s+"
    r"(?:(?:would|will|plans\sto|expects\sto|has|had|have)\s+)?[a-z]+$")


def gapped_subject(between: str) -> str | None:
    """"…was raised to 4.25% and the marginal lending facility rate to 5.25%": the text between the
    figure before and this one leaves the verb out after "and", so the noun phrase in front of
    "to" is what this number measures. None when a verb is there (a clause of its own)."""
    gapped = _GAPPED_RE.match(between)
    if gapped and not any(w.lower() in EN_VERBS or w.lower() in EN_STOP_NP for w in gapped.group(2).split()):
        return gapped.group(2)
    return None


def outlook_moved(prefix: str) -> str | None:
    """"we are raising our revenue outlook to a range of" -> "revenue outlook": the outlook raised
    is what is measured ("raised its forecast to" is left to the rule that finds whose it is)."""
    moved = _OUTLOOK_MOVED_RE.search(prefix)
    return moved.group(1) if moved else None


def said_that_it_owner(prefix: str) -> str | None:
    """"Skyward Airlines said on Thursday that it carried" (or "said it would cut") -> "Skyward Airlines said": the clause
    before "that it", whose subject is who "it" is (the caller reads that subject)."""
    said_it = _SAID_IT_RE.match(prefix)
    if said_it and not re.search(r"\b(?:that|because|if|when|as)\s", said_it.group(1)):
        return said_it.group(1) + " said"
    return None


def owned(owner: str, pronoun: str, measured: str | None) -> str | None:
    """"The European Central Bank" + "its" + "deposit rate" -> "The European Central Bank's deposit rate"."""
    owner = re.sub(r"\s+(?:also|still|again|now|further|then|already)$", "", owner.strip(" ,"))  # "The company also"
    if not measured or pronoun not in ("its", "their") or not owner or owner.lower() in EN_PRONOUN_SUBJECTS \
            or len(owner.split()) > 6:
        return measured if measured and pronoun not in ("its", "their") else (
            f"{pronoun} {measured}" if measured else None)
    return f"{possessive(owner)} {measured}"


def possessive(owner: str) -> str:
    """"Skyfarer Airlines" -> "Skyfarer Airlines'", "Acme" -> "Acme's": a plural takes the apostrophe alone."""
    return f"{owner}'" if owner.endswith("s") and not owner.endswith(("ss", "us", "is", "'s", "’s")) \
        else f"{owner}'s"


_TENOR_NOTES_RE = re.compile(r"\s+of\s+(\d{1,2}-(?:year|month|week)\s+(?:[a-z]+\s+){0,2}?"
                             r"(?:notes|bonds|debt|paper|securities|loans?|bills))\b")
_YIELDING_RE = re.compile(r"\b(\d{1,2}-(?:year|month|week)\s+(?:[a-z]+\s+){0,2}?(?:notes|bonds|bills))\s+"
                          r"(?:yielding|priced\s+to\s+yield|at\s+a\s+yield\s+of)\s*$")


def tenor_notes(after: str) -> str | None:
    """"$700 million of 10-year notes": the notes of that tenor are what the amount is (a tenor opens
    the noun phrase with a digit, which the general "of" rule leaves out)."""
    m = _TENOR_NOTES_RE.match(after)
    return m.group(1) if m else None


def yielding(before: str) -> str | None:
    """"10-year notes yielding 5.32%" -> "10-year notes yield": the rate is the notes' yield."""
    m = _YIELDING_RE.search(before)
    return f"{m.group(1)} yield" if m else None


_EN_WITH_AT_RE = re.compile(r"\bwith\s+(?:(?:the|its|their|a)\s+)?((?:[a-z][\w’'\-]*\s){0,3}[a-z][\w’'\-]*)"
                            r"\s+(?:at|of|near|around)\s+(?:(?:about|around|nearly|almost|roughly|some)\s+)?$"
                            # "Chip stocks led the gains, with the Philadelphia SE Semiconductor index up 3.1%"
                            r"|\bwith\s+(?:the|its|their)\s+((?:[A-Z][\w&’'\-]*\s){1,4}(?:index|Index|shares|stock))"
                            r"\s+(?:up|down|higher|lower)\s+(?:(?:about|nearly|almost|roughly|some)\s+)?$"
                            # "…, with spot rates on the main Asia-Europe route down more than 40%"
                            r"|\bwith\s+(?:(?:the|its|their)\s+)?((?:[a-z][\w’'\-]*\s){0,2}[a-z][\w’'\-]*"
                            r"(?:\s(?:on|in|at|for|of)\s(?:the\s)?(?:[\w’'\-]+\s){0,3}[\w’'\-]+)?)"
                            r"\s+(?:up|down|higher|lower)\s+(?:(?:about|nearly|almost|roughly|some|more\s+than|over|less\s+than)\s+)?$")


def with_named(before: str) -> str | None:
    """"the labour market remained tight, with unemployment at 3.9%": what "with" names is measured."""
    found = _EN_WITH_AT_RE.search(before)
    named = found and (found.group(1) or found.group(2) or found.group(3))
    if named and not any(w.lower() in EN_VERBS for w in named.split()):
        return named
    return None


_EXPECTED_AFTER_RE = re.compile(r"\s+(?:[\w\-]+\s+){1,3}?(?:had\s+|have\s+|has\s+)?(?:expected|forecast|predicted|estimated"
                                r"|projected|anticipated)\b")
COUNT_UNITS = frozenset({"jobs", "vehicles", "passengers", "units", "TEU"})


def expected_count(after: str, counted_before: str | None) -> str | None:
    """"added 120,000 jobs, fewer than the 160,000 economists had expected": the number expected
    counts what the figure before it counted (its unit), not who counted nor who expected."""
    return counted_before if counted_before in COUNT_UNITS and _EXPECTED_AFTER_RE.match(after) else None
