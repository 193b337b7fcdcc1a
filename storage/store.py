"""`Store`: the synchronous storage API, one small method per question the bot asks.

A `Store` owns one SQLite connection and is used by one thread at a time. For
asyncio use `storage.aio.AsyncStore`, which runs the same methods on a writer
thread and a reader pool. Methods are marked `@_reads` or `@_writes` so that
AsyncStore knows where each one may run.

Naming: `get_*` raises `NotFound`; `find_*` returns None. Every method that
serves a chat takes `chat_id` and only sees articles in that chat's history.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from storage import db as _db
from storage.errors import InvalidValue, NotFound
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
from storage.search import (
    CANDIDATES_MIN,
    CANDIDATES_PER_HIT,
    MAX_QUERY_TERMS,
    TERM_BUDGET,
    bm25,
    choose_terms,
    index_text,
    match_expression,
    search_terms,
)
from storage.watch import WatchTables
from summarizer.model import Analysis, Article

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]
F = TypeVar("F", bound=Callable[..., Any])

# Chat settings a caller may change with update_chat_settings().
CHAT_SETTINGS = ("type", "title", "lang", "tz", "summary_length", "auto_summary",
                 "digest_times", "digest_max_items", "digest_days_off")
HISTORY_SOURCES = ("link", "text", "reply", "digest", "feed", "cli")
FEED_PAUSE_AFTER_FAILURES = 5


def _reads(fn: F) -> F:
    fn._storage_kind = "read"  # type: ignore[attr-defined]
    return fn


def _writes(fn: F) -> F:
    fn._storage_kind = "write"  # type: ignore[attr-defined]
    return fn


def utc_now() -> datetime:
    return datetime.now(UTC)


def _ts(moment: datetime) -> str:
    """Fixed-width UTC ISO text, so string order is time order in SQL."""
    if moment.tzinfo is None:
        raise InvalidValue("naive datetime: pass a timezone-aware datetime")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


_ARTICLE_COLUMNS = ("id, text, content_hash, fetched_at, url, canonical_url, title, site, "
                    "author, published, lang, source_type")


def _article(row: Sequence[Any]) -> StoredArticle:
    return StoredArticle(
        id=row[0], text=row[1], content_hash=row[2], fetched_at=datetime.fromisoformat(row[3]),
        url=row[4], canonical_url=row[5], title=row[6], site=row[7], author=row[8],
        published=row[9], lang=row[10], source_type=row[11],
    )


_CHAT_COLUMNS = ("id, type, title, lang, tz, summary_length, auto_summary, active, digest_times, "
                 "digest_max_items, digest_days_off, created_at, updated_at")


def _chat(row: Sequence[Any]) -> ChatSettings:
    return ChatSettings(
        chat_id=row[0], type=row[1], title=row[2], lang=row[3], tz=row[4], summary_length=row[5],
        auto_summary=bool(row[6]), active=bool(row[7]),
        digest_times=tuple(json.loads(row[8] or "[]")), digest_max_items=row[9],
        digest_days_off=tuple(json.loads(row[10] or "[]")),
        created_at=datetime.fromisoformat(row[11]), updated_at=datetime.fromisoformat(row[12]),
    )


_HISTORY_SELECT = """
    SELECT ca.chat_id, ca.article_id, ca.shared_at, ca.user_id, ca.message_id, ca.source,
           a.title, a.url, a.site, a.published, a.lang
    FROM chat_articles ca JOIN articles a ON a.id = ca.article_id
