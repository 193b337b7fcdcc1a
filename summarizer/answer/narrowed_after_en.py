"""An English measure narrowed by the phrase right after it: "Net inflows into exchange-traded funds were $18.1
billion" are one product line's inflows, not the firm's, so "What were Ashby's net inflows?" is not answered by them;
"Sales in Mexico fell 0.7%" are one country's. The narrowing phrase stands between the measure and the verb that
gives its number; a question that names the phrase's words is answered by it. A period ("in the quarter", "in
October") narrows no measure.
"""

from __future__ import annotations

import re

__all__ = ["narrowed_after"]

_NARROWING = re.compile(r"\s+(?:into|out of|from|in|at|for)\s+(?:its\s+|the\s+|their\s+)?(?P<words>[a-z][\w\-.]*(?:\s+[a-z][\w\-.]*){0,3}?)"
                        r"\s+(?:were|was|rose|fell|grew|jumped|climbed|slipped|declined|dropped|increased|decreased|totaled"
                        r"|totalled|reached|came to|amounted to|stood at)\b")
_PERIOD_WORDS = re.compile(r"\b(?:quarter|half|year|month|months|weeks?|period|season|january|february|march|april|may"
                           r"|june|july|august|september|october|november|december|20\d\d|fiscal|first|second|third"
                           r"|fourth)\b")


def narrowed_after(question: str, words: tuple[str, ...], sentence: str, at: int) -> bool:
    """Is the asked measure (its last word, `words[-1]`) narrowed in the (folded, English) sentence before the number
    at `at` by a phrase the question does not name?"""
    if not words or re.search(r"[\u3400-\u9fff]", sentence):
        return False
    head = words[-1]
    for found in re.compile(rf"(?<![a-z\-]){re.escape(head)}(?![a-z\-])").finditer(sentence, 0, at):
        after = _NARROWING.match(sentence, found.end())
        if after is None or after.end() > at or sentence[after.end():at].count(",") or _PERIOD_WORDS.search(after.group("words")):
            continue
        phrase = [w for w in re.findall(r"[a-z][\w\-]*", after.group("words")) if len(w) > 2] or [after.group("words")]
        if phrase and not any(w in question for w in phrase):
            return True
    return False
