"""What a command answers, as data: the front ends render it (`bot.render.replies`) and send it.

A reply is a tuple of parts; each part is one message. The core decides what to
say, never how: no HTML, no buttons, no Telegram here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.core.digest import DigestConfig
from bot.core.service import Brief
from bot.core.watching import Alert, TrackResult, WatchChange, WatchEntry
from storage.models import ChatSettings, Feed, HistoryEntry, SearchHit, Subscription
from storage.watch import AlertSettings
from summarizer.answer import Answer
from summarizer.watch import FeedFilter


@dataclass(frozen=True, slots=True)
class Text:
    """An i18n text; `lang` overrides the chat's language (the answer to /lang)."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """A reader error (`bot.errors`), with the usage text that helps, if any."""

    error: BaseException
    hint: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleView:
    """One view of an article: "summary", "numbers", "quotes", "source" or "keywords"."""

    brief: Brief
    view: str = "summary"
    length: int | None = None
    count: int | None = None  # /numbers 5, /quotes 3, /keywords 4: the first N items of the view


@dataclass(frozen=True, slots=True)
class History:
    entries: Sequence[HistoryEntry]
    zone: str = "UTC"  # the chat's time zone: the times are shown in it
    page: int = 1  # /history N: page N of `pages`, ten articles to a page
    pages: int = 1


@dataclass(frozen=True, slots=True)
class SearchResults:
    hits: Sequence[SearchHit]
    query: str
    # No sentence held every word: these hold some of them (said so above them).
    partial: bool = False


@dataclass(frozen=True, slots=True)
class AnswerView:
    answer: Answer


@dataclass(frozen=True, slots=True)
class Help:
    pass


@dataclass(frozen=True, slots=True)
class ChatSettingsView:
    settings: ChatSettings | None
    default_tz: str
    group: bool


@dataclass(frozen=True, slots=True)
class ConfirmForget:
    """Ask before deleting the chat's history (Telegram: buttons; the console: "/forget yes")."""


@dataclass(frozen=True, slots=True)
class FeedList:
    feeds: Sequence[Feed]
    filters: dict[int, FeedFilter] = field(default_factory=dict)  # by feed id


@dataclass(frozen=True, slots=True)
class FeedFilterSet:
    number: int
    feed_filter: FeedFilter


@dataclass(frozen=True, slots=True)
class FeedChanged:
    feed: Feed
    added: bool
    already: bool = False  # added again: the chat followed it before
    resumed: bool = False  # added again while paused, and it answered: polled again


@dataclass(frozen=True, slots=True)
class OfLink:
    """A part about one link of several in a message (why it was not read; that it was
    summarized here before): the link is named above it, so the reader knows which."""

    url: str
    part: Any


@dataclass(frozen=True, slots=True)
class FeedBatch:
    """`/feed add URL1 URL2 …`: what became of each link, in the order given (a batch got only
    the usage line; a reply per link leaves none to guess about)."""

    outcomes: tuple[tuple[str, tuple[Any, ...]], ...]  # (the link as sent, its parts)


@dataclass(frozen=True, slots=True)
class Subscribed:
    subscription: Subscription
    next_slot: datetime | None
    config: DigestConfig


@dataclass(frozen=True, slots=True)
class DigestSettingsView:
    subscription: Subscription
    config: DigestConfig


@dataclass(frozen=True, slots=True)
class WatchChanged:
    change: WatchChange


@dataclass(frozen=True, slots=True)
class Unwatched:
    removed: tuple[str, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WatchListView:
    entries: Sequence[WatchEntry]
    settings: AlertSettings
    default_cap: int


@dataclass(frozen=True, slots=True)
class TrackView:
    name: str
    result: TrackResult


@dataclass(frozen=True, slots=True)
class AlertView:
    """An alert about a watched name (after a summary of an article shared in the chat)."""

    alert: Alert


Part = (Text | Failure | ArticleView | History | SearchResults | AnswerView | Help | ChatSettingsView
        | ConfirmForget | FeedList | FeedChanged | FeedBatch | OfLink | Subscribed | DigestSettingsView | FeedFilterSet
        | WatchChanged | Unwatched | WatchListView | TrackView | AlertView)
Reply = tuple[Part, ...]


def say(key: str, **values: Any) -> Reply:
    """A reply of one i18n text."""
    return (Text(key, values),)


def article_of(part: Part) -> int | None:
    """The article a sent part is about, to link its message to (a reply to that message, a
    question or /summary, then means that article): an article's view, or an /ask answer whose
    sentences all come from one article (a follow-up question under the answer asks about it)."""
    if isinstance(part, ArticleView):
        return part.brief.article_id
    if isinstance(part, AnswerView) and not part.answer.abstained and part.answer.sentences:
        cited = {s.citation.article_id for s in part.answer.sentences}
        only = cited.pop() if len(cited) == 1 else None
        return only if isinstance(only, int) else None
    return None
