"""The last look at every figure, in both languages, after all subject rules (`summarizer.figures` runs it last):
the directions a sentence states around a figure (summarizer.figure_directions) and a trial's test statistics
(summarizer.figure_statistics). One entry so the figure pipeline names one pass for what the fifteenth round of
news written for the purpose found in both languages."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.figure_directions import stated_directions
from summarizer.figure_statistics import trial_statistics
from summarizer.model import Figure

__all__ = ["last_look"]


def last_look(figures: Sequence[Figure], sentences: Sequence[str], lang: str) -> list[Figure]:
    """`figures` with stated directions set and test statistics read as such."""
    return trial_statistics(stated_directions(figures, sentences, lang), sentences)
