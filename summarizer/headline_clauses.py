"""The later clauses of an English headline name the story's other points.

"Profit rises 12% as margin widens", "Inflation eases to 2.1%, core slows", "Traffic rises
7.4%, load factor climbs": the editor put a second point in the headline after "as", a comma
or a semicolon. The lead states the first clause; the line that states the second shares its
rare words ("margin", "load factor") but, among many lines of figures, the whole headline's
weight is too thin on them to lift it. Here each later clause lifts the one line that shares
most of its own words (`clause_factors`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

_CLAUSE_SPLIT_RE = re.compile(r"[,;:]\s+|\s+(?:as|after|while|but|and)\s+", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z&+-]*")
_STOP = frozenset(
    "the a an of in on at to for from by with its their his her it is are was were be has have had will would "
    "says said say after as while but and than more less over under into amid up down new year years".split())
STEM = 5  # "slows"/"slowed", "widens"/"widened": the same word for this purpose


def _words(text: str) -> set[str]:
    return {w.lower()[:STEM] for w in _WORD_RE.findall(text) if len(w) > 2 and w.lower() not in _STOP}


def clause_factors(texts: Sequence[str], headline: str, bonus: float) -> np.ndarray:
    """1 + `bonus` for the line that best states each later clause of the headline, else 1.

    A clause counts only with words of its own (not in the first clause); the line must share
    two of them, or the clause's only one.
    """
    factors = np.ones(len(texts))
    clauses = [c for c in _CLAUSE_SPLIT_RE.split(headline) if c.strip()]
    if len(clauses) < 2:
        return factors
    first = _words(clauses[0])
    lines = [_words(t) for t in texts]
    for clause in clauses[1:]:
        own = _words(clause) - first
        if not own:
            continue
        shared = [len(own & line) for line in lines]
        best = int(np.argmax(shared))  # earliest of the best
        if shared[best] >= min(2, len(own)):
            factors[best] = 1.0 + bonus
    return factors
