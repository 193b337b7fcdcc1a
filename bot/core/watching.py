"""Watchlists, alerts, feed filters and /track, transport-independent.

The Telegram side and the console call these methods and render what they return.
Alerts come from two places only: new items of a chat's own feeds (after each poll)
and articles shared in that chat; a chat's watchlist never sees another chat's news.

Alerts are exact and few:
- an item counts only when the story is *about* a watched name (`summarizer.watch`);
- a feed item a chat's filter drops is never considered;
- one alert per story: the new items are merged with the digests' near-duplicate
  clustering, and a story already alerted in the last days only gains a source;
- at most `hourly_cap` alerts an hour and none in quiet hours: the rest are held and
  shown by the next digest under "关注 / Watchlist". Nothing is dropped.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfoNotFoundError

import summarizer
from bot.core.schedule import zone_of
from bot.core.service import ANALYSIS_KEY
from bot.errors import BadName, BadQuietHours
from storage.aio import AsyncStore
from storage.watch import AlertRecord, AlertSettings
from summarizer.cluster import (
    DEFAULT_THRESHOLD,
    NearDuplicateIndex,
    StoryItem,
    group_stories,
    similarity,
    text_signature,
)
from summarizer.model import Analysis, Figure
from summarizer.track import Source, SourcedFigure, Track, build_track, text_year
from summarizer.answer.generic_title import descriptor_title
from summarizer.track_owner import bare_metric, claim_bare
from summarizer.watch import (
    MAX_NAMES,
    FeedFilter,
    NameMatcher,
    NameRejected,
    PreparedText,
    WatchlistMatcher,
    clean_name,
    fold,
    name_forms,
    parse_filter,
    parse_names,
    prepare,
    spellings,
)

logger = logging.getLogger(__name__)

DEFAULT_HOURLY_CAP = 6
MAX_HOURLY_CAP = 60
# A story alerted this recently only gains sources when it comes again.
DEDUPE_WINDOW = timedelta(days=3)
MENTION_SENTENCES = 3
ALERT_FIGURES = 3
TRACK_ARTICLE_LIMIT = 2_000
TRACK_ANALYSES = 20
SIGNATURE_CACHE = 5_000

AnalysisFor = Callable[[int], Awaitable[Analysis | None]]


# Words of Latin letters separated by spaces only: maybe one name of several words.
_LATIN_WORDS = re.compile(r"[A-Za-z][\w&.'-]*(?:\s+[A-Za-z][\w&.'-]*)+")


@dataclass(frozen=True, slots=True)
class WatchChange:
    """What `/watch NAMES` did."""

    added: tuple[str, ...]
    already: tuple[str, ...]
    rejected: tuple[NameRejected, ...]
    over_limit: tuple[str, ...]  # valid names not added because the list is full
    total: int
    # English words given without quotes or commas ("/watch Tencent Cloud") were taken as
    # one name each; the reply says how to watch them as one.
    phrase: str | None = None


@dataclass(frozen=True, slots=True)
class WatchEntry:
    name: str
    alerts_this_week: int


@dataclass(frozen=True, slots=True)
class Alert:
    """One story about watched names, ready to render: sent now or held for the digest."""

    alert_id: int
    chat_id: int
    names: tuple[str, ...]
    title: str
    url: str | None
    sentences: tuple[str, ...]  # the sentences that mention a name
    figures: tuple[Figure, ...]  # key figures about a name
    sources: tuple[str, ...]
    article_id: int | None
    held: bool = False


@dataclass(frozen=True, slots=True)
class AlertCandidate:
    """A new feed item or shared article, as the alert logic needs it."""

    key: str
    title: str
    text: str
    url: str | None
    url_key: str | None
    source: str
    published: datetime
    article_id: int | None = None
    feed_id: int | None = None


@dataclass(frozen=True, slots=True)
class TrackResult:
    track: Track
    articles_mentioning: int


def parse_quiet_hours(text: str) -> tuple[time, time]:
    """"22:00-07:00" -> (22:00, 07:00); raises BadQuietHours."""
    try:
        start, end = (part.strip() for part in text.replace("–", "-").split("-"))
        first, second = time.fromisoformat(start), time.fromisoformat(end)
    except ValueError:
        raise BadQuietHours(text) from None
    if first == second:
        raise BadQuietHours(text)
    return first, second


def in_quiet_hours(quiet: str | None, tz: str | None, now: datetime) -> bool:
    """Whether `now` falls in the chat's quiet hours, read in the chat's time zone."""
    if not quiet:
        return False
    start, end = parse_quiet_hours(quiet)
    try:
        local = now.astimezone(zone_of(tz)) if tz else now
    except ZoneInfoNotFoundError:
        local = now
    moment = local.time().replace(tzinfo=None)
    return start <= moment < end if start < end else (moment >= start or moment < end)


async def _in_process_version() -> str:
    return summarizer.SUMMARIZER_VERSION


class WatchService:
    """Watchlists and alerts over storage; `analysis_for` gives a stored article's analysis."""

    def __init__(self, store: AsyncStore, *, clock: Callable[[], datetime],
                 analysis_for: AnalysisFor | None = None, default_cap: int = DEFAULT_HOURLY_CAP,
                 default_tz: str | None = None,
                 ensure_article: Callable[[AlertCandidate], Awaitable[int | None]] | None = None,
                 analysis_version: Callable[[], Awaitable[str]] | None = None,
                 analysis_key: str = ANALYSIS_KEY,
                 run: Callable[..., Awaitable[Any]] | None = None) -> None:
        self.store = store
        # Runs jieba work (/track's check of an article's company) off the event loop: the bot
        # passes its analysis worker's `run`, where the dictionary is loaded already.
        self.run = run or asyncio.to_thread
        # Which cached analyses /track reads (the service's). Asked when needed, of the
        # analyser's worker: reading SUMMARIZER_VERSION here would load the whole pipeline
        # (scipy, cn2an) into the bot's process for one string.
        self.analysis_version = analysis_version or _in_process_version
        self.analysis_key = analysis_key
        # Stores a feed item's article when it is alerted (the digest service's), so the
        # alert's button can show its full summary and /track and /ask see it.
        self.ensure_article = ensure_article
        self._signatures: dict[str, bytes] = {}
        self.clock = clock
        self.analysis_for = analysis_for
        self.default_cap = default_cap
        self.default_tz = default_tz

    # -- watchlist ---------------------------------------------------------------------------

    async def watch(self, chat_id: int, args: str, *, user_id: int | None = None) -> WatchChange:
        """Add the names in `args`; refused names are reported, never silently dropped."""
        names, rejected = parse_names(args)
        if not names:
            raise _no_name(rejected)
        current = {w.folded for w in await self.store.watch_names(chat_id)}
        room = max(0, MAX_NAMES - len(current))
        fresh = [n for n in names if fold(n) not in current]
        already = tuple(n for n in names if fold(n) in current)
        to_add, over = fresh[:room], tuple(fresh[room:])
        added = await self.store.add_watch_names(chat_id, [(n, fold(n)) for n in to_add], user_id=user_id)
        phrase = " ".join(args.split()) if len(names) > 1 and _LATIN_WORDS.fullmatch(args.strip()) else None
        return WatchChange(tuple(added), already, tuple(rejected), over, len(current) + len(added), phrase)

    async def unwatch(self, chat_id: int, args: str) -> tuple[list[str], list[str]]:
        """Remove the names in `args`: (removed as they were written, names not on the list)."""
        names, rejected = parse_names(args)
        if not names:
            raise _no_name(rejected)
        removed, missing = [], []
        for name in names:
            found = await self.store.remove_watch_name(chat_id, fold(name))
            (removed if found else missing).append(found or name)
        return removed, missing

    async def watchlist(self, chat_id: int) -> list[WatchEntry]:
        """The chat's names with how many alerts (sent or held) each had in the last 7 days."""
        names = await self.store.watch_names(chat_id)
        counts: Counter[str] = Counter()
        for alert in await self.store.alerts_since(chat_id, self.clock() - timedelta(days=7)):
            counts.update(fold(n) for n in alert.names)
        return [WatchEntry(w.name, counts[w.folded]) for w in names]

    async def settings(self, chat_id: int) -> AlertSettings:
        return await self.store.alert_settings(chat_id)

    async def set_cap(self, chat_id: int, cap: int) -> AlertSettings:
        return await self.store.set_alert_settings(chat_id, hourly_cap=max(1, min(cap, MAX_HOURLY_CAP)))

    async def set_quiet_hours(self, chat_id: int, text: str | None) -> AlertSettings:
        if not text or text.lower() in {"off", "none", "关", "关闭", "无"}:
            return await self.store.set_alert_settings(chat_id, clear_quiet_hours=True)
        start, end = parse_quiet_hours(text)
        return await self.store.set_alert_settings(
            chat_id, quiet_hours=f"{start.strftime('%H:%M')}-{end.strftime('%H:%M')}")

    # -- feed filters ------------------------------------------------------------------------

    async def set_feed_filter(self, chat_id: int, feed_id: int, args: str) -> FeedFilter:
        """`include:… exclude:…` on a feed the chat follows; no words clears the filter."""
        try:
            feed_filter, _ = parse_filter(args)
        except NameRejected as rejected:
            raise BadName(rejected.reason, rejected.name) from None
        await self.store.set_feed_filter(chat_id, feed_id, None if feed_filter.empty else feed_filter.to_json())
        return feed_filter

    async def feed_filters(self, chat_id: int) -> dict[int, FeedFilter]:
        return {feed_id: FeedFilter.from_json(raw) for feed_id, raw in (await self.store.feed_filters(chat_id)).items()}

    # -- alerts ------------------------------------------------------------------------------

    async def alerts_for_feed_items(self, candidates: Sequence[AlertCandidate]) -> list[Alert]:
        """Alerts for every chat that follows the feeds of these new items and watches a name
        one of them is about. Held alerts are returned too (held=True), for counting."""
        feed_ids = sorted({c.feed_id for c in candidates if c.feed_id is not None})
        followers = await self.store.feed_followers(feed_ids)
        chats = sorted({chat_id for pairs in followers.values() for chat_id, _ in pairs})
        if not chats:
            return []
        watchlists = await self.store.watchlists(chats)
        # Each item is split, folded and indexed for near-duplicates once, for all chats.
        prepared: dict[str, PreparedText] = {}
        index = NearDuplicateIndex()
        alerts: list[Alert] = []
        for chat_id, names in watchlists.items():
            filters = {feed_id: FeedFilter.from_json(raw) for feed_id, pairs in followers.items()
                       for chat, raw in pairs if chat == chat_id}
            own = [c for c in candidates if c.feed_id in filters and filters[c.feed_id].keeps(c.title, c.text)]
            alerts += await self._alerts_for_chat(chat_id, names, own, prepared, index)
        return alerts

    async def watches_any(self, chat_id: int) -> bool:
        return bool((await self.store.watchlists([chat_id])).get(chat_id))

    async def alerts_for_shared(self, chat_id: int, candidate: AlertCandidate) -> list[Alert]:
        """An article shared in this chat: alerts for this chat's watchlist only."""
        names = (await self.store.watchlists([chat_id])).get(chat_id, [])
        return await self._alerts_for_chat(chat_id, names, [candidate]) if names else []

    async def _alerts_for_chat(self, chat_id: int, names: Sequence[str], candidates: Sequence[AlertCandidate],
                               prepared: dict[str, PreparedText] | None = None,
                               index: NearDuplicateIndex | None = None) -> list[Alert]:
        # Matching is pure CPU work: off the event loop, so the bot keeps answering meanwhile.
        matched = await asyncio.to_thread(_match, names, candidates, {} if prepared is None else prepared)
        if not matched:
            return []
        now = self.clock()
        recent = await self.store.alerts_since(chat_id, now - DEDUPE_WINDOW)
        settings = await self.store.alert_settings(chat_id)
        cap = settings.hourly_cap or self.default_cap
        sent_last_hour = sum(1 for a in recent if a.status == "sent" and a.created_at > now - timedelta(hours=1))
        chat = await self.store.find_chat(chat_id)
        quiet = in_quiet_hours(settings.quiet_hours, (chat.tz if chat else None) or self.default_tz, now)
        by_key = {c.key: (c, about, sentences) for c, about, sentences in matched}
        items = [StoryItem(key=c.key, url_key=c.url_key, title=c.title, source=c.source,
                           published=c.published.timestamp(), signature=self._signature(c))
                 for c, _, _ in matched]
        alerts = []
        for group in group_stories(items, index=index):
            candidate, _, sentences = by_key[group[0].key]
            names_in_story = list(dict.fromkeys(n for item in group for n in by_key[item.key][1]))
            sources = list(dict.fromkeys(item.source for item in group if item.source))
            earlier = _same_story(recent, group)
            if earlier is not None:
                await self.store.add_alert_sources(earlier.id, sources)
                continue
            held = quiet or sent_last_hour >= cap
            record = await self.store.log_alert(
                chat_id, names=names_in_story, status="held" if held else "sent", article_id=candidate.article_id,
                url_key=candidate.url_key, signature=group[0].signature, title=candidate.title, url=candidate.url,
                sources=sources, at=now)
            recent.append(record)
            sent_last_hour += 0 if held else 1
            article_id = candidate.article_id
            if not held and article_id is None and self.ensure_article is not None:
                article_id = await self.ensure_article(candidate)
            if not held and article_id is not None and candidate.feed_id is not None:
                await self.store.add_history(chat_id, article_id, source="feed", at=now)
            figures = await self._figures_about(article_id, names_in_story) if not held else ()
            alerts.append(Alert(record.id, chat_id, tuple(names_in_story), candidate.title, candidate.url,
                                tuple(sentences), figures, tuple(sources), article_id, held))
        return alerts

    def _signature(self, candidate: AlertCandidate) -> bytes:
        """The story's MinHash, computed once per item however many chats it matches."""
        signature = self._signatures.get(candidate.key)
        if signature is None:
            if len(self._signatures) >= SIGNATURE_CACHE:
                self._signatures.clear()
            signature = self._signatures[candidate.key] = text_signature(f"{candidate.title}\n{candidate.text}")
        return signature

    async def _figures_about(self, article_id: int | None, names: Sequence[str]) -> tuple[Figure, ...]:
        if article_id is None or self.analysis_for is None:
            return ()
        analysis = await self.analysis_for(article_id)
        if analysis is None:
            return ()
        matchers = [NameMatcher(n) for n in names]
        about = [f for f in analysis.key_figures
                 if any(m.found(f.subject or "") or m.found(f.context) for m in matchers)]
        return tuple(about[:ALERT_FIGURES])

    async def held_for_digest(self, chat_id: int) -> list[AlertRecord]:
        """Alerts held back by the cap or quiet hours, for the next digest's watchlist section."""
        return await self.store.held_alerts(chat_id)

    async def mark_digested(self, alert_ids: Sequence[int]) -> None:
        await self.store.mark_alerts_digested(list(alert_ids))

    async def alert_sent(self, alert_id: int, message_id: int) -> None:
        await self.store.set_alert_message(alert_id, message_id)

    async def alert_undelivered(self, alert_id: int) -> None:
        """Telegram refused the alert: the chat's next digest lists it, as a held one."""
        await self.store.hold_alert(alert_id)

    # -- /track ------------------------------------------------------------------------------

    async def track(self, chat_id: int, raw_name: str) -> TrackResult:
        """Every stored figure about the name in the chat's articles, as a timeline.

        Figures come from the articles' cached analyses (read as JSON, figures only); an
        article without one is analysed through `analysis_for`, at most TRACK_ANALYSES of
        them per request so that /track stays quick on a large history.
        """
        try:
            name = clean_name(raw_name)
        except NameRejected as rejected:
            raise BadName(rejected.reason, rejected.name) from None
        rows = await self.store.chat_figures_mentioning(
            chat_id, _spellings(name), version=await self.analysis_version(), params_key=self.analysis_key,
            limit=TRACK_ARTICLE_LIMIT)
        matcher = NameMatcher(name)
        figures: list[SourcedFigure] = []
        bare: list[tuple[Source, str | None, str, tuple[Figure, ...]]] = []
        mentioning = analysed = 0
        for article_id, title, url, date, dated, text, figures_json in rows:
            whole = f"{title or ''}\n{text}"
            if not matcher.found(whole):
                continue  # the coarse pass also finds "intel" in "intelligence"
            mentioning += 1
            if figures_json is not None:  # only figures with a subject become objects
                found = [Figure.from_dict(f) for f in json.loads(figures_json)
                         if f.get("kind") == "figure" and f.get("subject")]
            elif self.analysis_for is not None and analysed < TRACK_ANALYSES:
                analysed += 1
                analysis = await self.analysis_for(article_id)
                found = list(analysis.figures) if analysis else []
            else:
                continue
            if not found:
                continue  # (its year, read from the whole text, would date nothing)
            day = (date or "")[:10] or None
            source = Source(article_id, title, url, day, None if dated else text_year(whole, day), dated=bool(dated))
            figures += [SourcedFigure(f, source) for f in found if f.subject and matcher.found(f.subject)]
            if any(bare_metric(f) for f in found) and (not (title or "").strip() or matcher.found(title)
                                                       or descriptor_title(title)):  # "储能龙头…": named in the lead
                bare.append((source, title, text, tuple(found)))
        if bare:
            # The bare metrics ("营业收入") of an article about the name alone are its figures too; the
            # check reads names with jieba, so it runs where the dictionary is (the analysis worker).
            claimed = await self.run(claim_bare, name, [(title, text, found) for _, title, text, found in bare])
            for (source, *_), owned in zip(bare, claimed, strict=True):
                figures += [SourcedFigure(f, source) for f in owned]
        return TrackResult(build_track(name, figures), mentioning)


