"""In a sentence of two statements joined by "while", "whereas", ";" or 而, each statement's numbers are its own
subject's. "Brent crude futures settled up $1.12, or 1.6%, at $71.45 a barrel, while U.S. West Texas Intermediate crude
gained $1.05, or 1.6%, to $67.80" answers "What price did U.S. crude settle at?" with the part that names U.S. crude:
the mark goes to $67.80, never to Brent's $1.12 because the first part holds more of the question's other words."""

from __future__ import annotations

import re

__all__ = ["in_subjects_part"]

_JOIN = re.compile(r"[;；]|,?\s+(?:while|whereas)\s+|，而|，但")


def _named(name: str, part: str) -> bool:
    if name.isascii():
        return re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", part) is not None
    return name in part


def in_subjects_part(sentence: str, spans: list[tuple[int, int]], names: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans in the parts of `sentence` (folded) that name the subject asked, when some part does and another
    part holding a span does not."""
    names = tuple(n for n in names if len(n) >= 2)
    if len(spans) < 2 or not names:
        return spans
    cuts = [0, *(m.end() for m in _JOIN.finditer(sentence)), len(sentence) + 1]
    parts = [(a, b) for a, b in zip(cuts, cuts[1:])]
    if len(parts) < 2:
        return spans
    naming = [(a, b) for a, b in parts if any(_named(n, sentence[a:b]) for n in names)]
    if not naming or len(naming) == len(parts):
        return spans
    kept = [s for s in spans if any(a <= s[0] < b for a, b in naming)]
    return kept or spans
