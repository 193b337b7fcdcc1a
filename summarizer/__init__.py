"""Pure text analysis for newsbrief: str in, frozen dataclasses out.

No network, database or Telegram imports belong in this package.
"""

from summarizer.errors import EmptyText, SummarizerError, TextTooLong
from summarizer.model import Analysis, Article, Figure, Keyword, Quote, Sentence
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
    "analyze",
]
