"""One English keyword per word: a story about a rate cut ranks "cut" and "cuts", "share" and "shares", and the
keyword line showed both ("cuts, …, cut"). The later of two forms of one word (singular and plural, a possessive) is
left out; the graph that ranked them is not changed, so every other keyword keeps its place."""

from __future__ import annotations

__all__ = ["distinct_forms"]


def _base(word: str) -> str:
    word = word.lower()
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def distinct_forms(ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """`ranked` (best first) without a single word whose other form ranks above it."""
    seen: set[str] = set()
    kept = []
    for word, score in ranked:
        key = _base(word) if " " not in word else word.lower()
        if key in seen:
            continue
        seen.add(key)
        kept.append((word, score))
    return kept
