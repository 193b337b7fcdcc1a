"""Fetching feeds: conditional GET, bounded concurrency, per-feed backoff.

Every request goes through `bot.web.fetch.fetch` with the same limits and SSRF
guard as article links (the guard is re-checked on each redirect and on the
address actually connected to). ETag/Last-Modified make an unchanged feed cost
one 304. A feed that fails waits `retry_delay(failures)` (doubling, capped)
before its next try and is paused after `pause_after_failures` failures in a
row; the caller tells its chats once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

import httpx

from bot.web.feeds import (
    BrokenFeed,
    FeedError,
    NotAFeed,
    ParsedFeed,
    discover_feed_urls,
    looks_like_feed,
    parse_feed,
)
from bot.web.fetch import FEED_TYPES, FetchConfig, FetchedPage, FetchError, fetch

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class PollConfig:
    """How often and how hard to poll; built once from settings."""

    interval: timedelta = timedelta(minutes=15)
    concurrency: int = 16
    backoff_base: timedelta = timedelta(minutes=5)
    backoff_max: timedelta = timedelta(hours=12)
    pause_after_failures: int = 8
    # Entries with less text than this are teasers: their article is fetched.
    teaser_chars: int = 200
    # Newest entries taken from one poll; a feed that dumps its archive is cut.
    max_new_entries: int = 50
    article_concurrency: int = 4


def retry_delay(failures: int, *, config: PollConfig) -> timedelta:
    """Wait before the next poll: the interval when healthy, else base·2^(failures-1), capped."""
    if failures <= 0:
        return config.interval
    return min(config.backoff_base * 2 ** min(failures - 1, 30), config.backoff_max)


@dataclass(frozen=True, slots=True)
class FeedPoll:
    """The outcome of one conditional GET of a feed."""

    url: str
    feed: ParsedFeed | None = None  # None when not modified or failed
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


async def fetch_feed(
    url: str,
    *,
    etag: str | None,
    last_modified: str | None,
    fetch_config: FetchConfig,
    client: httpx.AsyncClient | None = None,
) -> FeedPoll:
    """Conditional GET and parse of one feed; errors are returned, not raised."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        page = await fetch(
            url, config=fetch_config, client=client, accept_types=FEED_TYPES, extra_headers=headers
        )
        if page.status == 304:
            return FeedPoll(url, etag=etag, last_modified=last_modified, not_modified=True)
        return _parsed(page)
    except (FetchError, FeedError) as exc:
        log.info("feed %s failed: %s", url, exc)
        return FeedPoll(url, etag=etag, last_modified=last_modified, error=exc)


async def resolve_feed(
    url: str, *, fetch_config: FetchConfig, client: httpx.AsyncClient | None = None
) -> FeedPoll:
    """The feed behind a URL someone typed: the feed itself, or one its page links to.

    The result's `url` is the feed's final address. Raises NotAFeed when the
    URL is a page that advertises no readable feed, and the FetchError of the
    first request otherwise.
    """
    page = await fetch(url, config=fetch_config, client=client, accept_types=FEED_TYPES)
    broken: BrokenFeed | None = None
    if looks_like_feed(page.content_type, page.body[:1024]):
        try:
            return _parsed(page)
        except NotAFeed:
            pass  # XHTML served as XML: look for feed links in it
        except BrokenFeed as exc:
            broken = exc  # said as such, unless it links a feed that works
    for candidate in discover_feed_urls(page.text or "", base_url=page.url)[:3]:
        try:
            found = await fetch(candidate, config=fetch_config, client=client, accept_types=FEED_TYPES)
            return _parsed(found)
        except (FetchError, NotAFeed) as exc:
            log.info("advertised feed %s of %s unusable: %s", candidate, url, exc)
    raise broken or NotAFeed(f"no feed at or linked from {url}")


def _parsed(page: FetchedPage) -> FeedPoll:
    return FeedPoll(
        page.url,
        feed=parse_feed(page.body, url=page.url, content_type=page.content_type),
        etag=page.etag,
        last_modified=page.last_modified,
    )


async def gather_bounded(
    items: Sequence[T], work: Callable[[T], Awaitable[R]], *, concurrency: int
) -> list[R]:
    """Run `work` over `items`, at most `concurrency` at a time, results in input order."""
    semaphore = asyncio.Semaphore(concurrency)

    async def one(item: T) -> R:
        async with semaphore:
            return await work(item)

    return list(await asyncio.gather(*(one(item) for item in items)))
