"""The two sides of a flow, in English: exports and imports, inflows and outflows. "How much did U.S. crude exports
fall?" is not answered by "net crude imports fell by 820,000 barrels per day": the clause names the other side and
not the one asked. (Chinese pair words, 进出口/出口/进口, are `pair_words`.)"""

from __future__ import annotations

import re

__all__ = ["other_side"]

_SIDES = (
    (re.compile(r"\bexport(?:s|ed|ing|ers?)?\b"), re.compile(r"\bimport(?:s|ed|ing|ers?)?\b")),
    (re.compile(r"\binflows?\b"), re.compile(r"\boutflows?\b")),
)


def other_side(question: str, sentence: str, at: int) -> bool:
    """Does the question ask one side of a flow while the sentence never names it, or the number's clause names only
    the other side?"""
    if re.search(r"[\u3400-\u9fff]", sentence):
        return False  # a Chinese sentence is read by `pair_words`
    clause = re.split(r"[,;:]|\bwhile\b|\bwhereas\b|\band\b", sentence[:at])[-1]
    for one, other in _SIDES:
        for asked, opposite in ((one, other), (other, one)):
            if asked.search(question) and not opposite.search(question) and (
                    not asked.search(sentence) or opposite.search(clause) and not asked.search(clause)):
                return True  # (a sentence that never names the side asked is about something else)
    return False
