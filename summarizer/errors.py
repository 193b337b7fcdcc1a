"""Named exceptions for bad input.

Raised by the pure core; only `bot/` turns them into messages, so the core never
needs to know which language the reader speaks.

    SummarizerError
    ├── EmptyText       — nothing to summarize (empty, whitespace, no sentences)
    ├── TextTooLong     — over the character limit
    ├── NotAnArticle    — a page or PDF holds no article (`reason` says why)
    └── UnsupportedLanguage — the text is in a language we do not analyse (`lang`)
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


class NotAnArticle(SummarizerError):
    """A page or PDF holds no article text worth summarizing.

    `reason` is one of REASONS, so `bot/` can say precisely what the page is.
    """

    REASONS = ("paywall", "login", "js_shell", "captcha", "too_short", "no_text")

    def __init__(self, reason: str) -> None:
        if reason not in self.REASONS:
            raise ValueError(f"unknown reason {reason!r}")
        super().__init__(f"not an article: {reason}")
        self.reason = reason


class UnsupportedLanguage(SummarizerError):
    """The text is mostly in a language other than Chinese or English (`lang`: "ja", "ko").

    Analysing Japanese with a Chinese tokenizer gives garbled keywords and figures cut
    out of words (74조원 read as "74"); saying so is better than a wrong summary.
    """

    def __init__(self, lang: str) -> None:
        super().__init__(f"unsupported language: {lang}")
        self.lang = lang
