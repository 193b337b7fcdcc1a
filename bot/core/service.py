"""The transport-independent core of the bot: what each command does, without Telegram.

Both the Telegram handlers and `newsbrief chat` call these methods, so the two
always behave the same. The service owns the rules that are not presentation:
cache first (a known link or text is never fetched or analysed again), per-chat
isolation (every lookup is scoped to the asking chat), the per-user rate limit,
and the input caps. It returns plain data; `bot.render.text` turns it into text.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from datetime import timedelta

from bot.core.analyzer import LONG, Analyzer
from bot.core.asking import MAX_QUESTION_CHARS, answer_question
from bot.core.schedule import clock_from_fake_now
from bot.core.summary_args import MIN_SUMMARY_TEXT_CHARS
from bot.core.dbcheck import check_database
from bot.errors import (  # noqa: F401 - the service's errors, importable from here too
    DatabaseUnusable,
    FetchError,
    InputTooLong,
    NoArticle,
    QuestionTooLong,
    RateLimited,
    ServiceError,
    ShortFile,
    UnknownHistoryNumber,
)
from bot.settings import Settings
from bot.web.documents import article_from_bytes
from bot.web.fetch import FetchConfig, fetch_article
from bot.web.urls import check_link, normalize_url
from storage import AsyncStore, ChatSettings, HistoryEntry, NotFound, SearchHit, StoredArticle, as_shared
from summarizer import Analysis, Article, EmptyText, UnsupportedLanguage
from summarizer.lang import unsupported_lang
from summarizer.limits import MAX_CHARS
from summarizer.terms import TERMS_VERSION, index_texts, search_terms
from summarizer.answer import DEFAULT_THRESHOLDS, Answer, Thresholds
from summarizer.pasted import pasted_title

logger = logging.getLogger(__name__)

# Analyses are computed once with this many key sentences and cached; any shorter
# summary (`/summary 3`) is the top of that list, so changing the length never
# recomputes.
ANALYSIS_SENTENCES = 10
ANALYSIS_KEY = f"n={ANALYSIS_SENTENCES}"
HISTORY_LIMIT = 10
# A link a group's auto-summary read this recently is pointed to when shared again.
RESHARE_WINDOW = timedelta(hours=6)
SEARCH_LIMIT = 5


@dataclass(frozen=True, slots=True)
class Brief:
    """An article with its analysis: everything a summary, quotes or numbers view needs."""

    article_id: int
    article: Article
    analysis: Analysis
    cached: bool = False


class RateLimiter:
    """A sliding one-minute window per user; `limit` 0 switches it off."""

    def __init__(self, limit: int, *, window: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock  # a test steps it: a loaded machine makes any real window flaky
        self._events: dict[int, deque[float]] = defaultdict(deque)
        # When each refused user's window frees a place: a second refusal before then is
        # `repeated` (the user was told already; a flood is not answered with a flood).
        self._told: dict[int, float] = {}
        self._last_sweep = clock()

    def check(self, user_id: int | None) -> None:
        """Count one request for `user_id`, or raise RateLimited when over the limit."""
        if not self.limit or user_id is None:
            return
        now = self._clock()
        if now - self._last_sweep >= self.window:
            self._sweep(now)
        events = self._events[user_id]
        self._refuse_if_full(user_id, events, now)
        events.append(now)

    def _refuse_if_full(self, user_id: int, events: deque[float], now: float) -> None:
        """Drop events older than the window; raise RateLimited if `limit` remain."""
        while events and now - events[0] >= self.window:
            events.popleft()
        if len(events) >= self.limit:
            frees_at = events[0] + self.window
            repeated = self._told.get(user_id) == frees_at
            self._told[user_id] = frees_at
            raise RateLimited(self.limit, max(1, int(frees_at - now + 0.999)), repeated=repeated)

    def _sweep(self, now: float) -> None:
        """Forget users with nothing in the window: a busy group's passers-by must not
        stay in memory for the life of the process (once a window, so O(1) amortized)."""
        self._last_sweep = now
        for user_id in [u for u, events in self._events.items() if not events or now - events[-1] >= self.window]:
            del self._events[user_id]
        for user_id in [u for u, frees_at in self._told.items() if frees_at <= now]:
            del self._told[user_id]

    def tracked_users(self) -> int:
        return len(self._events)


class Service:
    """Everything the bot does, as async methods on plain values."""

    def __init__(
        self,
        store: AsyncStore,
        *,
        analyzer: Analyzer,
        fetch_config: FetchConfig,
        rate_limit_per_minute: int = 10,
        max_text_chars: int = MAX_CHARS,
        default_lang: str = "zh",
        default_tz: str = "Asia/Shanghai",
    ) -> None:
        self.store = store
        self.analyzer = analyzer
        self.fetch_config = fetch_config
        self.rate_limiter = RateLimiter(rate_limit_per_minute)
        self.max_text_chars = max_text_chars
        self.default_lang = default_lang
        self.default_tz = default_tz
        # One in-flight analysis per article: concurrent requests for the same text wait for it.
        self._inflight: dict[int, asyncio.Future[Analysis]] = {}
        self._indexing: set[asyncio.Task[None]] = set()
        self._sharing: dict[tuple[int, str], tuple[asyncio.Lock, list[int]]] = {}

    # ---- new articles ----------------------------------------------------------------

    @staticmethod
    async def document_article(data: bytes, name: str) -> Article:
        """The article in a file sent to the bot, read as the command line reads a file
        (`bot.web.documents`: reader errors for what cannot be read), its own title (a PDF's,
        a saved page's) included; off the event loop, as a PDF takes a while. A file of a few
        words ("你好") is no article, as `/summary 你好` is none (it was kept as a one-sentence one)."""
        article = await asyncio.to_thread(article_from_bytes, data, name)
        if len("".join(article.text.split())) < MIN_SUMMARY_TEXT_CHARS:
            raise ShortFile(name)
        return article

    def check_length(self, text: str) -> None:
        """Refuse input over the cap, or with no words at all (spaces, emoji or punctuation
        alone: nothing to read or store), before any work (or rate-limit budget) is spent on it."""
        if len(text) > self.max_text_chars:
            raise InputTooLong(len(text), self.max_text_chars)
        if not any(char.isalnum() for char in text):
            raise EmptyText("the text has no words")

    @staticmethod
    def check_language(text: str) -> None:
        """Refuse a Japanese or Korean text before it is stored: it cannot be analysed
        (`summarizer.UnsupportedLanguage`), so keeping it would only fill the database."""
        foreign = unsupported_lang(text)
        if foreign:
            raise UnsupportedLanguage(foreign)

    def count_request(self, user_id: int | None) -> None:
        """Count one summary for `user_id` before any reply is sent, or refuse it
        (RateLimited). Counted at once, not when the slow step starts: thirty links sent
        together must not all pass and each show a "working…" placeholder. A caller that
        counted passes `counted=True` to summarize_url/summarize_text."""
        self.rate_limiter.check(user_id)

    async def summarize_url(
        self, chat_id: int, url: str, *, user_id: int | None = None, message_id: int | None = None,
        counted: bool = False,
    ) -> Brief:
        """The brief of the article at `url`: from the cache, or fetched and analysed once."""
        url = check_link(url)  # InvalidLink, NotHttpLink before the cache lookup parses it
        if not counted:
            self.rate_limiter.check(user_id)
        stored = await self.store.find_article_by_url(url)
        if stored is None:
            article = await fetch_article(url, config=self.fetch_config)
            self.check_length(article.text)
            self.check_language(article.text)
            if not article.title:
                # A page or PDF with no title is titled as a pasted text, so /history, /search and
                # /ask name it as the reply did, and `newsbrief summarize URL` reads it alike.
                article = replace(article, title=pasted_title(article.text))
            stored, _ = await self.store.put_article(article)
            # Remember the link as sent, too: it may differ from the final or canonical URL.
            # Its page is another address when the text was first read elsewhere.
            page = await self.store.page_of(article.url) if article.url else None
            await self.store.add_article_url(stored.id, url, page=page)
        else:
            page = await self.store.page_of(url)
        brief = await self._brief(stored)
        await self.store.add_history(
            chat_id, stored.id, user_id=user_id, message_id=message_id, source="link", url=page
        )
        return await self._as_seen_by(chat_id, brief)

    async def _as_seen_by(self, chat_id: int, brief: Brief) -> Brief:
        """The brief with the link (and site) this chat shared its article by: one text at two
        addresses is one stored article, and each reader is shown the page they sent."""
        article = brief.article
        url, site = as_shared(article.url, article.site, await self.store.shared_url(chat_id, brief.article_id))
        return brief if url == article.url else replace(brief, article=replace(article, url=url, site=site))

    async def summarize_text(
        self, chat_id: int, text: str, *, user_id: int | None = None, message_id: int | None = None,
        title: str | None = None, counted: bool = False,
    ) -> Brief:
        """The brief of a pasted text: from the cache (by content), or analysed once.

        `title`: a file's own title (a PDF's or a saved page's); else the text's first line.
        """
        self.check_length(text)
        self.check_language(text)
        if not counted:
            self.rate_limiter.check(user_id)
        stored = await self.store.find_article_by_text(text)
        if stored is None:
            article = Article(text=text, title=title or pasted_title(text), source_type="text")
            stored, _ = await self.store.put_article(article)
        brief = await self._brief(stored)
        await self.store.add_history(
            chat_id, stored.id, user_id=user_id, message_id=message_id, source="text"
        )
        return brief

    async def brief_of(self, stored: StoredArticle) -> Brief:
        """The brief of a stored article (cached analysis, or computed once and cached).

        For callers that already picked the article, like digests; it does no
        chat check.
        """
        return await self._brief(stored)

    async def _brief(self, stored: StoredArticle) -> Brief:
        article_id, article = stored.id, stored.to_article()
        cached = await self.store.find_analysis(
            article_id, version=await self.analyzer.summarizer_version(), params_key=ANALYSIS_KEY
        )
        if cached is not None:
            return Brief(article_id, article, cached, cached=True)
        pending = self._inflight.get(article_id)
        if pending is not None:
            return Brief(article_id, article, await asyncio.shield(pending))
        future: asyncio.Future[Analysis] = asyncio.get_running_loop().create_future()
        self._inflight[article_id] = future
        try:
            started = time.perf_counter()
            result = await self.analyzer.analyze(
                article.text, title=article.title, max_sentences=ANALYSIS_SENTENCES, lang=article.lang
            )
            logger.info("analysed article %s (%d characters) in %.2f s",
                        article_id, len(article.text), time.perf_counter() - started)
            await self.store.put_analysis(
                article_id, result.analysis, version=await self.analyzer.summarizer_version(),
                params_key=ANALYSIS_KEY,
            )
            # The worker made the index terms with the analysis; writing them waits
            # until the reader has the summary, and /search waits for pending indexing.
            task = asyncio.create_task(self._index(article_id, result.sentences, result.index_terms))
            self._indexing.add(task)
            task.add_done_callback(self._indexing.discard)
            future.set_result(result.analysis)
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # mark retrieved: waiters re-raise it themselves
            raise
        finally:
            del self._inflight[article_id]
        return Brief(article_id, article, result.analysis)

    # ---- follow-ups on known articles ------------------------------------------------

    async def brief(
        self,
        chat_id: int,
        *,
        reply_to: int | None = None,
        number: int | None = None,
        article_id: int | None = None,
    ) -> Brief:
        """A known article of this chat: by id (buttons), history number, replied message,
        or else the latest. Never another chat's article."""
        try:
            if article_id is not None:
                stored = await self.store.chat_article(chat_id, article_id)
            elif number is not None:
                entry = await self.store.history_entry(chat_id, number)
                stored = await self.store.chat_article(chat_id, entry.article_id)
            elif reply_to is not None:
                stored = await self.store.article_for_message(chat_id, reply_to)
            else:
                stored = await self.store.last_article(chat_id)
        except NotFound:
            if number is not None:
                raise UnknownHistoryNumber(number) from None
            if reply_to is not None:
                return await self.brief(chat_id)
            raise NoArticle() from None
        return await self._as_seen_by(chat_id, await self._brief(stored))

    async def earlier_share(self, chat_id: int, url: str, *, message_id: int | None = None) -> HistoryEntry | None:
        """This chat's share of the article at `url` in the last RESHARE_WINDOW, if any: a link
        shared again in a busy group is pointed to, not summarized in full a second time. The
        message sharing it again is linked to the article, so /summary in reply to it shows it."""
        stored = await self.store.find_article_by_url(check_link(url))
        if stored is None:
            return None
        since = self.store.now() - RESHARE_WINDOW
        for entry in await self.store.history(chat_id, limit=HISTORY_LIMIT):
            # (the same message again, a job re-run after a restart, is no earlier share)
            if entry.article_id == stored.id and entry.shared_at >= since and entry.message_id != message_id:
                if message_id is not None:
                    await self.store.link_message(chat_id, message_id, stored.id)
                return entry
        return None

    @contextlib.asynccontextmanager
    async def one_share_at_a_time(self, chat_id: int, url: str) -> AsyncIterator[None]:
        """Shares of one link in one chat, one after another: two members sharing a new link
        at the same moment both got the whole summary (the first was not stored yet when
        `earlier_share` looked for the second). The second now waits, then finds the first."""
        try:
            key = (chat_id, normalize_url(check_link(url)))
        except (FetchError, ValueError):  # a link check_link refuses: summarize says why
            yield
            return
        lock, users = self._sharing.setdefault(key, (asyncio.Lock(), [0]))
        users[0] += 1
        try:
            async with lock:
                yield
        finally:
            users[0] -= 1
            if not users[0]:
                del self._sharing[key]

    async def remember_message(self, chat_id: int, message_id: int, article_id: int) -> None:
        """Link a message (ours or the reader's) to an article, so replies to it resolve."""
        await self.store.link_message(chat_id, message_id, article_id)

    async def message_article(self, chat_id: int, message_id: int) -> int | None:
        """The article behind a message of this chat, if any."""
        try:
            return (await self.store.article_for_message(chat_id, message_id)).id
        except NotFound:
            return None

    async def history(self, chat_id: int, *, limit: int = HISTORY_LIMIT) -> list[HistoryEntry]:
        return await self.store.history(chat_id, limit=limit)

    async def _index(self, article_id: int, sentences: tuple[str, ...], terms: tuple[str, ...]) -> None:
        try:
            await self.store.index_sentences(article_id, sentences, terms)
        except Exception:  # noqa: BLE001 - a missing index only costs search hits; log it
            logger.exception("indexing article %s failed", article_id)

    async def indexed(self) -> None:
        """Wait until every article analysed so far is in the search index."""
        if self._indexing:
            await asyncio.gather(*list(self._indexing))

    async def search(self, chat_id: int, query: str, *, limit: int = SEARCH_LIMIT,
                     mode: str = "all") -> list[SearchHit]:
        """Sentences of this chat's articles holding every word of `query` (`mode="any"`: some)."""
        await self.indexed()
        terms = await self.analyzer.run(search_terms, query)  # jieba lives in the worker
        return await self.store.search(chat_id, terms, limit=limit, mode=mode)

    async def ask(self, chat_id: int, question: str, *, thresholds: Thresholds = DEFAULT_THRESHOLDS,
                  article_id: int | None = None) -> Answer:
        """An extractive answer from this chat's articles only (one of them: `article_id`), or an abstention."""
        if len(question) > MAX_QUESTION_CHARS:
            raise QuestionTooLong(len(question), MAX_QUESTION_CHARS)
        await self.indexed()  # an article just sent must be answerable at once
        return await answer_question(
            self.store, chat_id, question, analysis_version=await self.analyzer.summarizer_version(),
            analysis_key=ANALYSIS_KEY, thresholds=thresholds, run=self.analyzer.run, article_id=article_id,
        )

    async def forget(self, chat_id: int) -> int:
        """Delete this chat's history; returns how many entries went."""
        return (await self.store.forget_chat(chat_id)).history_entries

    # ---- chats and their settings ----------------------------------------------------

    async def chat(self, chat_id: int, *, type: str | None = None, title: str | None = None) -> ChatSettings:
        """The chat's settings, creating the chat on first contact."""
        return await self.store.ensure_chat(chat_id, type=type, title=title)

    async def find_chat(self, chat_id: int) -> ChatSettings | None:
        """The chat's settings if the chat is known (a read only: an update reads it once)."""
        return await self.store.find_chat(chat_id)

    async def update_chat(self, chat_id: int, **changes: object) -> ChatSettings:
        return await self.store.update_chat_settings(chat_id, **changes)

    async def set_active(self, chat_id: int, active: bool) -> None:
        """Record that the bot was added to (True) or removed/blocked from (False) a chat."""
        await self.store.set_chat_active(chat_id, active)

    async def move_chat(self, old_id: int, new_id: int) -> bool:
        """A group became a supergroup under a new id: what the bot keeps for it moves
        along. False when there was nothing to move (already moved, or never seen)."""
        return await self.store.move_chat(old_id, new_id)

    async def warm_up(self) -> None:
        """Load the analysis workers before the first reader needs them.

        The search tokenizer is not loaded here: the workers make the index terms
        and the terms of /search and /ask queries, and answer /ask, so this process
        never holds a copy of jieba's dictionary (~70 MB, ~120 MB with POS tags).
        """
        started = time.monotonic()
        await self.analyzer.warm_up()
        logger.info("warm-up done in %.1fs: analysis workers ready", time.monotonic() - started)
        try:
            await self.reindex_if_terms_changed()
        except Exception:  # noqa: BLE001 - the old terms still serve most searches; log it
            logger.exception("re-making the search index terms failed")

    async def reindex_if_terms_changed(self, *, batch: int = 2000) -> int:
        """Re-make the index terms when other rules made them (a file indexed by an
        older version); returns how many sentences were redone. The terms are made in
        the worker, a batch at a time, while the bot keeps answering."""
        if await self.store.search_terms_version() == TERMS_VERSION:
            return 0
        started, redone, after = time.monotonic(), 0, 0
        while rows := await self.store.sentences_after(after, limit=batch):
            terms = await self.analyzer.run(index_texts, tuple(text for _, text in rows), lane=LONG)
            redone += await self.store.replace_sentence_terms(
                [(sentence_id, t) for (sentence_id, _), t in zip(rows, terms, strict=True)])
            after = rows[-1][0]
        await self.store.set_search_terms_version(TERMS_VERSION)
        if redone:
            logger.info("search index terms re-made for %d sentences in %.1fs",
                        redone, time.monotonic() - started)
        return redone

    async def close(self) -> None:
        await self.indexed()
        self.analyzer.close()
        await self.store.close()


async def open_service(settings: Settings, *, rate_limit_per_minute: int | None = None,
                       analyzer: Analyzer | None = None) -> Service:
    """The service for `settings`: the database opened (and migrated), the worker pool started.

    `rate_limit_per_minute` overrides the settings' per-user limit (0: none, for the
    one local user of the command line). `analyzer`: one already started (the bot forks
    its worker before it imports the Telegram stack, see `bot.telegram.main`).
    """
    check_database(settings.db_path)  # DatabaseUnusable before anything is written
    try:
        settings.db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnusable(str(settings.db_path), "cannot_open", exc.strerror or "") from exc
    # jieba loads in the background (see app post_init), so the bot answers at once.
    # The digest clock (shifted only in tests) also stamps what storage records.
    clock = clock_from_fake_now(settings.fake_now)
    try:
        store = await AsyncStore.open(settings.db_path, clock=clock.now)
    except (sqlite3.Error, OSError) as exc:
        raise DatabaseUnusable(str(settings.db_path), "cannot_open", str(exc)) from exc
    cache_dir = str(settings.jieba_cache_dir) if settings.jieba_cache_dir else None
    if analyzer is None:
        analyzer = Analyzer(workers=settings.workers, jieba_cache_dir=cache_dir, timeout=settings.analysis_timeout)
    analyzer.start()
    return Service(
        store,
        analyzer=analyzer,
        fetch_config=settings.fetch_config(),
        rate_limit_per_minute=(settings.rate_limit_per_minute if rate_limit_per_minute is None
                               else rate_limit_per_minute),
        max_text_chars=settings.max_text_chars,
        default_lang=settings.default_lang,
        default_tz=settings.default_tz,
    )
