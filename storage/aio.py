"""`AsyncStore`: the `Store` API as awaitables, for the asyncio bot.

The datasette pattern: every write runs on ONE dedicated writer thread with its
own connection, so writes are serialized in-process and never contend for the
lock; reads run on a small pool, each thread with its own connection (WAL lets
them read while the writer writes). The event loop only awaits futures.

Every `Store` method marked `@reads`/`@writes` has a typed twin here with the
same name and arguments (tests/test_storage_concurrency.py checks they agree);
see `Store` for what each one does.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from storage.base import Clock, utc_now
from storage.feeds import FEED_PAUSE_AFTER_FAILURES
from storage.held import HeldMessage
from storage.jobs import PendingJob
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
from storage.store import Store
from storage.watch import AlertRecord, AlertSettings, WatchName
from summarizer.model import Analysis, Article

DEFAULT_READERS = 3
T = TypeVar("T")


class AsyncStore:
    """Open with `await AsyncStore.open(path)`; close with `await store.close()`."""

    def __init__(self, path: str | Path, *, readers: int = DEFAULT_READERS,
                 clock: Clock = utc_now) -> None:
        self.path = Path(path)
        self._clock = clock
        self._local = threading.local()
        self._stores: list[Store] = []
        self._stores_lock = threading.Lock()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storage-writer")
        self._readers = ThreadPoolExecutor(max_workers=readers, thread_name_prefix="storage-reader")
        self._closed = False

    @classmethod
    async def open(cls, path: str | Path, *, readers: int = DEFAULT_READERS,
                   clock: Clock = utc_now) -> AsyncStore:
        """Create/migrate the file on the writer thread."""
        store = cls(path, readers=readers, clock=clock)
        try:
            await store._run(store._writer, lambda s: None, migrate=True)
        except BaseException:
            await store.close()
            raise
        return store

    def now(self) -> datetime:
        """The store's clock: the time it stamps rows with (tests pass their own)."""
        return self._clock()

    async def __aenter__(self) -> AsyncStore:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _thread_store(self, *, migrate: bool = False) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.path, migrate=migrate, clock=self._clock)
            self._local.store = store
            with self._stores_lock:
                self._stores.append(store)
        return store

    async def _run(self, executor: ThreadPoolExecutor, call: Callable[[Store], T], *,
                   migrate: bool = False) -> T:
        if self._closed:
            raise RuntimeError("AsyncStore is closed")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(executor, lambda: call(self._thread_store(migrate=migrate)))

    async def _read(self, method: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`method` (a `Store` method) on a reader thread's connection."""
        return await self._run(self._readers, lambda store: method(store, *args, **kwargs))

    async def _write(self, method: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`method` (a `Store` method) on the writer thread's connection."""
        return await self._run(self._writer, lambda store: method(store, *args, **kwargs))

    async def close(self) -> None:
        """Finish queued work, then close every thread's connection."""
        if self._closed:
            return
        self._closed = True
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, self._shutdown)

    def _shutdown(self) -> None:
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True)
        with self._stores_lock:
            for store in self._stores:
                store.close()
            self._stores.clear()

    # -- articles ------------------------------------------------------------

    async def put_article(self, article: Article, *,
            fetched_at: datetime | None = None) -> tuple[StoredArticle, bool]:
        return await self._write(Store.put_article, article, fetched_at=fetched_at)

    async def add_article_url(self, article_id: int, url: str, *, page: str | None = None) -> None:
        return await self._write(Store.add_article_url, article_id, url, page=page)

    async def get_article(self, article_id: int) -> StoredArticle:
        return await self._read(Store.get_article, article_id)

    async def find_article_by_url(self, url: str) -> StoredArticle | None:
        return await self._read(Store.find_article_by_url, url)

    async def page_of(self, url: str) -> str | None:
        return await self._read(Store.page_of, url)

    async def find_article_by_hash(self, digest: str) -> StoredArticle | None:
        return await self._read(Store.find_article_by_hash, digest)

    async def find_article_by_text(self, text: str) -> StoredArticle | None:
        return await self._read(Store.find_article_by_text, text)

    async def put_analysis(self, article_id: int, analysis: Analysis, *,
            version: str | None = None, params_key: str = "") -> None:
        return await self._write(Store.put_analysis, article_id, analysis, version=version,
            params_key=params_key)

    async def find_analysis(self, article_id: int, *, version: str,
            params_key: str = "") -> Analysis | None:
        return await self._read(Store.find_analysis, article_id, version=version, params_key=params_key)

    async def latest_analysis(self, article_id: int, *, params_key: str = "") -> Analysis | None:
        return await self._read(Store.latest_analysis, article_id, params_key=params_key)

    async def prune_analyses(self, *, keep_version: str) -> int:
        return await self._write(Store.prune_analyses, keep_version=keep_version)

    # -- search --------------------------------------------------------------

    async def index_sentences(self, article_id: int, sentences: Sequence[str],
            terms: Sequence[str]) -> int:
        return await self._write(Store.index_sentences, article_id, sentences, terms)

    async def article_sentences(self, article_id: int) -> list[str]:
        return await self._read(Store.article_sentences, article_id)

    async def search(self, chat_id: int, terms: Sequence[str], *, limit: int = 20,
            mode: str = "any", article_id: int | None = None) -> list[SearchHit]:
        return await self._read(Store.search, chat_id, terms, limit=limit, mode=mode,
            article_id=article_id)

    async def search_terms_version(self) -> str | None:
        return await self._read(Store.search_terms_version)

    async def set_search_terms_version(self, version: str) -> None:
        return await self._write(Store.set_search_terms_version, version)

    async def sentences_after(self, after_id: int, *, limit: int = 1000) -> list[tuple[int, str]]:
        return await self._read(Store.sentences_after, after_id, limit=limit)

    async def replace_sentence_terms(self, rows: Sequence[tuple[int, str]]) -> int:
        return await self._write(Store.replace_sentence_terms, rows)

    async def rebuild_search_index(self, index_texts: Callable[[Sequence[str]], Sequence[str]]) -> int:
        return await self._write(Store.rebuild_search_index, index_texts)

    # -- chats ---------------------------------------------------------------

    async def ensure_chat(self, chat_id: int, *, type: str | None = None,
            title: str | None = None) -> ChatSettings:
        return await self._write(Store.ensure_chat, chat_id, type=type, title=title)

    async def get_chat(self, chat_id: int) -> ChatSettings:
        return await self._read(Store.get_chat, chat_id)

    async def find_chat(self, chat_id: int) -> ChatSettings | None:
        return await self._read(Store.find_chat, chat_id)

    async def update_chat_settings(self, chat_id: int, **changes: Any) -> ChatSettings:
        return await self._write(Store.update_chat_settings, chat_id, **changes)

    async def set_chat_active(self, chat_id: int, active: bool) -> ChatSettings:
        return await self._write(Store.set_chat_active, chat_id, active)

    async def move_chat(self, old_id: int, new_id: int) -> bool:
        return await self._write(Store.move_chat, old_id, new_id)

    async def list_chats(self, *, active: bool | None = None) -> list[ChatSettings]:
        return await self._read(Store.list_chats, active=active)

    async def delete_chat(self, chat_id: int) -> ForgetResult:
        return await self._write(Store.delete_chat, chat_id)

    async def add_history(self, chat_id: int, article_id: int, *, message_id: int | None = None,
            user_id: int | None = None, source: str = "link",
            at: datetime | None = None, url: str | None = None) -> HistoryEntry:
        return await self._write(Store.add_history, chat_id, article_id, message_id=message_id,
            user_id=user_id, source=source, at=at, url=url)

    async def shared_url(self, chat_id: int, article_id: int) -> str | None:
        return await self._read(Store.shared_url, chat_id, article_id)

    async def link_message(self, chat_id: int, message_id: int, article_id: int) -> None:
        return await self._write(Store.link_message, chat_id, message_id, article_id)

    async def history(self, chat_id: int, *, limit: int = 10, offset: int = 0) -> list[HistoryEntry]:
        return await self._read(Store.history, chat_id, limit=limit, offset=offset)

    async def history_entry(self, chat_id: int, number: int) -> HistoryEntry:
        return await self._read(Store.history_entry, chat_id, number)

    async def last_article(self, chat_id: int) -> StoredArticle:
        return await self._read(Store.last_article, chat_id)

    async def article_for_message(self, chat_id: int, message_id: int) -> StoredArticle:
        return await self._read(Store.article_for_message, chat_id, message_id)

    async def chat_article(self, chat_id: int, article_id: int) -> StoredArticle:
        return await self._read(Store.chat_article, chat_id, article_id)

    async def history_since(self, chat_id: int, since: datetime | None, *,
            sources: Sequence[str] = ("link", "text", "reply")) -> list[HistoryEntry]:
        return await self._read(Store.history_since, chat_id, since, sources=sources)

    async def count_history(self, chat_id: int) -> int:
        return await self._read(Store.count_history, chat_id)

    async def forget_chat(self, chat_id: int) -> ForgetResult:
        return await self._write(Store.forget_chat, chat_id)

    # -- feeds ---------------------------------------------------------------

    async def subscribe(self, chat_id: int, *, times: Sequence[str] | None = None,
            tz: str | None = None) -> Subscription:
        return await self._write(Store.subscribe, chat_id, times=times, tz=tz)

    async def unsubscribe(self, chat_id: int) -> bool:
        return await self._write(Store.unsubscribe, chat_id)

    async def pause_subscription(self, chat_id: int, reason: str) -> Subscription:
        return await self._write(Store.pause_subscription, chat_id, reason)

    async def get_subscription(self, chat_id: int) -> Subscription:
        return await self._read(Store.get_subscription, chat_id)

    async def list_subscriptions(self, *, include_paused: bool = False) -> list[Subscription]:
        return await self._read(Store.list_subscriptions, include_paused=include_paused)

    async def add_feed(self, chat_id: int, url: str, *, title: str | None = None,
            site_url: str | None = None) -> Feed:
        return await self._write(Store.add_feed, chat_id, url, title=title, site_url=site_url)

    async def get_feed(self, feed_id: int) -> Feed:
        return await self._read(Store.get_feed, feed_id)

    async def chat_feeds(self, chat_id: int) -> list[Feed]:
        return await self._read(Store.chat_feeds, chat_id)

    async def remove_chat_feed(self, chat_id: int, feed_id: int) -> None:
        return await self._write(Store.remove_chat_feed, chat_id, feed_id)

    async def feeds_due(self, *, now: datetime | None = None, limit: int | None = None) -> list[Feed]:
        return await self._read(Store.feeds_due, now=now, limit=limit)

    async def record_feed_success(self, feed_id: int, *, next_poll_at: datetime,
            etag: str | None = None, last_modified: str | None = None, title: str | None = None,
            site_url: str | None = None) -> Feed:
        return await self._write(Store.record_feed_success, feed_id, next_poll_at=next_poll_at,
            etag=etag, last_modified=last_modified, title=title, site_url=site_url)

    async def record_feed_failure(self, feed_id: int, error: str, *, next_poll_at: datetime,
            pause_after: int = FEED_PAUSE_AFTER_FAILURES) -> Feed:
        return await self._write(Store.record_feed_failure, feed_id, error,
            next_poll_at=next_poll_at, pause_after=pause_after)

    async def resume_feed(self, feed_id: int) -> Feed:
        return await self._write(Store.resume_feed, feed_id)

    async def claim_feed_pause_notices(self, feed_id: int) -> list[int]:
        return await self._write(Store.claim_feed_pause_notices, feed_id)

    async def add_feed_items(self, feed_id: int, entries: Iterable[FeedEntry], *,
            now: datetime | None = None) -> list[FeedItem]:
        return await self._write(Store.add_feed_items, feed_id, entries, now=now)

    async def get_feed_item(self, item_id: int) -> FeedItem:
        return await self._read(Store.get_feed_item, item_id)

    async def set_feed_item_article(self, item_id: int, article_id: int) -> FeedItem:
        return await self._write(Store.set_feed_item_article, item_id, article_id)

    async def feed_items_for_chat(self, chat_id: int, *, since: datetime | None = None,
            until: datetime | None = None) -> list[FeedItem]:
        return await self._read(Store.feed_items_for_chat, chat_id, since=since, until=until)

    async def feed_item_ids_for_chat(self, chat_id: int, *, since: datetime | None = None,
            until: datetime | None = None) -> list[int]:
        return await self._read(Store.feed_item_ids_for_chat, chat_id, since=since, until=until)

    async def prune_feed_items(self, *, older_than: datetime) -> int:
        return await self._write(Store.prune_feed_items, older_than=older_than)

    # -- pending jobs --------------------------------------------------------

    async def accept_job(self, chat_id: int, message_id: int, request: str, *, owner: str = "",
                         placeholder_id: int | None = None, now: datetime | None = None) -> int | None:
        return await self._write(Store.accept_job, chat_id, message_id, request, owner=owner,
                                 placeholder_id=placeholder_id, now=now)

    async def finish_job(self, job_id: int, *, failed: bool = False, now: datetime | None = None) -> bool:
        return await self._write(Store.finish_job, job_id, failed=failed, now=now)

    async def unfinished_jobs(self, *, not_owner: str = "") -> list[PendingJob]:
        return await self._read(Store.unfinished_jobs, not_owner=not_owner)

    async def claim_job(self, job_id: int, attempts: int, *, owner: str = "") -> bool:
        return await self._write(Store.claim_job, job_id, attempts, owner=owner)

    async def get_job(self, job_id: int) -> PendingJob | None:
        return await self._read(Store.get_job, job_id)

    async def prune_jobs(self, *, older_than: timedelta = timedelta(days=7),
                         now: datetime | None = None) -> int:
        return await self._write(Store.prune_jobs, older_than=older_than, now=now)

    # -- replies held by a flood wait ----------------------------------------

    async def hold_messages(self, chat_id: int, messages: Sequence[HeldMessage], *, due_at: datetime) -> list[int]:
        return await self._write(Store.hold_messages, chat_id, messages, due_at=due_at)

    async def held_messages(self, chat_id: int | None = None) -> list[HeldMessage]:
        return await self._read(Store.held_messages, chat_id)

    async def postpone_held(self, chat_id: int, *, due_at: datetime) -> int:
        return await self._write(Store.postpone_held, chat_id, due_at=due_at)

    async def settle_held(self, message_id: int | None = None, *, chat_id: int | None = None) -> int:
        return await self._write(Store.settle_held, message_id, chat_id=chat_id)

    # -- digests -------------------------------------------------------------

    async def claim_digest(self, chat_id: int, period_key: str, *, now: datetime | None = None) -> bool:
        return await self._write(Store.claim_digest, chat_id, period_key, now=now)

    async def mark_digest_sent(self, chat_id: int, period_key: str, *,
            message_ids: Sequence[int] = (), item_count: int = 0,
            now: datetime | None = None) -> DigestRecord:
        return await self._write(Store.mark_digest_sent, chat_id, period_key,
            message_ids=message_ids, item_count=item_count, now=now)

    async def plan_digest(self, chat_id: int, period_key: str, *, parts: int, item_count: int = 0) -> None:
        return await self._write(Store.plan_digest, chat_id, period_key, parts=parts, item_count=item_count)

    async def record_digest_part(self, chat_id: int, period_key: str, message_id: int, *,
                                 now: datetime | None = None) -> None:
        return await self._write(Store.record_digest_part, chat_id, period_key, message_id, now=now)

    async def settle_digests(self) -> dict[str, int]:
        return await self._write(Store.settle_digests)

    async def release_digest(self, chat_id: int, period_key: str) -> bool:
        return await self._write(Store.release_digest, chat_id, period_key)

    async def get_digest(self, chat_id: int, period_key: str) -> DigestRecord:
        return await self._read(Store.get_digest, chat_id, period_key)

    async def last_digest(self, chat_id: int) -> DigestRecord | None:
        return await self._read(Store.last_digest, chat_id)

    async def last_digests(self) -> dict[int, DigestRecord]:
        return await self._read(Store.last_digests)

    # -- maintenance ---------------------------------------------------------

    async def purge_orphan_articles(self) -> int:
        return await self._write(Store.purge_orphan_articles)

    async def stats(self) -> StorageStats:
        return await self._read(Store.stats)

    async def backup(self, destination: str | Path) -> Path:
        return await self._read(Store.backup, destination)

    async def integrity_problems(self) -> list[str]:
        return await self._read(Store.integrity_problems)

    async def optimize(self) -> None:
        return await self._write(Store.optimize)

    # -- watchlists, alerts, feed filters -------------------------------------

    async def add_watch_names(self, chat_id: int, names: Sequence[tuple[str, str]], *,
                        user_id: int | None = None) -> list[str]:
        return await self._write(Store.add_watch_names, chat_id, names, user_id=user_id)

    async def remove_watch_name(self, chat_id: int, folded: str) -> str | None:
        return await self._write(Store.remove_watch_name, chat_id, folded)

    async def watch_names(self, chat_id: int) -> list[WatchName]:
        return await self._read(Store.watch_names, chat_id)

    async def watchlists(self, chat_ids: Sequence[int] | None = None) -> dict[int, list[str]]:
        return await self._read(Store.watchlists, chat_ids)

    async def alert_settings(self, chat_id: int) -> AlertSettings:
        return await self._read(Store.alert_settings, chat_id)

    async def set_alert_settings(self, chat_id: int, *, hourly_cap: int | None = None,
                           quiet_hours: str | None = None, clear_quiet_hours: bool = False) -> AlertSettings:
        return await self._write(Store.set_alert_settings, chat_id, hourly_cap=hourly_cap, quiet_hours=quiet_hours, clear_quiet_hours=clear_quiet_hours)

    async def log_alert(self, chat_id: int, *, names: Sequence[str], status: str, article_id: int | None,
                  url_key: str | None, signature: bytes | None, title: str | None, url: str | None,
                  sources: Sequence[str], at: datetime | None = None) -> AlertRecord:
        return await self._write(Store.log_alert, chat_id, names=names, status=status, article_id=article_id, url_key=url_key, signature=signature, title=title, url=url, sources=sources, at=at)

    async def get_alert(self, alert_id: int) -> AlertRecord:
        return await self._read(Store.get_alert, alert_id)

    async def add_alert_sources(self, alert_id: int, sources: Sequence[str]) -> AlertRecord:
        return await self._write(Store.add_alert_sources, alert_id, sources)

    async def set_alert_message(self, alert_id: int, message_id: int) -> None:
        return await self._write(Store.set_alert_message, alert_id, message_id)

    async def hold_alert(self, alert_id: int) -> None:
        return await self._write(Store.hold_alert, alert_id)

    async def alerts_since(self, chat_id: int, since: datetime) -> list[AlertRecord]:
        return await self._read(Store.alerts_since, chat_id, since)

    async def held_alerts(self, chat_id: int) -> list[AlertRecord]:
        return await self._read(Store.held_alerts, chat_id)

    async def mark_alerts_digested(self, alert_ids: Sequence[int]) -> int:
        return await self._write(Store.mark_alerts_digested, alert_ids)

    async def chat_figures_mentioning(self, chat_id: int, spellings: Sequence[str], *, version: str, params_key: str,
                                limit: int = 2_000) -> list[tuple[int, str | None, str | None, str, bool, str, str | None]]:
        return await self._read(Store.chat_figures_mentioning, chat_id, spellings, version=version, params_key=params_key, limit=limit)

    async def set_feed_filter(self, chat_id: int, feed_id: int, filter_json: str | None) -> None:
        return await self._write(Store.set_feed_filter, chat_id, feed_id, filter_json)

    async def feed_filters(self, chat_id: int) -> dict[int, str]:
        return await self._read(Store.feed_filters, chat_id)

    async def feed_followers(self, feed_ids: Sequence[int]) -> dict[int, list[tuple[int, str | None]]]:
        return await self._read(Store.feed_followers, feed_ids)
