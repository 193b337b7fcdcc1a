"""Pure text analysis for newsbrief: str in, frozen dataclasses out.

No network, database or Telegram imports belong in this package.

`analyze` and `SUMMARIZER_VERSION` load the pipeline (numpy, scipy, jieba) on
first use, so code that only needs the result types — storage, the CLI's
start-up, the bot's main process before its first summary — does not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from summarizer.errors import (
    EmptyText,
    SummarizerError,
    TextTooLong,
    UnsupportedLanguage,
)
from summarizer.model import Analysis, Article, Figure, Keyword, Quote, Sentence

if TYPE_CHECKING:
    from summarizer.pipeline import SUMMARIZER_VERSION, analyze

__all__ = [
    "SUMMARIZER_VERSION",
    "Analysis",
    "Article",
    "EmptyText",
    "Figure",
    "Keyword",
    "Quote",
    "Sentence",
    "SummarizerError",
    "TextTooLong",
    "UnsupportedLanguage",
    "analyze",
]

_LAZY = {"analyze", "SUMMARIZER_VERSION"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from summarizer import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
