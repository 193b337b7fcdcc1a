"""A share is a share of its own whole. "What share of microcontrollers did carmakers have to buy from Norventa?" is not
answered by "Norventa's share of the market exceeded 60%": that share is of the market, and the sentence never names
the microcontrollers asked. (The answer is the "at least 80% of their microcontrollers" of the sentence before.)"""

from __future__ import annotations

import re

__all__ = ["share_of_another_whole"]

_SKIP = r"(?:(?:the|its|their|his|her|our|all|total|[\w.-]+'s?)\s+)*"
# The whole asked: "what share of microcontrollers", "what percentage of its staff", "what proportion of Brightline's
# sales".
_ASKED = re.compile(rf"\b(?:share|proportion|percentage|percent)\s+of\s+{_SKIP}([a-z][a-z-]+)")
# The whole a sentence states its share of: "share of the market", "market share", "share of global sales".
_STATED_OF = re.compile(rf"\b(?:share|proportion|percentage)\s+of\s+{_SKIP}([a-z][a-z-]+)")
_STATED_BEFORE = re.compile(r"\b([a-z][a-z-]+)\s+share\b")


def _stem(word: str) -> str:
    return re.sub(r"(?:ies|es|s)$", "", word)[:6]


def share_of_another_whole(question: str, sentence: str, at: int) -> bool:
    """Does the English clause before the number state a share of a whole other than the one asked, in a sentence that
    never names the whole asked? Both strings folded (lower case)."""
    asked = _ASKED.search(question)
    if not asked or re.search(r"[\u3400-\u9fff]", sentence):
        return False
    whole = _stem(asked.group(1))
    if re.search(rf"\b{re.escape(whole)}", sentence):
        return False
    clause = re.split(r"[;:]|,\s", sentence[:at])[-1]
    stated = [m.group(1) for m in _STATED_OF.finditer(clause)] + [m.group(1) for m in _STATED_BEFORE.finditer(clause)]
    return any(_stem(word) != whole for word in stated if word not in ("a", "the", "its", "their"))
