"""Digests, transport-independent: subscriptions, feeds, polling, composing, delivery.

The Telegram side (`bot.telegram.jobs`) and tests drive this service; it talks
to storage, the fetcher and a `send` callable, never to Telegram itself.

Exactly once, per chat and period: before anything is sent, the period key is
claimed in the digest log (a unique row). The claimer sends, then marks it
sent. A crash between claim and send leaves the row "claimed": on restart the
claim fails and nothing is sent again. We prefer a lost digest to a doubled
one, because Telegram offers no idempotent send to make both impossible.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta

import httpx

from bot.core.digest_compose import (
    DEFAULT_MAX_ITEMS,
    MAX_ITEMS_LIMIT,
    Candidate,
    Digest,
    DigestRenderer,
    rank_candidates,
    story_of,
)
from bot.core.schedule import (
    Clock,
    DigestSchedule,
    clock_from_fake_now,
    on_demand_key,
    parse_time,
    period_key,
)
from bot.core.service import Service
from bot.errors import DigestError, FeedNumberUnknown, NotSubscribed, TooManyFeeds  # noqa: F401 - re-exported
from bot.settings import Settings
from bot.web.feed_poll import (
    FeedPoll,
    PollConfig,
    fetch_feed,
    gather_bounded,
    resolve_feed,
    retry_delay,
)
from bot.web.feeds import FeedEntry as ParsedEntry
from bot.web.fetch import FetchConfig, FetchError, fetch_article, make_client
from bot.web.urls import normalize_url
from storage.aio import AsyncStore
from storage.errors import NotFound
from storage.models import Feed, FeedEntry, FeedItem, Subscription
from summarizer import SummarizerError
from summarizer.cluster import NearDuplicateIndex, StoryItem, text_signature
from summarizer.model import Analysis, Article

log = logging.getLogger(__name__)

AnalysisFor = Callable[[int], Awaitable[Analysis | None]]
# A feed entry's text is kept up to this length (it becomes the article if shown).
MAX_ENTRY_CHARS = 20_000
ANALYSIS_CACHE_SIZE = 2_000
Send = Callable[[int, str], Awaitable[int]]


class ChatUnreachable(Exception):
    """The chat cannot be sent to any more (403: bot removed or blocked)."""


@dataclass(frozen=True, slots=True)
class DigestConfig:
    """Knobs of the digest feature; built once from settings."""

    catch_up_window: timedelta = timedelta(hours=6)
    # The first digest of a chat covers this much of the past.
    first_lookback: timedelta = timedelta(hours=24)
    # Items older than this are forgotten (and dropped from the duplicate index).
    retention: timedelta = timedelta(days=7)
    max_feeds_per_chat: int = 50
    default_times: tuple[time, ...] = (time(9, 0),)
    default_timezone: str = "Asia/Shanghai"
    poll: PollConfig = field(default_factory=PollConfig)


@dataclass(frozen=True, slots=True)
class PollReport:
    polled: int
    not_modified: int
    failed: int
    new_items: int
    # Chats to tell, once, that one of their feeds was paused.
    pause_notices: tuple[tuple[int, Feed], ...] = ()


@dataclass(frozen=True, slots=True)
class Delivery:
    """What happened to one digest period of one chat."""

    chat_id: int
    period_key: str
    status: str  # "sent", "empty", "already", "unreachable"
    message_ids: tuple[int, ...] = ()
    story_count: int = 0


def schedule_of(subscription: Subscription, *, config: DigestConfig) -> DigestSchedule:
    """The chat's schedule from its stored settings (ISO weekdays 1–7 in storage)."""
    times = tuple(parse_time(t) for t in subscription.digest_times) or config.default_times
    return DigestSchedule(
        times=times,
        timezone=subscription.tz or config.default_timezone,
        days_off=frozenset(d - 1 for d in subscription.digest_days_off),
    )


