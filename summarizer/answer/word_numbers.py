"""English counts written in words ("thirty artworks", "six people", "eight out of ten companies").

The analysis keeps no figure for them, so a "how many" question about such a count found no number. A
number word answers only when the thing the question counts follows it within two words: "How many
artworks…" is answered by "thirty artworks", never by "one exhibition" or "two meters each".
"""

from __future__ import annotations

import re

__all__ = ["counted_word_spans"]

_UNITS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen").split()
_WORD = "|".join(_UNITS)
# "thirty", "twenty-five", "eight out of ten", "two hundred": a count in words (never "one": it is an article too).
_COUNT = re.compile(rf"\b(?:{_WORD})(?:[- ](?:{_WORD}))*(?: out of (?:{_WORD}))?\b", re.IGNORECASE)
_HOW_MANY = re.compile(r"\bhow many\s+([a-z][a-z\-]*)", re.IGNORECASE)


def _stem(word: str) -> str:
    word = word.lower()
    for tail, repl in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(tail) and len(word) > len(tail) + 2:
            return word[: -len(tail)] + repl
    return word


def counted_word_spans(question: str, text: str) -> list[tuple[int, int]]:
    """Spans of the counts in words that the question's "how many <noun>" counts."""
    asked = _HOW_MANY.search(question)
    if asked is None:
        return []
    noun = _stem(asked.group(1))
    spans = []
    for m in _COUNT.finditer(text):
        after = re.findall(r"[A-Za-z][A-Za-z\-]*", text[m.end():m.end() + 40])[:3]
        if any(_stem(w) == noun or _stem(w).startswith(noun) and len(noun) >= 5 for w in after[:3]):
            spans.append(m.span())
    return spans
