"""Rows returned by `Store`: small frozen dataclasses, never sqlite3.Row.

Times are timezone-aware UTC `datetime`s. `Article.published` stays the string
the page gave, because pages state dates in every format.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from summarizer.model import Article


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as stored: the `Article` fields plus its identity and fetch time."""

    id: int
    text: str
    content_hash: str
    fetched_at: datetime
    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None
    lang: str | None = None
    source_type: str = "text"

    def to_article(self) -> Article:
        return Article(
            text=self.text, url=self.url, canonical_url=self.canonical_url, title=self.title,
            site=self.site, author=self.author, published=self.published, lang=self.lang,
            source_type=self.source_type,
        )


@dataclass(frozen=True, slots=True)
class ChatSettings:
    """A chat and its settings; None means "not set, use the bot's default"."""

    chat_id: int
    type: str | None
    title: str | None
    lang: str | None
    tz: str | None
    summary_length: int | None
    auto_summary: bool
    active: bool
    digest_times: tuple[str, ...]
    digest_max_items: int | None
    digest_days_off: tuple[int, ...]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One article in a chat's history, with its latest share.

    `number` is its place in `history()` (1 = most recent), the N of `/summary #N`.
    """

    number: int
    chat_id: int
    article_id: int
    shared_at: datetime
    user_id: int | None
    message_id: int | None
    source: str
    title: str | None
    url: str | None
    site: str | None
    published: str | None
    lang: str | None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One matching sentence; `score` is its BM25 for the query terms, higher is better."""

    article_id: int
    sentence_index: int
    text: str
    title: str | None
    url: str | None
    site: str | None
    published: str | None
    fetched_at: datetime
    shared_at: datetime
    score: float


@dataclass(frozen=True, slots=True)
class Subscription:
    """A chat's digest subscription, with the chat's digest settings joined in."""

    chat_id: int
    paused: bool
    paused_reason: str | None
    tz: str | None
    lang: str | None
    digest_times: tuple[str, ...]
    digest_max_items: int | None
    digest_days_off: tuple[int, ...]
    chat_active: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Feed:
    """A polled RSS/Atom feed; shared by every chat that added the same URL."""

    id: int
    url: str
    title: str | None
    site_url: str | None
    etag: str | None
    last_modified: str | None
    failures: int
    paused: bool
    last_error: str | None
    last_polled_at: datetime | None
    last_ok_at: datetime | None
    next_poll_at: datetime | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """A feed entry as parsed, before it is stored (input of `add_feed_items`)."""

    guid: str
    url: str | None = None
    title: str | None = None
    summary: str | None = None
    published: str | None = None
    alias: str | None = None  # the guid as stored before guids that are links were normalized


@dataclass(frozen=True, slots=True)
class FeedItem:
    id: int
    feed_id: int
    guid: str
    url: str | None
    title: str | None
    summary: str | None
    published: str | None
    article_id: int | None
    first_seen_at: datetime


@dataclass(frozen=True, slots=True)
class DigestRecord:
    """One row of the digest log: status "claimed", "sending" (messages recorded one by
    one) and "sent"; after a crash "partial" or "unsent" (storage.digests)."""

    chat_id: int
    period_key: str
    status: str
    claimed_at: datetime
    sent_at: datetime | None
    item_count: int
    message_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ForgetResult:
    history_entries: int
    articles_purged: int


@dataclass(frozen=True, slots=True)
class StorageStats:
    articles: int
    analyses: int
    sentences: int
    chats: int
    active_chats: int
    history_entries: int
    subscriptions: int
    feeds: int
    paused_feeds: int
    feed_items: int
    digests_sent: int
    db_bytes: int
    schema_version: int
