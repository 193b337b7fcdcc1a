"""Digests, transport-independent: subscriptions, feeds, polling, composing, delivery.

The Telegram side (`bot.telegram.jobs`) and tests drive this service; it talks
to storage, the fetcher and a `send` callable, never to Telegram itself. Its
parts: `digest_config` (knobs and records), `digest_feeds` (adding and polling
feeds), `digest_stories` (the candidates shared by every chat), `digest_compose`
(ranking); this module holds subscriptions, composing and delivery.

Exactly once, per chat and period: before anything is sent, the period key is
claimed in the digest log (a unique row). The claimer sends, then marks it
sent. A crash between claim and send leaves the row "claimed": on restart the
claim fails and nothing is sent again. We prefer a lost digest to a doubled
one, because Telegram offers no idempotent send to make both impossible.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any

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
from bot.core.digest_config import (  # noqa: F401 - re-exported
    ANALYSIS_CACHE_SIZE,
    MAX_ENTRY_CHARS,
    AnalysisFor,
    ChatUnreachable,
    Delivery,
    DigestConfig,
    HeldRenderer,
    PollReport,
    Send,
    schedule_of,
)
from bot.core.digest_feeds import FeedPoller
from bot.core.digest_stories import StoryPool
from bot.core.schedule import Clock, clock_from_fake_now, on_demand_key, period_key
from bot.core.service import Service
from bot.core.watching import WatchService
from bot.errors import DigestError, FeedNumberUnknown, NotSubscribed, TooManyFeeds  # noqa: F401 - re-exported
from bot.settings import Settings
from bot.web.feed_poll import PollConfig
from bot.web.fetch import FetchConfig, make_client
from storage.aio import AsyncStore
from storage.errors import NotFound
from storage.models import Feed, Subscription
from summarizer import SummarizerError
from summarizer.cluster import NearDuplicateIndex
from summarizer.model import Analysis

log = logging.getLogger(__name__)


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
        render_held: HeldRenderer | None = None,
        analysis_version: Callable[[], Awaitable[str]] | None = None,
        run: Callable[..., Awaitable[Any]] | None = None,
    ) -> None:
        self.store = store
        self.render_held = render_held
        # The front end's writer: the service picks the stories, never their wording.
        self.render = render
        self.fetch_config = fetch_config
        self.clock = clock
        self.config = config
        self.analysis_for = analysis_for
        self.client = client
        self.pool = StoryPool(store, analysis_for=analysis_for)
        self.watch = WatchService(store, clock=clock.now, analysis_for=analysis_for,
                                  default_tz=config.default_timezone, ensure_article=self.pool.alert_article,
                                  analysis_version=analysis_version, run=run)
        self.poller = FeedPoller(
            store, self.pool, fetch_config=fetch_config, clock=clock, config=config, watch=self.watch, client=client
        )

    @property
    def index(self) -> NearDuplicateIndex:
        """The near-duplicate index of every candidate seen (rebuilt when items are forgotten)."""
        return self.pool.index

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

    async def find_subscription(self, chat_id: int) -> Subscription | None:
        try:
            return await self.store.get_subscription(chat_id)
        except NotFound:
            return None

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
        return await self.poller.add_feed(chat_id, url)

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
        return await self.poller.poll_once()

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
        return await self.pool.candidates(
            chat_id, since=since, until=until, oldest_news=since - self.config.first_lookback
        )

    async def compose(
        self, chat_id: int, *, now: datetime, lang: str, heading: str, since: datetime | None = None,
        shown_elsewhere: frozenset[str] = frozenset(),
    ) -> Digest:
        """The chat's digest at `now`: ranked stories, analysed, rendered into messages.

        `shown_elsewhere`: URL keys the digest shows in another section (the watchlist's
        held alerts); a story with any of them among its copies is left out here, so no
        story is told twice in one digest.
        """
        max_items = DEFAULT_MAX_ITEMS
        try:
            max_items = (await self.store.get_subscription(chat_id)).digest_max_items or DEFAULT_MAX_ITEMS
        except NotFound:
            pass  # /digest in a chat without a subscription
        start = since if since is not None else await self.window_start(chat_id, now)
        candidates = await self.candidates(chat_id, since=start, until=now)
        groups = rank_candidates(
            candidates, now=now, max_items=max_items + len(shown_elsewhere), index=self.pool.index,
            item_cache=self.pool.story_items,
        )
        elsewhere: list[int] = []
        if shown_elsewhere:
            kept = []
            for group in groups:
                if not any(c.url_key in shown_elsewhere for c in group):
                    kept.append(group)
                elif (article_id := await self.pool.article_id(group[0])) is not None:
                    elsewhere.append(article_id)
            groups = kept[:max_items]

        async def analysed(group: list[Candidate]) -> list[Candidate]:
            lead = group[0]
            article_id = await self.pool.article_id(lead)
            analysis = await self.pool.analysis(article_id) if article_id is not None else None
            return [replace(lead, analysis=analysis, article_id=article_id), *group[1:]]

        # The stories' storage and analysis round trips overlap.
        stories = [story_of(group) for group in await asyncio.gather(*map(analysed, groups))]
        messages = self.render(stories, lang=lang, heading=heading) if stories else []
        return Digest(stories=tuple(stories), messages=tuple(messages), candidate_count=len(candidates),
                      shown_elsewhere_articles=tuple(elsewhere))

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
        held = await self.watch.held_for_digest(chat_id) if self.render_held is not None else []
        digest = await self.compose(chat_id, now=now, lang=lang, heading=heading, since=since,
                                    shown_elsewhere=frozenset(a.url_key for a in held if a.url_key))
        if not digest.stories and not held and not send_empty:
            await self.store.mark_digest_sent(chat_id, key, item_count=0, now=now)
            return Delivery(chat_id, key, "empty")
        messages = list(digest.messages)
        if held and self.render_held is not None:
            # When every story was held, the watchlist section is the news: under the
            # heading, not after a message saying there is nothing new.
            section = self.render_held(held, lang)
            messages.append(section if messages else f"{heading}\n\n{section}")
        messages = messages or self.render((), lang=lang, heading=heading)
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
        await self.watch.mark_digested([alert.id for alert in held])
        # What a digest showed becomes part of what the chat has seen: /ask and
        # /search answer from it (they are scoped to the chat's history).
        shown = [story.article_id for story in digest.stories if story.article_id is not None]
        for article_id in dict.fromkeys([*shown, *digest.shown_elsewhere_articles]):
            await self.store.add_history(chat_id, article_id, source="digest", at=now)
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
            self.pool.clear()
        return removed



def open_digest_service(settings: Settings, bot_service: Service, render: DigestRenderer,
                        render_held: HeldRenderer | None = None) -> DigestService:
    """The digest service for `settings`, on the bot service's storage, fetcher and analyses;
    `render` writes its digests (the front end's `bot.render.digest.render_digest`), and
    `render_held` their watchlist section (`bot.render.watch.render_held_alerts`)."""

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
        render_held=render_held,
        analysis_version=bot_service.analyzer.summarizer_version,
        run=bot_service.analyzer.run,
    )
