"""The kind of thing an English count asks, against the kind the number counts.

"How many prepaid subscribers did Northline add?" is not answered by "added 412,000 postpaid phone subscribers": the
number is followed by what it counts, and that names another kind of subscriber. Only a number whose own noun phrase
holds every word the question puts before the counted noun answers; a number with no noun phrase of that noun after
it ("bringing its total to 9.6 million") is left to the other checks.
"""

from __future__ import annotations

import re

__all__ = ["counted_kind_ok"]

_HOW_MANY = re.compile(r"\bhow many\s+(?P<words>(?:[a-z][\w\-]*\s+){0,3}?)(?P<noun>[a-z][\w\-]*)\s+"
                       r"(?:did|does|do|were|was|has|have|had|will|are|is)\b")
# Nouns that count the same people or accounts.
_SAME = (frozenset("subscribers subscriber customers customer users user accounts account connections connection "
                   "clients client members member lines line".split()),)
_NUMBER = re.compile(r"[\d.,]+\s*(?:million|billion|thousand)?\s+")
_NOT_KINDS = frozenset("new net more additional total the its their of".split())


def _same_noun(a: str, b: str) -> bool:
    return a.rstrip("s") == b.rstrip("s") or any(a in group and b in group for group in _SAME)


def counted_kind_ok(question: str, sentence: str, span: tuple[int, int]) -> bool:
    """False when the number at `span` counts a kind of the asked noun that lacks a word the question asks."""
    asked = _HOW_MANY.search(question)
    if asked is None:
        return True
    kinds = [w for w in asked.group("words").split() if w not in _NOT_KINDS and len(w) > 2]
    if not kinds:
        return True
    number = _NUMBER.match(sentence, span[0])
    if number is None:
        return True
    following = re.findall(r"[a-z][\w\-]*", sentence[number.end():number.end() + 60])[:4]
    noun = next((i for i, w in enumerate(following) if _same_noun(w, asked.group("noun"))), None)
    if not noun:
        return True  # no noun, or no kind of its own before it ("3,248 cases reported worldwide")
    return all(k in following[:noun] for k in kinds)