class DigestService:
    """Everything the digest commands and jobs do, over storage and the fetcher."""

    def __init__(
        self,
        store: AsyncStore,
        *,
        fetch_config: FetchConfig,
        clock: Clock,
        render: DigestRenderer,
        config: DigestConfig = DigestConfig(),
        analysis_for: AnalysisFor | None = None,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self.store = store
        # The front end's writer: the service picks the stories, never their wording.
        self.render = render
        self.fetch_config = fetch_config
        self.clock = clock
        self.config = config
        self.analysis_for = analysis_for
        self.client = client
        self.index = NearDuplicateIndex()
        self._poll_lock = asyncio.Lock()
        self._item_candidates: dict[int, Candidate] = {}
        self._story_items: dict[str, StoryItem] = {}
        self._feeds: dict[int, Feed] = {}
        self._analyses: OrderedDict[int, Analysis] = OrderedDict()

    # -- subscriptions ----------------------------------------------------------------------

    async def subscribe(
        self, chat_id: int, *, at: time | None = None, timezone: str | None = None
    ) -> Subscription:
        times = [at.strftime("%H:%M")] if at else None
        try:
            current = await self.store.get_subscription(chat_id)
        except NotFound:
            current = None
        if current is None and times is None:
            chat = await self.store.find_chat(chat_id)
            if chat is None or not chat.digest_times:
                times = [t.strftime("%H:%M") for t in self.config.default_times]
        if current is None and timezone is None:
            chat = await self.store.find_chat(chat_id)
            if chat is None or not chat.tz:
                timezone = self.config.default_timezone
        return await self.store.subscribe(chat_id, times=times, tz=timezone)

    async def unsubscribe(self, chat_id: int) -> bool:
        return await self.store.unsubscribe(chat_id)

    async def subscription(self, chat_id: int) -> Subscription:
        try:
            return await self.store.get_subscription(chat_id)
        except NotFound:
            raise NotSubscribed(str(chat_id)) from None

    async def update_settings(
        self,
        chat_id: int,
        *,
        times: Sequence[time] | None = None,
        max_items: int | None = None,
        days_off: Sequence[int] | None = None,
    ) -> Subscription:
        """Change times per day, the maximum of stories, or days off (0 = Monday)."""
        await self.subscription(chat_id)
        changes: dict[str, object] = {}
        if times is not None:
            changes["digest_times"] = sorted({t.strftime("%H:%M") for t in times})
        if max_items is not None:
            changes["digest_max_items"] = max(1, min(max_items, MAX_ITEMS_LIMIT))
        if days_off is not None:
            changes["digest_days_off"] = sorted({d + 1 for d in days_off})
        await self.store.update_chat_settings(chat_id, **changes)
        return await self.store.get_subscription(chat_id)

    async def resume_reachable(self, chat_id: int) -> Subscription | None:
        """The bot is back in a chat whose digest a 403 paused: resume it (the only reason
        for the pause is gone) and return the subscription; None when there is nothing
        to resume (no subscription, paused for another reason, or the chat is not active:
        the bot left again)."""
        try:
            subscription = await self.store.get_subscription(chat_id)
        except NotFound:
            return None
        if not (subscription.chat_active and subscription.paused and subscription.paused_reason == "forbidden"):
            return None
        return await self.store.subscribe(chat_id)

    async def pause_unreachable(self, chat_id: int) -> None:
        """A 403: stop sending to this chat until the bot is back in it, or someone
        subscribes again."""
        try:
            await self.store.pause_subscription(chat_id, "forbidden")
        except NotFound:
            pass
        await self.store.set_chat_active(chat_id, False)

    # -- feeds ------------------------------------------------------------------------------

    async def add_feed(self, chat_id: int, url: str) -> Feed:
        """Follow the feed at `url`, or the one the page at `url` links to; store its entries."""
        if len(await self.store.chat_feeds(chat_id)) >= self.config.max_feeds_per_chat:
            raise TooManyFeeds(str(chat_id))
        found = await resolve_feed(url, fetch_config=self.fetch_config, client=self.client)
        parsed = found.feed
        feed = await self.store.add_feed(chat_id, found.url, title=parsed.title, site_url=parsed.site_url)
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

    async def list_feeds(self, chat_id: int) -> list[Feed]:
        return await self.store.chat_feeds(chat_id)

    async def remove_feed(self, chat_id: int, number: int) -> Feed:
        feeds = await self.store.chat_feeds(chat_id)
        if not 1 <= number <= len(feeds):
            raise FeedNumberUnknown(str(number))
        feed = feeds[number - 1]
        await self.store.remove_chat_feed(chat_id, feed.id)
        return feed

    async def poll_once(self) -> PollReport:
        """Poll every due feed once (bounded concurrency); never two cycles at once."""
        async with self._poll_lock:
            now = self.clock.now()
            due = await self.store.feeds_due(now=now)
            polls = await gather_bounded(due, self._poll_feed, concurrency=self.config.poll.concurrency)
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
            return PollReport(len(due), not_modified, failed, new_items, tuple(notices))

    async def _poll_feed(self, feed: Feed) -> tuple[FeedPoll, int]:
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
            count = await self._store_entries(feed, result.feed.entries, fetch_teasers=True)
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
        self, feed: Feed, entries: Sequence[ParsedEntry], *, fetch_teasers: bool
    ) -> int:
        """Store unseen entries and index their text for near-duplicate detection.

        Only teasers get an article now (their page fetched with the link
        limits); an entry with its full text gets its article when it is first
        shown in a digest, so the many entries never shown cost one row each.
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
        self._feeds[feed.id] = feed
        teasers = []
        for item in stored:
            entry = by_key[item.guid]
            if fetch_teasers and entry.url and entry.is_teaser(min_chars=config.teaser_chars):
                teasers.append((item, entry))
            else:
                self.index.add(_item_key(item.id), text_signature(f"{entry.title}\n{entry.body}"))
                await self._item_candidate(item)

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
            self.index.add(_item_key(item.id), text_signature(f"{entry.title}\n{text}"))
            await self._item_candidate(item)

        await gather_bounded(teasers, fetch_teaser, concurrency=config.article_concurrency)
        return len(stored)

    # -- composing --------------------------------------------------------------------------

    async def window_start(self, chat_id: int, now: datetime) -> datetime:
        """New since the last digest sent; a first digest looks back `first_lookback`."""
        last = await self.store.last_digest(chat_id)
        return last.claimed_at if last else now - self.config.first_lookback

    async def candidates(self, chat_id: int, *, since: datetime, until: datetime) -> list[Candidate]:
        """Feed items of the chat's feeds and links shared in the chat within (since, until].

        A feed item's candidate is the same for every chat, so it is built once
        and cached (with its MinHash in the duplicate index).
        """
        item_ids = await self.store.feed_item_ids_for_chat(chat_id, since=since, until=until)
        # Links people shared (pasted texts are not news to pass on).
        shared = await self.store.history_since(chat_id, since, sources=("link",))
        oldest_news = since - self.config.first_lookback
        result: list[Candidate] = []
        for item_id in item_ids:
            candidate = self._item_candidates.get(item_id)
            if candidate is None:
                candidate = await self._item_candidate(await self.store.get_feed_item(item_id))
            if candidate.published >= oldest_news:  # else an old entry seen late (a feed just added)
                result.append(candidate)
        for entry in shared:
            if entry.shared_at > until:
                continue
            key = f"article:{entry.article_id}"
            if key not in self.index:
                article = await self.store.get_article(entry.article_id)
                self.index.add(key, text_signature(f"{article.title or ''}\n{article.text}"))
            result.append(
                Candidate(
                    key=key,
                    title=entry.title or entry.url or "",
                    url=entry.url,
                    url_key=normalize_url(entry.url) if entry.url else None,
                    source=entry.site or "",
                    published=entry.shared_at,
                    article_id=entry.article_id,
                )
            )
        return result

    async def _item_candidate(self, item: FeedItem) -> Candidate:
        feed = self._feeds.get(item.feed_id)
        if feed is None:
            feed = self._feeds[item.feed_id] = await self.store.get_feed(item.feed_id)
        key = _item_key(item.id)
        if key not in self.index:
            self.index.add(key, await self._signature_of_item(item))
        candidate = Candidate(
            key=key,
            title=item.title or item.url or "",
            url=item.url,
            url_key=normalize_url(item.url) if item.url else None,
            source=feed.title or feed.url,
            published=_published(item.published, item.first_seen_at),
            text=item.summary or "",
            article_id=item.article_id,
        )
        self._item_candidates[item.id] = candidate
        return candidate

    async def _signature_of_item(self, item: FeedItem) -> bytes:
        text = item.summary or ""
        if item.article_id is not None:
            try:
                text = (await self.store.get_article(item.article_id)).text
            except NotFound:
                pass
        return text_signature(f"{item.title or ''}\n{text}")

    async def _article_id(self, candidate: Candidate) -> int | None:
        """The stored article of a story about to be shown; a feed entry's is created now."""
        if candidate.article_id is not None or not candidate.key.startswith("item:") or not candidate.text:
            return candidate.article_id
        saved, _ = await self.store.put_article(Article(
            text=candidate.text, url=candidate.url, title=candidate.title, site=candidate.source,
            published=candidate.published.isoformat(), source_type="feed",
        ))
        item_id = int(candidate.key.removeprefix("item:"))
        await self.store.set_feed_item_article(item_id, saved.id)
        self._item_candidates[item_id] = replace(candidate, article_id=saved.id)
        return saved.id

    async def _analysis(self, article_id: int) -> Analysis | None:
        """The article's cached analysis, kept in a small LRU: leads are shared by many chats."""
        if self.analysis_for is None:
            return None
        cached = self._analyses.get(article_id)
        if cached is None:
            cached = await self.analysis_for(article_id)
            if cached is None:
                return None
            self._analyses[article_id] = cached
            if len(self._analyses) > ANALYSIS_CACHE_SIZE:
                self._analyses.popitem(last=False)
        else:
            self._analyses.move_to_end(article_id)
        return cached

    async def compose(
        self, chat_id: int, *, now: datetime, lang: str, heading: str, since: datetime | None = None
    ) -> Digest:
        """The chat's digest at `now`: ranked stories, analysed, rendered into messages."""
        max_items = DEFAULT_MAX_ITEMS
        try:
            max_items = (await self.store.get_subscription(chat_id)).digest_max_items or DEFAULT_MAX_ITEMS
        except NotFound:
            pass  # /digest in a chat without a subscription
        start = since if since is not None else await self.window_start(chat_id, now)
        candidates = await self.candidates(chat_id, since=start, until=now)
        groups = rank_candidates(
            candidates, now=now, max_items=max_items, index=self.index, item_cache=self._story_items
        )

        async def analysed(group: list[Candidate]) -> list[Candidate]:
            lead = group[0]
            article_id = await self._article_id(lead)
            analysis = await self._analysis(article_id) if article_id is not None else None
            return [replace(lead, analysis=analysis, article_id=article_id), *group[1:]]

        # The stories' storage and analysis round trips overlap.
        stories = [story_of(group) for group in await asyncio.gather(*map(analysed, groups))]
        messages = self.render(stories, lang=lang, heading=heading) if stories else []
        return Digest(stories=tuple(stories), messages=tuple(messages), candidate_count=len(candidates))

    # -- delivery ---------------------------------------------------------------------------

    async def deliver(
        self,
        chat_id: int,
        key: str,
        *,
        send: Send,
        lang: str,
        heading: str,
        send_empty: bool = False,
    ) -> Delivery:
        """Claim `key` for the chat, compose and send; at most once per (chat, key)."""
        now = self.clock.now()
        since = await self.window_start(chat_id, now)
        if not await self.store.claim_digest(chat_id, key, now=now):
            log.info("digest %s of chat %s already claimed; not sending again", key, chat_id)
            return Delivery(chat_id, key, "already")
        digest = await self.compose(chat_id, now=now, lang=lang, heading=heading, since=since)
        if not digest.stories and not send_empty:
            await self.store.mark_digest_sent(chat_id, key, item_count=0, now=now)
            return Delivery(chat_id, key, "empty")
        messages = digest.messages or self.render((), lang=lang, heading=heading)
        await self.store.plan_digest(chat_id, key, parts=len(messages), item_count=len(digest.stories))
        message_ids: list[int] = []
        try:
            for message in messages:
                message_ids.append(await send(chat_id, message))
                # Recorded at once: after a crash the log still says what reached the chat.
                await self.store.record_digest_part(chat_id, key, message_ids[-1], now=self.clock.now())
        except ChatUnreachable:
            log.info("chat %s is unreachable; pausing its digest", chat_id)
            await self.store.mark_digest_sent(
                chat_id, key, message_ids=message_ids, item_count=0, now=now
            )
            await self.pause_unreachable(chat_id)
            return Delivery(chat_id, key, "unreachable", tuple(message_ids))
        await self.store.mark_digest_sent(
            chat_id, key, message_ids=message_ids, item_count=len(digest.stories), now=now
        )
        # What a digest showed becomes part of what the chat has seen: /ask and
        # /search answer from it (they are scoped to the chat's history).
        for story in digest.stories:
            if story.article_id is not None:
                await self.store.add_history(chat_id, story.article_id, source="digest", at=now)
        return Delivery(chat_id, key, "sent", tuple(message_ids), len(digest.stories))

    def on_demand_key(self) -> str:
        return on_demand_key(self.clock.now())

    async def due_catch_ups(self) -> list[tuple[Subscription, str]]:
        """Periods missed while the bot was down, within the catch-up window, not yet claimed."""
        now = self.clock.now()
        due = []
        for subscription in await self.store.list_subscriptions():
            slot = schedule_of(subscription, config=self.config).last_slot(now)
            if slot is None or now - slot > self.config.catch_up_window:
                continue
            if slot < subscription.created_at:
                continue  # scheduled before the chat subscribed
            key = period_key(slot)
            try:
                await self.store.get_digest(subscription.chat_id, key)
            except NotFound:
                due.append((subscription, key))
        return due

    async def forget_old_items(self) -> int:
        """Drop feed items past retention, and their signatures from the duplicate index."""
        cutoff = self.clock.now() - self.config.retention
        removed = await self.store.prune_feed_items(older_than=cutoff)
        log.info("forgot %d feed item(s) first seen before %s", removed, cutoff.isoformat(timespec="seconds"))
        if removed:
            # Rebuilt lazily from the kept items' text.
            self.index = NearDuplicateIndex()
            self._item_candidates.clear()
            self._story_items.clear()
            self._feeds.clear()
        return removed


