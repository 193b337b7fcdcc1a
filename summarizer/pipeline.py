"""analyze(): the one public entry point of the summarizer (filled in by the core work)."""

from __future__ import annotations

from summarizer.model import Analysis

SUMMARIZER_VERSION = "0"


def analyze(text: str, *, title: str | None = None, max_sentences: int | None = None,
            lang: str | None = None, engine: str = "fast") -> Analysis:
    raise NotImplementedError("the summarizer core is not built yet")
