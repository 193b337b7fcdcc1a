"""`Store`: the synchronous storage API, one small method per question the bot asks.

A `Store` owns one SQLite connection and is used by one thread at a time. For
asyncio use `storage.aio.AsyncStore`, which runs the same methods on a writer
thread and a reader pool.

The methods live with their tables, one module per group:

    storage.articles     articles, URL aliases, cached analyses
    storage.search       the sentence index and BM25 search (terms come from the caller)
    storage.chats        chats, their settings and history
    storage.feeds        digest subscriptions, feeds and feed items
    storage.digests      the digest log
    storage.jobs         accepted work not yet answered (crash recovery)
    storage.held         replies a flood wait kept from being sent
    storage.maintenance  purge, stats, backup, integrity, optimize
    storage.watch        watchlists, the alert log, alert settings, feed filters

Naming: `get_*` raises `NotFound`; `find_*` returns None. Every method that
serves a chat takes `chat_id` and only sees articles in that chat's history.
"""

from __future__ import annotations

from storage.articles import ArticleStore
from storage.base import Clock, utc_now
from storage.chats import CHAT_SETTINGS, HISTORY_SOURCES, ChatStore
from storage.digests import DigestLog
from storage.feeds import FEED_PAUSE_AFTER_FAILURES, FeedStore
from storage.held import HeldReplies
from storage.jobs import JobLog
from storage.maintenance import Maintenance
from storage.search import SearchIndex
from storage.watch import WatchTables

__all__ = ["CHAT_SETTINGS", "FEED_PAUSE_AFTER_FAILURES", "HISTORY_SOURCES", "Clock", "Store", "utc_now"]


class Store(ArticleStore, SearchIndex, ChatStore, FeedStore, DigestLog, JobLog, HeldReplies, Maintenance,
            WatchTables):
    """All of newsbrief's persistent state, in one SQLite file.

    `Store(path)` creates the file (and folder) and applies pending migrations;
    `migrate=False` is for extra connections to a file already migrated.
    `clock` returns the current UTC time; tests pass a controllable one.
    """

    def __enter__(self) -> Store:
        return self
