"""What the figure tests share: the key figures of some sentences, and one of them by its text."""

from __future__ import annotations

from summarizer.figures import extract_figures
from summarizer.model import Figure


def figures(*sentences: str, lang: str = "zh", key: frozenset[int] = frozenset()) -> list[Figure]:
    """The figures (not dates, codes or ids) of `sentences`, in order."""
    return [f for f in extract_figures(sentences, lang=lang, key_indices=key) if f.kind == "figure"]


def by_text(found: list[Figure], text: str) -> Figure:
    """The first figure written `text`; fails listing what was found instead."""
    matches = [f for f in found if f.text == text]
    assert matches, [f.text for f in found]
    return matches[0]
