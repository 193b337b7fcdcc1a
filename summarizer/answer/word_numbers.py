"""English counts written in words ("thirty artworks", "six people", "eight out of ten companies").

The analysis keeps no figure for them, so a "how many" question about such a count found no number. A
number word answers only when the thing the question counts follows it within two words: "How many
artworks…" is answered by "thirty artworks", never by "one exhibition" or "two meters each".
"""

from __future__ import annotations

import re

from summarizer.answer.zh_counted import prefer_zh_counted

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


_PARTITIVE_WHOLE = re.compile(rf"\b(?:\d+|{_WORD}) of (?:the )?$", re.IGNORECASE)


def prefer_counted(question: str, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the numbers a "how many <noun>" question (or "X有多少") could mean, those its noun follows within three words
    ("just 75 days before" for "How many days…", not "the top 10 face off"), less the whole of a partitive
    ("five of the 10 Democrats": five were asked about); all of them when none is."""
    spans = prefer_zh_counted(question, text, spans)  # "账号有多少", "多少本书", "每人奖励多少"
    asked = _HOW_MANY.search(question)
    if asked is None or len(spans) < 2:
        return spans
    noun = _stem(asked.group(1))
    kept = []
    for start, end in spans:
        # The unit may be inside the span ("75 days") or follow it ("75 days" read as "75").
        after = re.findall(r"[A-Za-z][A-Za-z\-]*", text[end:end + 40])[:3] + re.findall(r"[A-Za-z]+", text[start:end])
        if any(_stem(w) == noun for w in after) and not _PARTITIVE_WHOLE.search(text[max(0, start - 24):start]):
            kept.append((start, end))
    return kept or spans
