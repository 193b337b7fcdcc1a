"""One English stemmer: the forms of a word that are one word to a reader.

Two places fold English word forms: the answer package compares a question's words with a
sentence's ("introduced" asks about "introduces", "fell" about "fall"), and the keyword line
shows one keyword per word ("cut" and "cuts", "share" and "shares" were both shown). They kept
two definitions that drifted apart (the keyword line folded only plurals); this is the one
both use. Light on purpose: no dictionary, so nothing to download.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["stem"]

# Irregular verbs of business news, to their base form.
_IRREGULAR = {"fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "grew": "grow", "grown": "grow",
              "sold": "sell", "bought": "buy", "paid": "pay", "won": "win", "lost": "lose", "slid": "slide",
              "sank": "sink", "sunk": "sink", "shrank": "shrink", "shrunk": "shrink", "spent": "spend",
              "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give", "saw": "see",
              "seen": "see", "began": "begin", "begun": "begin", "hit": "hit", "cut": "cut", "shed": "shed",
              "valuation": "value", "valuations": "value"}  # "valuation" asked, "values the company at" written


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A folded (lower-case) English word's stem: enough for "introduced"/"introduce"/
    "introduces" and plurals to meet, nothing more (no dictionary, so it never needs downloading)."""
    word = word.removesuffix("'s").removesuffix("'").removesuffix("’s")
    word = _IRREGULAR.get(word, word)  # "fell" meets "fall", "rose" meets "rise"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            base = word[: -len(suffix)]
            if suffix in ("ing", "ed") and re.search(r"([gmnpt])\1$", base):
                return base[:-1]  # "cutting" meets "cut", "planned" meets "plan"
            return base
    return word
