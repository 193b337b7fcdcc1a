"""Following feeds for digests: adding one, polling the due ones, storing new entries.

New entries go into storage and, indexed and turned into candidates, into the
shared `StoryPool`, so composing digests for many chats only looks them up.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

import httpx

from bot.core.digest_config import MAX_ENTRY_CHARS, DigestConfig, PollReport
from bot.core.digest_stories import StoryPool, alert_candidate
from bot.core.schedule import Clock
from bot.core.watching import AlertCandidate, WatchService
from bot.errors import TooManyFeeds
from bot.web.feed_poll import (
    FeedPoll,
    fetch_feed,
    gather_bounded,
    resolve_feed,
    retry_delay,
)
from bot.web.feeds import FeedEntry as ParsedEntry
from bot.web.fetch import FetchConfig, FetchError, fetch_article
from storage.aio import AsyncStore
from storage.models import Feed, FeedEntry, FeedItem

log = logging.getLogger(__name__)


class FeedPoller:
    """Adds feeds and polls them (bounded concurrency, never two cycles at once)."""

    def __init__(
        self,
        store: AsyncStore,
        pool: StoryPool,
        *,
        fetch_config: FetchConfig,
        clock: Clock,
        config: DigestConfig,
        watch: WatchService,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self.store = store
        self.pool = pool
        # Alerts about watched names in the newly polled items.
        self.watch = watch
        self.fetch_config = fetch_config
        self.clock = clock
        self.config = config
        self.client = client
        self._poll_lock = asyncio.Lock()

    async def add_feed(self, chat_id: int, url: str) -> Feed:
        """Follow the feed at `url`, or the one the page at `url` links to; store its entries."""
        if len(await self.store.chat_feeds(chat_id)) >= self.config.max_feeds_per_chat:
            raise TooManyFeeds(str(chat_id))
        found = await resolve_feed(url, fetch_config=self.fetch_config, client=self.client)
        parsed = found.feed
        feed = await self.store.add_feed(chat_id, found.url, title=parsed.title, site_url=parsed.site_url)
        if feed.paused:
            # It answered just now: the pause notice's "add it again" resumes it, even where
            # another chat still follows it (remove and add kept the paused row then).
            await self.store.resume_feed(feed.id)
        # Store what the feed holds now (teasers are fetched only for later
        # entries, so the reply is quick); the next poll is a normal one.
        await self._store_entries(feed, parsed.entries, fetch_teasers=False)
        return await self.store.record_feed_success(
            feed.id,
            next_poll_at=self.clock.now() + self.config.poll.interval,
            etag=found.etag,
            last_modified=found.last_modified,
            title=parsed.title,
            site_url=parsed.site_url,
        )

    async def poll_once(self) -> PollReport:
        """Poll every due feed once (bounded concurrency); never two cycles at once."""
        async with self._poll_lock:
            now = self.clock.now()
            due = await self.store.feeds_due(now=now)
            fresh: list[AlertCandidate] = []
            polls = await gather_bounded(due, lambda feed: self._poll_feed(feed, fresh),
                                         concurrency=self.config.poll.concurrency)
            notices: list[tuple[int, Feed]] = []
            new_items = failed = not_modified = 0
            for feed, (result, count) in zip(due, polls, strict=True):
                new_items += count
                not_modified += result.not_modified
                if not result.ok:
                    failed += 1
                    updated = await self.store.get_feed(feed.id)
                    if updated.paused:
                        for chat_id in await self.store.claim_feed_pause_notices(feed.id):
                            notices.append((chat_id, updated))
            alerts = await self.watch.alerts_for_feed_items(fresh) if fresh else []
            return PollReport(len(due), not_modified, failed, new_items, tuple(notices), tuple(alerts))

    async def _poll_feed(self, feed: Feed, fresh: list[AlertCandidate] | None = None) -> tuple[FeedPoll, int]:
        config = self.config.poll
        result = await fetch_feed(
            feed.url,
            etag=feed.etag,
            last_modified=feed.last_modified,
            fetch_config=self.fetch_config,
            client=self.client,
        )
        now = self.clock.now()
        if not result.ok:
            failures = feed.failures + 1
            await self.store.record_feed_failure(
                feed.id,
                f"{type(result.error).__name__}: {result.error}",
                next_poll_at=now + retry_delay(failures, config=config),
                pause_after=config.pause_after_failures,
            )
            return result, 0
        count = 0
        if result.feed is not None:
            count = await self._store_entries(feed, result.feed.entries, fetch_teasers=True, fresh=fresh)
        await self.store.record_feed_success(
            feed.id,
            next_poll_at=now + config.interval,
            etag=result.etag,
            last_modified=result.last_modified,
            title=result.feed.title if result.feed else None,
            site_url=result.feed.site_url if result.feed else None,
        )
        return result, count

    async def _store_entries(
        self, feed: Feed, entries: Sequence[ParsedEntry], *, fetch_teasers: bool,
        fresh: list[AlertCandidate] | None = None,
    ) -> int:
        """Store unseen entries and index their text for near-duplicate detection.

        Only teasers get an article now (their page fetched with the link
        limits); an entry with its full text gets its article when it is first
        shown in a digest or alert, so the many entries never shown cost one row each.
        New items go into `fresh` (with their full text) for the watchlist alerts.
        """
        config = self.config.poll
        newest = sorted(
            entries,
            key=lambda e: e.published or datetime.min.replace(tzinfo=UTC),
            reverse=True,
        )[: config.max_new_entries]
        by_key = {e.key: e for e in newest}
        stored = await self.store.add_feed_items(
            feed.id,
            [
                FeedEntry(
                    guid=e.key,
                    alias=e.raw_key,
                    url=e.url,
                    title=e.title,
                    summary=e.body[:MAX_ENTRY_CHARS],
                    published=e.published.isoformat() if e.published else None,
                )
                for e in newest
            ],
            now=self.clock.now(),
        )
        # Each new item is indexed and its digest candidate cached right away, so
        # composing digests for many chats only looks them up.
        pool = self.pool
        pool.feeds[feed.id] = feed
        teasers = []
        for item in stored:
            entry = by_key[item.guid]
            if fetch_teasers and entry.url and entry.is_teaser(min_chars=config.teaser_chars):
                teasers.append((item, entry))
            else:
                pool.add_item(item, f"{entry.title}\n{entry.body}")
                await pool.item_candidate(item)
                if fresh is not None:
                    fresh.append(alert_candidate(item, feed, entry.body))

        async def fetch_teaser(pair: tuple[FeedItem, ParsedEntry]) -> None:
            item, entry = pair
            text = entry.body
            try:
                article = await fetch_article(entry.url, config=self.fetch_config, client=self.client)
            except FetchError as exc:
                log.info("full article of teaser %s unavailable: %s", entry.url, exc)
            else:
                article = replace(article, title=article.title or entry.title, site=article.site or feed.title)
                saved, _ = await self.store.put_article(article)
                item = await self.store.set_feed_item_article(item.id, saved.id)
                text = saved.text
            pool.add_item(item, f"{entry.title}\n{text}")
            await pool.item_candidate(item)
            if fresh is not None:
                fresh.append(alert_candidate(item, feed, text))

        await gather_bounded(teasers, fetch_teaser, concurrency=config.article_concurrency)
        return len(stored)
