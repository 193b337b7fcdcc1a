"""What the figure tests share: the key figures of some sentences, and one of them by its text; the figures
of an analysed text by their text, or with their subjects (and changes)."""

from __future__ import annotations

from summarizer import analyze
from summarizer.figures import extract_figures
from summarizer.model import Figure


def figures(*sentences: str, lang: str = "zh", key: frozenset[int] = frozenset()) -> list[Figure]:
    """The figures (not dates, codes or ids) of `sentences`, in order."""
    return [f for f in extract_figures(sentences, lang=lang, key_indices=key) if f.kind == "figure"]


def en_figures(*sentences: str) -> list[Figure]:
    """The figures of English `sentences`, in order."""
    return figures(*sentences, lang="en")


def by_text(found: list[Figure], text: str) -> Figure:
    """The first figure written `text`; fails listing what was found instead."""
    matches = [f for f in found if f.text == text]
    assert matches, [f.text for f in found]
    return matches[0]


def figures_by_text(text: str) -> dict[str, Figure]:
    """The figures of `analyze(text)` by their text (the last one of a text written twice)."""
    return {f.text: f for f in analyze(text).figures if f.kind == "figure"}


def subject_pairs(text: str) -> list[tuple[str, str | None]]:
    """(text, subject) of each figure of `text` analysed with an empty title, in order."""
    return [(f.text, f.subject) for f in analyze(text, title="").figures if f.kind == "figure"]


def subjects_and_changes(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each figure of `analyze(text)` by its text: (subject, change)."""
    return {f.text: (f.subject, f.change) for f in analyze(text).figures if f.kind == "figure"}
