"""The pool of digest candidates shared by every chat.

A feed item's candidate (and its MinHash in the near-duplicate index) is the
same for every chat that follows the feed, so it is built once and cached
here; so are the leads' analyses, which many chats' digests show. The feed
poller fills the pool as items arrive; composing a digest only looks up.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace
from datetime import datetime, timedelta

from bot.core.digest_compose import Candidate
from bot.core.digest_config import ANALYSIS_CACHE_SIZE, AnalysisFor
from bot.core.watching import AlertCandidate
from bot.web.urls import normalize_url
from storage.aio import AsyncStore
from storage.errors import NotFound
from storage.models import Feed, FeedItem
from summarizer.cluster import NearDuplicateIndex, StoryItem, text_signature
from summarizer.model import Analysis, Article
from summarizer.watch import FeedFilter

log = logging.getLogger(__name__)


class StoryPool:
    """Candidates, their duplicate signatures and the leads' analyses, cached across chats."""

    def __init__(self, store: AsyncStore, *, analysis_for: AnalysisFor | None = None) -> None:
        self.store = store
        self.analysis_for = analysis_for
        self.index = NearDuplicateIndex()
        self.item_candidates: dict[int, Candidate] = {}
        self.story_items: dict[str, StoryItem] = {}
        self.feeds: dict[int, Feed] = {}
        self.item_feed: dict[int, int] = {}
        self._analyses: OrderedDict[int, Analysis] = OrderedDict()

    def clear(self) -> None:
        """Forget every cached candidate (rebuilt lazily from the stored items' text)."""
        self.index = NearDuplicateIndex()
        self.item_candidates.clear()
        self.item_feed.clear()
        self.story_items.clear()
        self.feeds.clear()

    def add_item(self, item: FeedItem, text: str) -> None:
        """Index a new feed item's text for near-duplicate detection."""
        self.index.add(item_key(item.id), text_signature(text))

    async def candidates(
        self, chat_id: int, *, since: datetime, until: datetime, oldest_news: datetime
    ) -> list[Candidate]:
        """Feed items of the chat's feeds and links shared in the chat within (since, until];
        a feed entry published before `oldest_news` (an old entry seen late) is left out."""
        item_ids = await self.store.feed_item_ids_for_chat(chat_id, since=since, until=until)
        filters = {feed_id: FeedFilter.from_json(raw) for feed_id, raw in (await self.store.feed_filters(chat_id)).items()}
        # Links people shared (pasted texts are not news to pass on).
        shared = await self.store.history_since(chat_id, since, sources=("link",))
        result: list[Candidate] = []
        for item_id in item_ids:
            candidate = self.item_candidates.get(item_id)
            if candidate is None:
                candidate = await self.item_candidate(await self.store.get_feed_item(item_id))
            feed_filter = filters.get(self.item_feed.get(item_id, -1))
            if feed_filter is not None and not feed_filter.keeps(candidate.title, candidate.text):
                continue  # the chat filtered this feed's item out
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

    async def item_candidate(self, item: FeedItem) -> Candidate:
        feed = self.feeds.get(item.feed_id)
        if feed is None:
            feed = self.feeds[item.feed_id] = await self.store.get_feed(item.feed_id)
        key = item_key(item.id)
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
        self.item_candidates[item.id] = candidate
        self.item_feed[item.id] = item.feed_id
        return candidate

    async def _signature_of_item(self, item: FeedItem) -> bytes:
        text = item.summary or ""
        if item.article_id is not None:
            try:
                text = (await self.store.get_article(item.article_id)).text
            except NotFound:
                pass
        return text_signature(f"{item.title or ''}\n{text}")

    async def article_id(self, candidate: Candidate) -> int | None:
        """The stored article of a story about to be shown; a feed entry's is created now."""
        if candidate.article_id is not None or not candidate.key.startswith("item:") or not candidate.text:
            return candidate.article_id
        saved, _ = await self.store.put_article(Article(
            text=candidate.text, url=candidate.url, title=candidate.title, site=candidate.source,
            published=candidate.published.isoformat(), source_type="feed",
        ))
        item_id = int(candidate.key.removeprefix("item:"))
        await self.store.set_feed_item_article(item_id, saved.id)
        self.item_candidates[item_id] = replace(candidate, article_id=saved.id)
        return saved.id

    async def alert_article(self, candidate: AlertCandidate) -> int | None:
        """The stored article of an item about to be alerted (its "full summary" button needs one)."""
        item_id = int(candidate.key.removeprefix("item:"))
        cached = self.item_candidates.get(item_id)
        if cached is None:
            cached = await self.item_candidate(await self.store.get_feed_item(item_id))
        return await self.article_id(replace(cached, text=cached.text or candidate.text))

    async def analysis(self, article_id: int) -> Analysis | None:
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


def alert_candidate(item: FeedItem, feed: Feed, text: str) -> AlertCandidate:
    """A new feed item (with its full text) as the watchlist alerts see it."""
    return AlertCandidate(
        key=item_key(item.id), title=item.title or "", text=text, url=item.url,
        url_key=normalize_url(item.url) if item.url else None, source=feed.title or feed.url,
        published=_published(item.published, item.first_seen_at), article_id=item.article_id,
        feed_id=feed.id)


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


def item_key(item_id: int) -> str:
    return f"item:{item_id}"
