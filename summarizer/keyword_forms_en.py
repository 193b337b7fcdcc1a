"""One English keyword per word: a story about a rate cut ranks "cut" and "cuts", "share" and "shares", and the
keyword line showed both ("cuts, …, cut"). The later of two forms of one word (singular and plural, a possessive) is
left out; the graph that ranked them is not changed, so every other keyword keeps its place. The forms are the ones
the answer package folds (`summarizer.en_stem`): "cutting" and "cut", "rose" and "rise" are one word too."""

from __future__ import annotations

from summarizer.en_stem import stem

__all__ = ["distinct_forms"]


def distinct_forms(ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """`ranked` (best first) without a single word whose other form ranks above it."""
    seen: set[str] = set()
    kept = []
    for word, score in ranked:
        key = stem(word.lower()) if " " not in word else word.lower()
        if key in seen:
            continue
        seen.add(key)
        kept.append((word, score))
    return kept