def open_digest_service(settings: Settings, bot_service: Service, render: DigestRenderer) -> DigestService:
    """The digest service for `settings`, on the bot service's storage, fetcher and analyses;
    `render` writes its digests (the front end's `bot.render.digest.render_digest`)."""

    async def analysis_for(article_id: int) -> Analysis | None:
        try:
            stored = await bot_service.store.get_article(article_id)
            return (await bot_service.brief_of(stored)).analysis
        except (NotFound, SummarizerError) as exc:
            log.info("no analysis for article %s: %s", article_id, exc)
            return None

    config = DigestConfig(
        catch_up_window=timedelta(hours=settings.digest_catch_up_hours),
        default_timezone=settings.default_tz,
        retention=timedelta(days=settings.feed_retention_days),
        poll=PollConfig(interval=timedelta(minutes=settings.feed_interval_minutes)),
    )
    return DigestService(
        bot_service.store,
        fetch_config=bot_service.fetch_config,
        clock=clock_from_fake_now(settings.fake_now),
        render=render,
        config=config,
        analysis_for=analysis_for,
        client=make_client(bot_service.fetch_config),
    )


def _published(published: str | None, first_seen: datetime) -> datetime:
    """The entry's date when it is plausible, else when we first saw it."""
    if published:
        try:
            moment = datetime.fromisoformat(published)
            if moment.tzinfo is not None and moment <= first_seen + timedelta(hours=1):
                return moment
        except ValueError:
            pass
    return first_seen


def _item_key(item_id: int) -> str:
    return f"item:{item_id}"
