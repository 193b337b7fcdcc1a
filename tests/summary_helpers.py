"""What the tests of key sentences and quotes share: the key sentences shown for a text, and the quotes
found in it, as tuples to compare."""

from __future__ import annotations

from summarizer import analyze
from summarizer.model import Quote
from summarizer.quotes import extract_quotes


def shown_sentences(text: str, count: int = 3) -> list[str]:
    """The key sentences of `text` when `count` are shown."""
    return [s.text for s in analyze(text, max_sentences=count).sentences]


def said(text: str) -> list[tuple[str | None, str, str]]:
    """(speaker, kind, text) of each quote of `analyze(text)`."""
    return [(q.speaker, q.kind, q.text) for q in analyze(text).quotes]


def said_titled(text: str) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker, speaker's title, kind, text) of each quote of `analyze(text)`."""
    return [(q.speaker, q.speaker_title, q.kind, q.text) for q in analyze(text).quotes]


def speakers_quoted(text: str) -> list[tuple[str | None, str]]:
    """(speaker, text) of each quote of `analyze(text)`."""
    return [(q.speaker, q.text) for q in analyze(text).quotes]


def quotes(*sentences: str, lang: str = "zh") -> list[Quote]:
    """The quotes `extract_quotes` finds in `sentences`."""
    return list(extract_quotes(sentences, lang=lang))