"""


def _history(row: Sequence[Any], number: int) -> HistoryEntry:
    return HistoryEntry(
        number=number, chat_id=row[0], article_id=row[1], shared_at=datetime.fromisoformat(row[2]),
        user_id=row[3], message_id=row[4], source=row[5], title=row[6], url=row[7], site=row[8],
        published=row[9], lang=row[10],
    )


_FEED_COLUMNS = ("id, url, title, site_url, etag, last_modified, failures, paused, last_error, "
                 "last_polled_at, last_ok_at, next_poll_at, created_at")


def _feed(row: Sequence[Any]) -> Feed:
    return Feed(
        id=row[0], url=row[1], title=row[2], site_url=row[3], etag=row[4], last_modified=row[5],
        failures=row[6], paused=bool(row[7]), last_error=row[8], last_polled_at=_dt(row[9]),
        last_ok_at=_dt(row[10]), next_poll_at=_dt(row[11]), created_at=datetime.fromisoformat(row[12]),
    )


_ITEM_COLUMNS = "id, feed_id, guid, url, title, summary, published, article_id, first_seen_at"


def _item(row: Sequence[Any]) -> FeedItem:
    return FeedItem(
        id=row[0], feed_id=row[1], guid=row[2], url=row[3], title=row[4], summary=row[5],
        published=row[6], article_id=row[7], first_seen_at=datetime.fromisoformat(row[8]),
    )


_DIGEST_COLUMNS = "chat_id, period_key, status, claimed_at, sent_at, item_count, message_ids"


def _digest(row: Sequence[Any]) -> DigestRecord:
    return DigestRecord(
        chat_id=row[0], period_key=row[1], status=row[2], claimed_at=datetime.fromisoformat(row[3]),
        sent_at=_dt(row[4]), item_count=row[5], message_ids=tuple(json.loads(row[6])),
    )


class Store(WatchTables):
    """All of newsbrief's persistent state, in one SQLite file.

    `Store(path)` creates the file (and folder) and applies pending migrations;
    `migrate=False` is for extra connections to a file already migrated.
    `clock` returns the current UTC time; tests pass a controllable one.
    """

    def __init__(self, path: str | Path, *, migrate: bool = True, clock: Clock = utc_now,
                 busy_timeout_s: float = _db.BUSY_TIMEOUT_S) -> None:
        self.path = Path(path)
        self._clock = clock
        self._conn = _db.connect(self.path, busy_timeout_s=busy_timeout_s)
        self._depth = 0
        if migrate:
            try:
                _db.migrate(self._conn)
            except BaseException:
                self._conn.close()
                raise

    # -- plumbing ---------------------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for tests and one-off maintenance."""
        return self._conn

    def _now(self, moment: datetime | None = None) -> str:
        return _ts(moment or self._clock())

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taking the write lock up front.

        BEGIN IMMEDIATE waits (busy timeout) for the lock before reading, so a
        transaction never has to upgrade a stale read snapshot to a write, the
        case where SQLite reports "database is locked" without waiting.
        Nested calls join the outer transaction.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self._conn
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self._conn
            self._conn.commit()
        except BaseException:
            self._conn.rollback()
            raise
        finally:
            self._depth = 0

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._conn.execute(sql, params).fetchone()

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self._conn.execute(sql, params).fetchall()

    # -- articles ---------------------------------------------------------------------------

    @_writes
    def put_article(self, article: Article, *, fetched_at: datetime | None = None
                    ) -> tuple[StoredArticle, bool]:
        """Store `article` unless it is already known; return (stored, created).

        Known means: the same normalized URL (or canonical URL), or the same
        content hash. A new URL for known content is remembered as an alias, so
        the next lookup of that URL is a cache hit.
        """
        if not article.text or not article.text.strip():
            raise InvalidValue("an article needs text")
        digest = content_hash(article.text)
        urls = [normalize_url(u) for u in (article.url, article.canonical_url) if u]
        with self._write():
            existing = None
            for url in urls:
                existing = self.find_article_by_url(url)
                if existing:
                    break
            existing = existing or self.find_article_by_hash(digest)
            if existing:
                self._add_aliases(existing.id, urls)
                return existing, False
            cursor = self._conn.execute(
                "INSERT INTO articles (url, canonical_url, title, site, author, published, lang, "
                "source_type, text, content_hash, fetched_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (urls[0] if article.url else None,
                 normalize_url(article.canonical_url) if article.canonical_url else None,
                 article.title, article.site, article.author, article.published, article.lang,
                 article.source_type, article.text, digest, self._now(fetched_at)),
            )
            self._add_aliases(cursor.lastrowid, urls)
            return self.get_article(cursor.lastrowid), True

    def _add_aliases(self, article_id: int, urls: Iterable[str]) -> None:
        self._conn.executemany(
            "INSERT OR IGNORE INTO article_urls (url, article_id) VALUES (?, ?)",
            [(url, article_id) for url in urls],
        )

    @_writes
    def add_article_url(self, article_id: int, url: str) -> None:
        """Remember another URL (redirect target, mirror) for a stored article."""
        with self._write():
            self._require_article(article_id)
            self._add_aliases(article_id, [normalize_url(url)])

    @_reads
    def get_article(self, article_id: int) -> StoredArticle:
        row = self._one(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        if row is None:
            raise NotFound(f"article {article_id}")
        return _article(row)

    def _require_article(self, article_id: int) -> None:
        """NotFound unless the article exists (without reading its text)."""
        if self._one("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is None:
            raise NotFound(f"article {article_id}")

    @_reads
    def find_article_by_url(self, url: str) -> StoredArticle | None:
        """The article stored for `url` (normalized here), or None."""
        row = self._one(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = "
            "(SELECT article_id FROM article_urls WHERE url = ?)",
            (normalize_url(url),),
        )
        return _article(row) if row else None

    @_reads
    def find_article_by_hash(self, digest: str) -> StoredArticle | None:
        row = self._one(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE content_hash = ?", (digest,))
        return _article(row) if row else None

    @_reads
    def find_article_by_text(self, text: str) -> StoredArticle | None:
        """The article with this exact text (after normalization), e.g. a re-pasted text."""
        return self.find_article_by_hash(content_hash(text))

    # -- analyses ---------------------------------------------------------------------------

    @_writes
    def put_analysis(self, article_id: int, analysis: Analysis, *, version: str | None = None,
                     params_key: str = "") -> None:
        """Cache `analysis` for (article, summarizer version, params); replaces an older one.

        `params_key` names the options that change the result (e.g. "n=5");
        the default analysis uses "".
        """
        version = analysis.version if version is None else version
        data = json.dumps(analysis.to_dict(), ensure_ascii=False, separators=(",", ":"))
        with self._write():
            self._conn.execute(
                "INSERT OR REPLACE INTO analyses (article_id, version, params_key, data, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (article_id, version, params_key, data, self._now()),
            )

    @_reads
    def find_analysis(self, article_id: int, *, version: str, params_key: str = "") -> Analysis | None:
        """The cached analysis, or None: a new summarizer version simply misses."""
        row = self._one(
            "SELECT data FROM analyses WHERE article_id = ? AND version = ? AND params_key = ?",
            (article_id, version, params_key),
        )
        return Analysis.from_dict(json.loads(row[0])) if row else None

    @_writes
    def prune_analyses(self, *, keep_version: str) -> int:
        """Drop analyses of other summarizer versions; return how many."""
        with self._write():
            return self._conn.execute("DELETE FROM analyses WHERE version != ?",
                                      (keep_version,)).rowcount

    # -- search index -----------------------------------------------------------------------

    @_writes
    def index_sentences(self, article_id: int, sentences: Sequence[str]) -> int:
        """Index ALL sentences of an article for search, replacing an earlier index.

        The caller splits the text (storage does not import the summarizer
        pipeline). Returns the number of sentences indexed.
        """
        return self.index_terms(article_id, sentences, [index_text(s) for s in sentences])

    @_writes
    def index_terms(self, article_id: int, sentences: Sequence[str], terms: Sequence[str]) -> int:
        """The write half of `index_sentences`, with terms already made by `index_text`.

        AsyncStore tokenizes on a reader thread and sends only this to the writer.
        """
        if len(sentences) != len(terms):
            raise InvalidValue("one terms string per sentence")
        with self._write():
            self._require_article(article_id)
            self._uncount_terms([article_id])
            self._conn.execute("DELETE FROM article_sentences WHERE article_id = ?", (article_id,))
            for index, (sentence, sentence_terms) in enumerate(zip(sentences, terms, strict=True)):
                rowid = self._conn.execute(
                    "INSERT INTO article_sentences (article_id, idx, text) VALUES (?, ?, ?)",
                    (article_id, index, sentence),
                ).lastrowid
                if sentence_terms:
                    self._conn.execute("INSERT INTO sentence_fts (rowid, terms) VALUES (?, ?)",
                                       (rowid, sentence_terms))
            self._count_terms([t for t in terms if t], +1)
        return len(sentences)

    def _count_terms(self, sentence_terms: Sequence[str], sign: int) -> None:
        """Keep search_term_docs and search_totals in step with the FTS table."""
        docs: dict[str, int] = {}
        total_terms = 0
        for terms in sentence_terms:
            words = terms.split()
            total_terms += len(words)
            for term in set(words):
                docs[term] = docs.get(term, 0) + 1
        self._conn.executemany(
            "INSERT INTO search_term_docs (term, docs) VALUES (?, ?) "
            "ON CONFLICT(term) DO UPDATE SET docs = docs + excluded.docs",
            [(term, sign * n) for term, n in docs.items()])
        self._conn.execute(
            "INSERT INTO search_totals (id, sentences, terms) VALUES (1, ?, ?) ON CONFLICT(id) "
            "DO UPDATE SET sentences = sentences + excluded.sentences, terms = terms + excluded.terms",
            (sign * len(sentence_terms), sign * total_terms))
        if sign < 0:
            self._conn.execute("DELETE FROM search_term_docs WHERE docs <= 0")

    def _uncount_terms(self, article_ids: Sequence[int]) -> None:
        """Before sentences of these articles leave the index, uncount their terms."""
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start:start + 500]
            rows = self._all(
                "SELECT terms FROM sentence_fts WHERE rowid IN (SELECT id FROM article_sentences "
                f"WHERE article_id IN ({','.join('?' for _ in chunk)}))", chunk)
            self._count_terms([row[0] for row in rows], -1)

    @_reads
    def is_indexed(self, article_id: int) -> bool:
        return self._one("SELECT 1 FROM article_sentences WHERE article_id = ? LIMIT 1",
                         (article_id,)) is not None

    @_reads
    def article_sentences(self, article_id: int) -> list[str]:
        """The indexed sentences of an article, in order (context for /ask answers)."""
        return [row[0] for row in self._all(
            "SELECT text FROM article_sentences WHERE article_id = ? ORDER BY idx", (article_id,))]

    @_reads
    def search(self, chat_id: int, query: str, *, limit: int = 20, mode: str = "any",
               article_id: int | None = None, terms: Sequence[str] | None = None) -> list[SearchHit]:
        """Sentences of this chat's articles matching `query`, best BM25 first.

        mode "all": every query term must be in the sentence (/search words).
        mode "any": ranked retrieval for questions (/ask): candidates are the
        sentences holding all terms, then all but the most common one, then the
        two rarest together, and last any of the rarer terms, until there are
        enough; they are then ordered by BM25. An `article_id` narrows
        the search to one article. A query of only punctuation or stop words
        returns [].

        The cost is bounded whatever the query: each step asks FTS5 for a few
        dozen newest matches (no ranking in SQL), and only those candidates are
        scored with BM25, using the stored term counts.

        `terms` are `search_terms(query)` when they were made elsewhere (the bot's
        analysis worker, which holds the dictionary).
        """
        terms = list(dict.fromkeys(search_terms(query) if terms is None else terms))
        if not terms or limit < 1:
            return []
        counts = dict(self._all(
            f"SELECT term, docs FROM search_term_docs WHERE term IN ({','.join('?' for _ in terms)})",
            terms))
        present = sorted((t for t in terms if counts.get(t)), key=lambda t: (counts[t], t))
        if not present or (mode == "all" and len(present) < len(terms)):
            return []
        if mode not in ("any", "all"):
            raise InvalidValue(f"mode must be 'any' or 'all', not {mode!r}")
        present = present[:MAX_QUERY_TERMS]
        want = max(limit * CANDIDATES_PER_HIT, CANDIDATES_MIN)
        candidates: list[int] = []
        # All terms; then without the most common one; then the two rarest together.
        k = len(present)
        sizes = [k] if mode == "all" else sorted({k, max(k - 1, 1), min(k, 2)}, reverse=True)
        expressions = [match_expression(present[:n]) for n in sizes]
        if mode == "any" and len(present) > 1:
            expressions.append(match_expression(choose_terms(
                {t: counts[t] for t in present}, budget=TERM_BUDGET), mode="any"))
        for expression in expressions:
            if len(candidates) >= want:
                break
            candidates += self._newest_matches(chat_id, expression, want - len(candidates),
                                               exclude=candidates, article_id=article_id)
        return self._scored_hits(chat_id, present, candidates, counts, limit)

    def _newest_matches(self, chat_id: int, expression: str, count: int, *,
                        exclude: Sequence[int], article_id: int | None) -> list[int]:
        """Rowids of the chat's newest sentences matching `expression` (FTS5 streams them)."""
        sql = ["SELECT f.rowid FROM sentence_fts f JOIN article_sentences s ON s.id = f.rowid",
               "WHERE sentence_fts MATCH ? AND EXISTS (SELECT 1 FROM chat_articles ca",
               "WHERE ca.chat_id = ? AND ca.article_id = s.article_id)"]
        params: list[Any] = [expression, chat_id]
        if article_id is not None:
            sql.append("AND s.article_id = ?")
            params.append(article_id)
        if exclude:
            sql.append(f"AND f.rowid NOT IN ({','.join('?' for _ in exclude)})")
            params += exclude
        sql.append("ORDER BY f.rowid DESC LIMIT ?")
        params.append(count)
        return [row[0] for row in self._all(" ".join(sql), params)]

    def _scored_hits(self, chat_id: int, query_terms: Sequence[str], rowids: Sequence[int],
                     counts: dict[str, int], limit: int) -> list[SearchHit]:
        if not rowids:
            return []
        marks = ",".join("?" for _ in rowids)
        sentences, total_terms = self._one("SELECT sentences, terms FROM search_totals") or (0, 0)
        average = total_terms / sentences if sentences else 1.0
        scores = {
            rowid: bm25(query_terms, terms.split(), doc_counts=counts, sentences=sentences,
                        average_length=average)
            for rowid, terms in self._all(
                f"SELECT rowid, terms FROM sentence_fts WHERE rowid IN ({marks})", rowids)
        }
        best = sorted(rowids, key=lambda r: (-scores.get(r, 0.0), -r))[:limit]
        rows = {row[0]: row[1:] for row in self._all(
            f"""SELECT s.id, s.article_id, s.idx, s.text, a.title, a.url, a.site, a.published,
                       a.fetched_at, (SELECT MAX(shared_at) FROM chat_articles
                                      WHERE chat_id = ? AND article_id = s.article_id)
                FROM article_sentences s JOIN articles a ON a.id = s.article_id
                WHERE s.id IN ({','.join('?' for _ in best)})""", (chat_id, *best))}
        return [
            SearchHit(article_id=r[0], sentence_index=r[1], text=r[2], title=r[3], url=r[4],
                      site=r[5], published=r[6], fetched_at=datetime.fromisoformat(r[7]),
                      shared_at=datetime.fromisoformat(r[8]), score=scores.get(rowid, 0.0))
            for rowid in best
            for r in [rows[rowid]]
        ]

    @_writes
    def rebuild_search_index(self) -> int:
        """Re-tokenize every stored sentence (after a tokenizer change); return the count."""
        with self._write():
            self._conn.execute("DELETE FROM sentence_fts")
            self._conn.execute("DELETE FROM search_term_docs")
            self._conn.execute("DELETE FROM search_totals")
            indexed: list[str] = []
            rows = self._all("SELECT id, text FROM article_sentences")
            for rowid, text in rows:
                terms = index_text(text)
                if terms:
                    self._conn.execute("INSERT INTO sentence_fts (rowid, terms) VALUES (?, ?)",
                                       (rowid, terms))
                    indexed.append(terms)
            self._count_terms(indexed, +1)
        return len(rows)

    # -- chats ------------------------------------------------------------------------------

    @_writes
    def ensure_chat(self, chat_id: int, *, type: str | None = None, title: str | None = None
                    ) -> ChatSettings:
        """The chat's settings, creating the chat on first contact.

        `type`/`title` update the stored ones when given; `active` is untouched.
        """
        now = self._now()
        with self._write():
            self._conn.execute(
                "INSERT INTO chats (id, type, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET type = coalesce(excluded.type, type), "
                "title = coalesce(excluded.title, title)",
                (chat_id, type, title, now, now),
            )
            return self.get_chat(chat_id)

    @_reads
    def get_chat(self, chat_id: int) -> ChatSettings:
        chat = self.find_chat(chat_id)
        if chat is None:
            raise NotFound(f"chat {chat_id}")
        return chat

    @_reads
    def find_chat(self, chat_id: int) -> ChatSettings | None:
        row = self._one(f"SELECT {_CHAT_COLUMNS} FROM chats WHERE id = ?", (chat_id,))
        return _chat(row) if row else None

    @_writes
    def update_chat_settings(self, chat_id: int, **changes: Any) -> ChatSettings:
        """Change some settings (names in CHAT_SETTINGS); creates the chat if new.

        Pass None to reset a setting to "use the default".
        """
        unknown = set(changes) - set(CHAT_SETTINGS)
        if unknown:
            raise InvalidValue(f"unknown chat settings: {sorted(unknown)}")
        values = dict(changes)
        if "auto_summary" in values:
            values["auto_summary"] = int(bool(values["auto_summary"]))
        if "summary_length" in values and values["summary_length"] is not None:
            if int(values["summary_length"]) < 1:
                raise InvalidValue("summary_length must be at least 1")
        if "digest_times" in values:
            values["digest_times"] = json.dumps(_check_times(values["digest_times"] or ()))
        if "digest_days_off" in values:
            days = sorted({int(d) for d in values["digest_days_off"] or ()})
            if any(d < 1 or d > 7 for d in days):
                raise InvalidValue("digest_days_off are ISO weekdays 1..7")
            values["digest_days_off"] = json.dumps(days)
        with self._write():
            self.ensure_chat(chat_id)
            if values:
                assignments = ", ".join(f"{name} = ?" for name in values)
                self._conn.execute(
                    f"UPDATE chats SET {assignments}, updated_at = ? WHERE id = ?",
                    (*values.values(), self._now(), chat_id),
                )
            return self.get_chat(chat_id)

    @_writes
    def set_chat_active(self, chat_id: int, active: bool) -> ChatSettings:
        """Mark a chat (in)active: removed/blocked bots stop sending, history stays."""
        with self._write():
            self.ensure_chat(chat_id)
            self._conn.execute("UPDATE chats SET active = ?, updated_at = ? WHERE id = ?",
                               (int(active), self._now(), chat_id))
            return self.get_chat(chat_id)

    @_reads
    def list_chats(self, *, active: bool | None = None) -> list[ChatSettings]:
        where, params = ("WHERE active = ?", (int(active),)) if active is not None else ("", ())
        return [_chat(r) for r in self._all(f"SELECT {_CHAT_COLUMNS} FROM chats {where} ORDER BY id",
                                            params)]

    @_writes
    def delete_chat(self, chat_id: int) -> ForgetResult:
        """Remove a chat with its settings, history, feeds and digest log; purge orphans."""
        with self._write():
            result = self.forget_chat(chat_id)
            self._conn.execute("DELETE FROM chats WHERE id = ?", (chat_id,))
            self._delete_unfollowed_feeds()
            return ForgetResult(result.history_entries, result.articles_purged + self._purge())

    # -- history ----------------------------------------------------------------------------

    @_writes
    def add_history(self, chat_id: int, article_id: int, *, message_id: int | None = None,
                    user_id: int | None = None, source: str = "link",
                    at: datetime | None = None) -> HistoryEntry:
        """Record that `user_id` shared `article_id` in `chat_id` with message `message_id`.

        Creates the chat if new. The message id then resolves replies
        (`article_for_message`).
        """
        if source not in HISTORY_SOURCES:
            raise InvalidValue(f"source must be one of {HISTORY_SOURCES}")
        with self._write():
            self._require_article(article_id)
            self.ensure_chat(chat_id)
            row_id = self._conn.execute(
                "INSERT INTO chat_articles (chat_id, article_id, user_id, message_id, source, "
                "shared_at) VALUES (?, ?, ?, ?, ?, ?)",
                (chat_id, article_id, user_id, message_id, source, self._now(at)),
            ).lastrowid
            if message_id is not None:
                self._link(chat_id, message_id, article_id)
            return _history(self._one(_HISTORY_SELECT + " WHERE ca.id = ?", (row_id,)), 1)

    def _link(self, chat_id: int, message_id: int, article_id: int) -> None:
        self._conn.execute(
            "INSERT INTO chat_messages (chat_id, message_id, article_id) VALUES (?, ?, ?) "
            "ON CONFLICT(chat_id, message_id) DO UPDATE SET article_id = excluded.article_id",
            (chat_id, message_id, article_id),
        )

    @_writes
    def link_message(self, chat_id: int, message_id: int, article_id: int) -> None:
        """Let a reply to `message_id` (e.g. the bot's summary) resolve to the article.

        The article must already be in this chat's history.
        """
        with self._write():
            self.chat_article(chat_id, article_id)
            self._link(chat_id, message_id, article_id)

    @_reads
    def history(self, chat_id: int, *, limit: int = 10, offset: int = 0) -> list[HistoryEntry]:
        """This chat's articles, most recently shared first, each once, numbered from 1."""
        # Walk the chat's shares newest first, skipping any with a later share of the same
        # article: cost grows with offset + limit, not with the size of the history.
        rows = self._all(
            _HISTORY_SELECT + """
            WHERE ca.chat_id = ? AND NOT EXISTS (
                SELECT 1 FROM chat_articles later
                WHERE later.chat_id = ca.chat_id AND later.article_id = ca.article_id
                  AND (later.shared_at > ca.shared_at
                       OR (later.shared_at = ca.shared_at AND later.id > ca.id)))
            ORDER BY ca.shared_at DESC, ca.id DESC LIMIT ? OFFSET ?""",
            (chat_id, limit, offset),
        )
        return [_history(row, offset + n) for n, row in enumerate(rows, start=1)]

    @_reads
    def history_entry(self, chat_id: int, number: int) -> HistoryEntry:
        """Entry `number` of `history()` (1 = last article); NotFound past the end."""
        if number < 1:
            raise NotFound(f"history #{number}")
        entries = self.history(chat_id, limit=1, offset=number - 1)
        if not entries:
            raise NotFound(f"history #{number} of chat {chat_id}")
        return entries[0]

    @_reads
    def last_article(self, chat_id: int) -> StoredArticle:
        """The article most recently shared in this chat: the default follow-up target."""
        return self.get_article(self.history_entry(chat_id, 1).article_id)

    @_reads
    def article_for_message(self, chat_id: int, message_id: int) -> StoredArticle:
        """The article behind a message of this chat (a reply target); NotFound if none."""
        row = self._one(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = "
            "(SELECT article_id FROM chat_messages WHERE chat_id = ? AND message_id = ?)",
            (chat_id, message_id),
        )
        if row is None:
            raise NotFound(f"message {message_id} of chat {chat_id}")
        return _article(row)

    @_reads
    def chat_article(self, chat_id: int, article_id: int) -> StoredArticle:
        """The article, only if this chat has it in its history (the isolation guard)."""
        row = self._one(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ? AND EXISTS "
            "(SELECT 1 FROM chat_articles WHERE chat_id = ? AND article_id = ?)",
            (article_id, chat_id, article_id),
        )
        if row is None:
            raise NotFound(f"article {article_id} in chat {chat_id}")
        return _article(row)

    @_reads
    def history_since(self, chat_id: int, since: datetime | None, *,
                      sources: Sequence[str] = ("link", "text", "reply")) -> list[HistoryEntry]:
        """Articles shared in the chat after `since` (None: all), oldest first.

        By default digest/feed entries are left out: the digest wants what
        people shared since the last digest.
        """
        placeholders = ",".join("?" for _ in sources)
        rows = self._all(
            _HISTORY_SELECT + f"""
            WHERE ca.id IN (SELECT MAX(id) FROM chat_articles
                            WHERE chat_id = ? AND shared_at > ? AND source IN ({placeholders})
                            GROUP BY article_id)
            ORDER BY ca.shared_at, ca.id""",
            (chat_id, _ts(since) if since else "", *sources),
        )
        return [_history(row, n) for n, row in enumerate(rows, start=1)]

    @_reads
    def count_history(self, chat_id: int) -> int:
        return self._one("SELECT COUNT(DISTINCT article_id) FROM chat_articles WHERE chat_id = ?",
                         (chat_id,))[0]

    # -- deletion ---------------------------------------------------------------------------

    @_writes
    def forget_chat(self, chat_id: int) -> ForgetResult:
        """/forget: delete the chat's history and the articles no one else references.

        Settings, subscription and feeds stay; the chat simply has no past.
        """
        with self._write():
            removed = self._conn.execute("DELETE FROM chat_articles WHERE chat_id = ?",
                                         (chat_id,)).rowcount
            self._conn.execute("DELETE FROM chat_messages WHERE chat_id = ?", (chat_id,))
            result = ForgetResult(history_entries=removed, articles_purged=self._purge())
        logger.info("chat %s forgotten: %d history entries, %d articles purged",
                    chat_id, result.history_entries, result.articles_purged)
        return result

    @_writes
    def purge_orphan_articles(self) -> int:
        """Delete articles that no chat history and no feed item references."""
        with self._write():
            return self._purge()

    def _purge(self, *, stored_before: datetime | None = None) -> int:
        """Delete articles nothing refers to; with `stored_before`, only those stored
        earlier (an article being summarized right now has no reference yet)."""
        orphans = [row[0] for row in self._all(
            "SELECT id FROM articles WHERE NOT EXISTS "
            "(SELECT 1 FROM chat_articles WHERE article_id = articles.id) AND NOT EXISTS "
            "(SELECT 1 FROM feed_items WHERE article_id = articles.id)"
            + (" AND fetched_at < ?" if stored_before is not None else ""),
            () if stored_before is None else (_ts(stored_before),))]
        self._uncount_terms(orphans)
        for start in range(0, len(orphans), 500):
            chunk = orphans[start:start + 500]
            self._conn.execute(f"DELETE FROM articles WHERE id IN ({','.join('?' for _ in chunk)})",
                               chunk)
        return len(orphans)

    # -- subscriptions ----------------------------------------------------------------------

    _SUBSCRIPTION_SELECT = """
        SELECT s.chat_id, s.paused, s.paused_reason, c.tz, c.lang, c.digest_times,
               c.digest_max_items, c.digest_days_off, c.active, s.created_at
        FROM subscriptions s JOIN chats c ON c.id = s.chat_id
    """

    @staticmethod
    def _subscription(row: Sequence[Any]) -> Subscription:
        return Subscription(
            chat_id=row[0], paused=bool(row[1]), paused_reason=row[2], tz=row[3], lang=row[4],
            digest_times=tuple(json.loads(row[5] or "[]")), digest_max_items=row[6],
            digest_days_off=tuple(json.loads(row[7] or "[]")), chat_active=bool(row[8]),
            created_at=datetime.fromisoformat(row[9]),
        )

    @_writes
    def subscribe(self, chat_id: int, *, times: Sequence[str] | None = None,
                  tz: str | None = None) -> Subscription:
        """Subscribe (or resume) the chat's digest; `times`/`tz` update its settings."""
        now = self._now()
        with self._write():
            changes: dict[str, Any] = {}
            if times is not None:
                changes["digest_times"] = times
            if tz is not None:
                changes["tz"] = tz
            self.update_chat_settings(chat_id, **changes)
            self._conn.execute(
                "INSERT INTO subscriptions (chat_id, created_at, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(chat_id) DO UPDATE SET paused = 0, paused_reason = NULL, "
                "updated_at = excluded.updated_at",
                (chat_id, now, now),
            )
            return self.get_subscription(chat_id)

    @_writes
    def unsubscribe(self, chat_id: int) -> bool:
        """Stop the digest; returns whether there was a subscription."""
        with self._write():
            return self._conn.execute("DELETE FROM subscriptions WHERE chat_id = ?",
                                      (chat_id,)).rowcount > 0

    @_writes
    def pause_subscription(self, chat_id: int, reason: str) -> Subscription:
        """Pause without forgetting (e.g. reason "forbidden" after a 403)."""
        with self._write():
            self.get_subscription(chat_id)
            self._conn.execute(
                "UPDATE subscriptions SET paused = 1, paused_reason = ?, updated_at = ? "
                "WHERE chat_id = ?", (reason, self._now(), chat_id))
            return self.get_subscription(chat_id)

    @_reads
    def get_subscription(self, chat_id: int) -> Subscription:
        row = self._one(self._SUBSCRIPTION_SELECT + " WHERE s.chat_id = ?", (chat_id,))
        if row is None:
            raise NotFound(f"subscription of chat {chat_id}")
        return self._subscription(row)

    @_reads
    def list_subscriptions(self, *, include_paused: bool = False) -> list[Subscription]:
        """Subscriptions to schedule at start: unpaused ones of active chats by default."""
        where = "" if include_paused else " WHERE s.paused = 0 AND c.active = 1"
        return [self._subscription(r)
                for r in self._all(self._SUBSCRIPTION_SELECT + where + " ORDER BY s.chat_id")]

    # -- feeds ------------------------------------------------------------------------------

    @_writes
    def add_feed(self, chat_id: int, url: str, *, title: str | None = None,
                 site_url: str | None = None) -> Feed:
        """Follow a feed from a chat; chats adding the same URL share one polled feed."""
        url = normalize_url(url, feed=True)  # also the URL that is polled
        now = self._now()
        with self._write():
            self.ensure_chat(chat_id)
            self._conn.execute(
                "INSERT INTO feeds (url, title, site_url, created_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(url) DO UPDATE SET title = coalesce(title, excluded.title), "
                "site_url = coalesce(site_url, excluded.site_url)",
                (url, title, site_url, now),
            )
            feed_id = self._one("SELECT id FROM feeds WHERE url = ?", (url,))[0]
            self._conn.execute(
                "INSERT OR IGNORE INTO chat_feeds (chat_id, feed_id, added_at) VALUES (?, ?, ?)",
                (chat_id, feed_id, now),
            )
            return self.get_feed(feed_id)

    @_reads
    def get_feed(self, feed_id: int) -> Feed:
        row = self._one(f"SELECT {_FEED_COLUMNS} FROM feeds WHERE id = ?", (feed_id,))
        if row is None:
            raise NotFound(f"feed {feed_id}")
        return _feed(row)

    @_reads
    def chat_feeds(self, chat_id: int) -> list[Feed]:
        """The chat's feeds in the order added: `/feed list` numbers them from 1."""
        return [_feed(r) for r in self._all(
            f"SELECT {', '.join('f.' + c.strip() for c in _FEED_COLUMNS.split(','))} "
            "FROM chat_feeds cf JOIN feeds f ON f.id = cf.feed_id WHERE cf.chat_id = ? "
            "ORDER BY cf.added_at, f.id", (chat_id,))]

    @_writes
    def remove_chat_feed(self, chat_id: int, feed_id: int) -> None:
        """Unfollow; a feed no chat follows any more is deleted with its items."""
        with self._write():
            if self._conn.execute("DELETE FROM chat_feeds WHERE chat_id = ? AND feed_id = ?",
                                  (chat_id, feed_id)).rowcount == 0:
                raise NotFound(f"feed {feed_id} of chat {chat_id}")
            self._delete_unfollowed_feeds()
            self._purge()

    def _delete_unfollowed_feeds(self) -> None:
        self._conn.execute("DELETE FROM feeds WHERE NOT EXISTS "
                           "(SELECT 1 FROM chat_feeds WHERE feed_id = feeds.id)")

    @_reads
    def feeds_due(self, *, now: datetime | None = None, limit: int | None = None) -> list[Feed]:
        """Unpaused feeds whose next poll time has come (never-polled ones first)."""
        return [_feed(r) for r in self._all(
            f"SELECT {_FEED_COLUMNS} FROM feeds WHERE paused = 0 "
            "AND (next_poll_at IS NULL OR next_poll_at <= ?) "
            "ORDER BY next_poll_at IS NOT NULL, next_poll_at, id LIMIT ?",
            (self._now(now), -1 if limit is None else limit))]

    @_writes
    def record_feed_success(self, feed_id: int, *, next_poll_at: datetime,
                            etag: str | None = None, last_modified: str | None = None,
                            title: str | None = None, site_url: str | None = None) -> Feed:
        """A poll worked (200 or 304): reset failures, keep the validators for next time."""
        now = self._now()
        with self._write():
            self.get_feed(feed_id)
            self._conn.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, failures = 0, last_error = NULL, "
                "last_polled_at = ?, last_ok_at = ?, next_poll_at = ?, "
                "title = coalesce(?, title), site_url = coalesce(?, site_url) WHERE id = ?",
                (etag, last_modified, now, now, _ts(next_poll_at), title, site_url, feed_id),
            )
            return self.get_feed(feed_id)

    @_writes
    def record_feed_failure(self, feed_id: int, error: str, *, next_poll_at: datetime,
                            pause_after: int = FEED_PAUSE_AFTER_FAILURES) -> Feed:
        """A poll failed: count it; after `pause_after` failures in a row the feed pauses."""
        with self._write():
            self.get_feed(feed_id)
            self._conn.execute(
                "UPDATE feeds SET failures = failures + 1, last_error = ?, last_polled_at = ?, "
                "next_poll_at = ?, paused = (failures + 1 >= ?) WHERE id = ?",
                (error[:500], self._now(), _ts(next_poll_at), pause_after, feed_id),
            )
            return self.get_feed(feed_id)

    @_writes
    def resume_feed(self, feed_id: int) -> Feed:
        """Unpause a feed; chats will be told again if it pauses again."""
        with self._write():
            self.get_feed(feed_id)
            self._conn.execute("UPDATE feeds SET paused = 0, failures = 0, next_poll_at = NULL "
                               "WHERE id = ?", (feed_id,))
            self._conn.execute("UPDATE chat_feeds SET pause_notified = 0 WHERE feed_id = ?",
                               (feed_id,))
            return self.get_feed(feed_id)

    @_writes
    def claim_feed_pause_notices(self, feed_id: int) -> list[int]:
        """Chats to tell that this paused feed stopped: each chat is returned once, ever."""
        with self._write():
            chats = [r[0] for r in self._all(
                "SELECT cf.chat_id FROM chat_feeds cf JOIN feeds f ON f.id = cf.feed_id "
                "WHERE cf.feed_id = ? AND f.paused = 1 AND cf.pause_notified = 0 ORDER BY cf.chat_id",
                (feed_id,))]
            self._conn.execute("UPDATE chat_feeds SET pause_notified = 1 WHERE feed_id = ? AND "
                               "(SELECT paused FROM feeds WHERE id = ?) = 1", (feed_id, feed_id))
            return chats

    @_writes
    def add_feed_items(self, feed_id: int, entries: Iterable[FeedEntry], *,
                       now: datetime | None = None) -> list[FeedItem]:
        """Store entries not seen before (by guid); return only the new ones."""
        seen_at = self._now(now)
        new_ids = []
        with self._write():
            self.get_feed(feed_id)
            for entry in entries:
                cursor = self._conn.execute(
                    "INSERT OR IGNORE INTO feed_items (feed_id, guid, url, title, summary, "
                    "published, first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (feed_id, entry.guid, entry.url, entry.title, entry.summary, entry.published,
                     seen_at),
                )
                if cursor.rowcount:
                    new_ids.append(cursor.lastrowid)
        return [self.get_feed_item(item_id) for item_id in new_ids]

    @_reads
    def get_feed_item(self, item_id: int) -> FeedItem:
        row = self._one(f"SELECT {_ITEM_COLUMNS} FROM feed_items WHERE id = ?", (item_id,))
        if row is None:
            raise NotFound(f"feed item {item_id}")
        return _item(row)

    @_writes
    def set_feed_item_article(self, item_id: int, article_id: int) -> FeedItem:
        """Attach the fetched article (full text of a teaser entry) to a feed item."""
        with self._write():
            self._require_article(article_id)
            if self._conn.execute("UPDATE feed_items SET article_id = ? WHERE id = ?",
                                  (article_id, item_id)).rowcount == 0:
                raise NotFound(f"feed item {item_id}")
            return self.get_feed_item(item_id)

    @_reads
    def feed_items_for_chat(self, chat_id: int, *, since: datetime | None = None,
                            until: datetime | None = None) -> list[FeedItem]:
        """Items of the chat's feeds first seen in (since, until], oldest first."""
        return [_item(r) for r in self._all(
            f"SELECT {', '.join('i.' + c.strip() for c in _ITEM_COLUMNS.split(','))} "
            "FROM feed_items i JOIN chat_feeds cf ON cf.feed_id = i.feed_id "
            "WHERE cf.chat_id = ? AND i.first_seen_at > ? AND i.first_seen_at <= ? "
            "ORDER BY i.first_seen_at, i.id",
            (chat_id, _ts(since) if since else "", _ts(until) if until else "9999"))]

    @_reads
    def feed_item_ids_for_chat(self, chat_id: int, *, since: datetime | None = None,
                               until: datetime | None = None) -> list[int]:
        """The ids of `feed_items_for_chat`, same order: for callers that cache items by id.

        A digest for many chats reads the same items again and again; ids are
        cheap to read, and only unseen items need `get_feed_item`.
        """
        return [r[0] for r in self._all(
            "SELECT i.id FROM feed_items i JOIN chat_feeds cf ON cf.feed_id = i.feed_id "
            "WHERE cf.chat_id = ? AND i.first_seen_at > ? AND i.first_seen_at <= ? "
            "ORDER BY i.first_seen_at, i.id",
            (chat_id, _ts(since) if since else "", _ts(until) if until else "9999"))]

    @_writes
    def prune_feed_items(self, *, older_than: datetime) -> int:
        """Forget feed items first seen before `older_than`, then orphaned articles."""
        with self._write():
            removed = self._conn.execute("DELETE FROM feed_items WHERE first_seen_at < ?",
                                         (_ts(older_than),)).rowcount
            self._purge(stored_before=older_than)
            return removed

    # -- digest log -------------------------------------------------------------------------

    @_writes
    def claim_digest(self, chat_id: int, period_key: str, *, now: datetime | None = None) -> bool:
        """Claim the digest of `period_key` (e.g. "2026-11-28T09:00") for this chat.

        True exactly once per (chat, period), across processes and restarts: the
        caller that gets True sends it, then calls `mark_digest_sent`.
        """
        if not period_key:
            raise InvalidValue("empty period key")
        with self._write():
            self.ensure_chat(chat_id)
            return self._conn.execute(
                "INSERT OR IGNORE INTO digest_log (chat_id, period_key, claimed_at) VALUES (?, ?, ?)",
                (chat_id, period_key, self._now(now)),
            ).rowcount == 1

    @_writes
    def mark_digest_sent(self, chat_id: int, period_key: str, *, message_ids: Sequence[int] = (),
                         item_count: int = 0, now: datetime | None = None) -> DigestRecord:
        with self._write():
            if self._conn.execute(
                "UPDATE digest_log SET status = 'sent', sent_at = ?, message_ids = ?, item_count = ? "
                "WHERE chat_id = ? AND period_key = ?",
                (self._now(now), json.dumps(list(message_ids)), item_count, chat_id, period_key),
            ).rowcount == 0:
                raise NotFound(f"digest {period_key} of chat {chat_id} was not claimed")
            return self.get_digest(chat_id, period_key)

    @_writes
    def release_digest(self, chat_id: int, period_key: str) -> bool:
        """Give back a claim that was not sent (e.g. sending failed), so it can be retried."""
        with self._write():
            return self._conn.execute(
                "DELETE FROM digest_log WHERE chat_id = ? AND period_key = ? AND status = 'claimed'",
                (chat_id, period_key)).rowcount > 0

    @_reads
    def get_digest(self, chat_id: int, period_key: str) -> DigestRecord:
        row = self._one(f"SELECT {_DIGEST_COLUMNS} FROM digest_log WHERE chat_id = ? "
                        "AND period_key = ?", (chat_id, period_key))
        if row is None:
            raise NotFound(f"digest {period_key} of chat {chat_id}")
        return _digest(row)

    @_reads
    def last_digest(self, chat_id: int) -> DigestRecord | None:
        """The last digest sent to the chat: "new since the last digest" starts here."""
        row = self._one(f"SELECT {_DIGEST_COLUMNS} FROM digest_log WHERE chat_id = ? AND "
                        "status = 'sent' ORDER BY sent_at DESC, id DESC LIMIT 1", (chat_id,))
        return _digest(row) if row else None

    @_reads
    def last_digests(self) -> dict[int, DigestRecord]:
        """The last sent digest of every chat that had one (for stats)."""
        rows = self._all(
            f"SELECT {_DIGEST_COLUMNS} FROM digest_log d WHERE status = 'sent' AND id = "
            "(SELECT id FROM digest_log WHERE chat_id = d.chat_id AND status = 'sent' "
            "ORDER BY sent_at DESC, id DESC LIMIT 1)")
        return {row[0]: _digest(row) for row in rows}

    # -- operations -------------------------------------------------------------------------

    @_reads
    def stats(self) -> StorageStats:
        def count(sql: str) -> int:
            return self._one(sql)[0]

        page_size = count("PRAGMA page_size")
        return StorageStats(
            articles=count("SELECT COUNT(*) FROM articles"),
            analyses=count("SELECT COUNT(*) FROM analyses"),
            sentences=count("SELECT COUNT(*) FROM article_sentences"),
            chats=count("SELECT COUNT(*) FROM chats"),
            active_chats=count("SELECT COUNT(*) FROM chats WHERE active = 1"),
            history_entries=count("SELECT COUNT(*) FROM chat_articles"),
            subscriptions=count("SELECT COUNT(*) FROM subscriptions"),
            feeds=count("SELECT COUNT(*) FROM feeds"),
            paused_feeds=count("SELECT COUNT(*) FROM feeds WHERE paused = 1"),
            feed_items=count("SELECT COUNT(*) FROM feed_items"),
            digests_sent=count("SELECT COUNT(*) FROM digest_log WHERE status = 'sent'"),
            db_bytes=count("PRAGMA page_count") * page_size,
            schema_version=count("PRAGMA user_version"),
        )

    @_reads
    def backup(self, destination: str | Path) -> Path:
        """Copy the live database to `destination` with SQLite's online backup API.

        Safe while the bot runs: the copy is one consistent snapshot, WAL included.
        """
        destination = Path(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(str(destination))
        try:
            self._conn.backup(target)
        finally:
            target.close()
        return destination

    @_reads
    def integrity_problems(self) -> list[str]:
        """What `PRAGMA integrity_check` finds; [] for a healthy file."""
        problems = [row[0] for row in self._all("PRAGMA integrity_check")]
        return [] if problems == ["ok"] else problems

    @_writes
    def optimize(self) -> None:
        """Housekeeping for quiet hours: merge FTS segments, refresh planner statistics."""
        with self._write():
            self._conn.execute("INSERT INTO sentence_fts (sentence_fts) VALUES ('optimize')")
        self._conn.execute("PRAGMA optimize")


def _check_times(times: Iterable[str]) -> list[str]:
    """Validate "HH:MM" strings; sorted and without repeats."""
    checked = set()
    for value in times:
        try:
            hours, minutes = (int(part) for part in str(value).split(":"))
        except ValueError:
            raise InvalidValue(f"not a HH:MM time: {value!r}") from None
        if not (0 <= hours < 24 and 0 <= minutes < 60):
            raise InvalidValue(f"not a HH:MM time: {value!r}")
        checked.add(f"{hours:02d}:{minutes:02d}")
    return sorted(checked)
