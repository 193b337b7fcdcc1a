"""SQLite storage for newsbrief, through sqlite-utils: the embedded default, no server.

    from storage import Store, AsyncStore
    store = Store("newsbrief.db")             # sync: CLI, tests, benchmarks
    astore = await AsyncStore.open("newsbrief.db")   # asyncio: the bot

Storage takes search terms and never makes them: `summarizer.terms` turns text
into terms (`index_text` for sentences, `search_terms` for queries).
See docs/storage.md for the API in one table.
"""

from storage.aio import AsyncStore
from storage.chats import as_shared
from storage.errors import InvalidValue, NotFound, SchemaTooNew, StorageError
from storage.models import (
    ChatSettings,
    DigestRecord,
    Feed,
    FeedEntry,
    FeedItem,
    ForgetResult,
    HistoryEntry,
    SearchHit,
    StorageStats,
    StoredArticle,
    Subscription,
)
from storage.normalize import content_hash, normalize_url
from storage.store import Store

__all__ = [
    "AsyncStore",
    "ChatSettings",
    "DigestRecord",
    "Feed",
    "FeedEntry",
    "FeedItem",
    "ForgetResult",
    "HistoryEntry",
    "InvalidValue",
    "NotFound",
    "SchemaTooNew",
    "SearchHit",
    "StorageError",
    "StorageStats",
    "Store",
    "StoredArticle",
    "Subscription",
    "as_shared",
    "content_hash",
    "normalize_url",
]
