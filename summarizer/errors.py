"""Named exceptions for bad input.

Raised by the pure core; only `bot/` turns them into messages, so the core never
needs to know which language the reader speaks.

    SummarizerError
    ├── EmptyText       — nothing to summarize (empty, whitespace, no sentences)
    └── TextTooLong     — over the character limit
"""

from __future__ import annotations


class SummarizerError(ValueError):
    """Base class for every input error the summarizer raises."""


class EmptyText(SummarizerError):
    """The text is empty, whitespace-only, or holds no sentence."""


class TextTooLong(SummarizerError):
    """The text is over the length limit."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"text has {length} characters; the limit is {limit}")
        self.length = length
        self.limit = limit