def _match(names: Sequence[str], candidates: Sequence[AlertCandidate], prepared: dict[str, PreparedText]
           ) -> list[tuple[AlertCandidate, list[str], list[str]]]:
    """The candidates about a watched name: (candidate, the names, the sentences naming them)."""
    watchlist = WatchlistMatcher(names)
    matched = []
    for candidate in candidates:
        text = prepared.get(candidate.key)
        if text is None:
            text = prepared[candidate.key] = prepare(candidate.title, candidate.text)
        about: list[str] = []
        sentences: list[str] = []
        for mention in watchlist.about(text):
            about.append(mention.name)
            sentences += [s for s in mention.sentences if s not in sentences]
        if about:
            matched.append((candidate, about, sentences[:MENTION_SENTENCES]))
    return matched


def _no_name(rejected: Sequence[NameRejected]) -> BadName:
    """No usable name: say why the first refused one was refused (or that none was given)."""
    first = rejected[0] if rejected else None
    return BadName(first.reason if first else "empty", first.name if first else "")


def _same_story(recent: Sequence[AlertRecord], group: Sequence[StoryItem]) -> AlertRecord | None:
    """An alert of the last days telling the same story (same URL or near-duplicate text)."""
    for alert in recent:
        for item in group:
            if alert.url_key and alert.url_key == item.url_key:
                return alert
            if alert.signature and similarity(alert.signature, item.signature) >= DEFAULT_THRESHOLD:
                return alert
    return None


def _spellings(name: str) -> list[str]:
    """What to look for in stored text (not folded): the name's folded forms and aliases, and
    their traditional spellings."""
    return list(dict.fromkeys([name, *(spelling for form in name_forms(name) for spelling in spellings(form))]))
