"""Articles, their URL aliases and cached analyses (tables articles, article_urls, analyses).

The lookups here are the bot's hot path (every link asks "do we know it?"), so
they stay single prepared statements; rows are mapped by column name.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable
from datetime import datetime

from storage.base import StoreBase, reads, writes
from storage.errors import InvalidValue, NotFound
from storage.models import StoredArticle
from storage.normalize import content_hash, normalize_url
from summarizer.model import Analysis, Article

logger = logging.getLogger(__name__)

ARTICLE_COLUMNS = ("id, text, content_hash, fetched_at, url, canonical_url, title, site, "
                   "author, published, lang, source_type")


def article_from_row(row: sqlite3.Row) -> StoredArticle:
    return StoredArticle(
        id=row["id"], text=row["text"], content_hash=row["content_hash"],
        fetched_at=datetime.fromisoformat(row["fetched_at"]), url=row["url"],
        canonical_url=row["canonical_url"], title=row["title"], site=row["site"],
        author=row["author"], published=row["published"], lang=row["lang"],
        source_type=row["source_type"],
    )


class ArticleStore(StoreBase):
    """Articles (deduplicated by URL and by content) and their cached analyses."""

    @writes
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
            by_content = existing is None
            existing = existing or self.find_article_by_hash(digest)
            if existing:
                # The same text at another address (a syndicated story, a mirror): its links lead
                # to the stored article, and remember the page they are, so a reader who shares
                # one is shown it, not the first address the text was read at.
                page = urls[0] if by_content and article.url and existing.url and urls[0] != existing.url else None
                self._add_aliases(existing.id, urls, page=page)
                if urls and existing.url is None and article.url:
                    # Known only as a pasted text: the link gives it its page (title, site, date),
                    # which the reader should see instead of "pasted text" and a title made from
                    # the first sentence.
                    self._execute(
                        "UPDATE articles SET url = ?, canonical_url = COALESCE(?, canonical_url), "
                        "title = COALESCE(?, title), site = COALESCE(?, site), author = COALESCE(?, author), "
                        "published = COALESCE(?, published), source_type = ? WHERE id = ?",
                        (urls[0], normalize_url(article.canonical_url) if article.canonical_url else None,
                         article.title, article.site, article.author, article.published, article.source_type,
                         existing.id))
                    existing = self.get_article(existing.id)
                return existing, False
            article_id = self._execute(
                "INSERT INTO articles (url, canonical_url, title, site, author, published, lang, "
                "source_type, text, content_hash, fetched_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (urls[0] if article.url else None,
                 normalize_url(article.canonical_url) if article.canonical_url else None,
                 article.title, article.site, article.author, article.published, article.lang,
                 article.source_type, article.text, digest, self._now(fetched_at)),
            ).lastrowid
            assert article_id is not None
            self._add_aliases(article_id, urls)
            return self.get_article(article_id), True

    def _add_aliases(self, article_id: int, urls: Iterable[str], *, page: str | None = None) -> None:
        self._conn.executemany(
            "INSERT OR IGNORE INTO article_urls (url, article_id, page) VALUES (?, ?, ?)",
            [(url, article_id, page) for url in urls],
        )

    @writes
    def add_article_url(self, article_id: int, url: str, *, page: str | None = None) -> None:
        """Remember another URL (redirect target, mirror) for a stored article; `page`: the
        address of the page it leads to, when that is not the article's own (`page_of`)."""
        with self._write():
            self._require_article(article_id)
            self._add_aliases(article_id, [normalize_url(url)], page=normalize_url(page) if page else None)

    @reads
    def page_of(self, url: str) -> str | None:
        """The page a known link leads to when it is another address of a stored text (not
        the article's own page, a redirect or a tracking variant of it), else None."""
        return self._value("SELECT page FROM article_urls WHERE url = ?", (normalize_url(url),))

    @reads
    def get_article(self, article_id: int) -> StoredArticle:
        row = self._row(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        if row is None:
            raise NotFound(f"article {article_id}")
        return article_from_row(row)

    def _require_article(self, article_id: int) -> None:
        """NotFound unless the article exists (without reading its text)."""
        if self._value("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is None:
            raise NotFound(f"article {article_id}")

    @reads
    def find_article_by_url(self, url: str) -> StoredArticle | None:
        """The article stored for `url` (normalized here), or None."""
        row = self._row(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = "
            "(SELECT article_id FROM article_urls WHERE url = ?)",
            (normalize_url(url),),
        )
        return article_from_row(row) if row else None

    @reads
    def find_article_by_hash(self, digest: str) -> StoredArticle | None:
        row = self._row(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE content_hash = ?", (digest,))
        return article_from_row(row) if row else None

    @reads
    def find_article_by_text(self, text: str) -> StoredArticle | None:
        """The article with this exact text (after normalization), e.g. a re-pasted text."""
        return self.find_article_by_hash(content_hash(text))

    # -- analyses ---------------------------------------------------------------------------

    @writes
    def put_analysis(self, article_id: int, analysis: Analysis, *, version: str | None = None,
                     params_key: str = "") -> None:
        """Cache `analysis` for (article, summarizer version, params); replaces an older one,
        of this or any other version, so each upgrade does not add a copy of every article shown.

        `params_key` names the options that change the result (e.g. "n=5");
        the default analysis uses "".
        """
        version = analysis.version if version is None else version
        data = json.dumps(analysis.to_dict(), ensure_ascii=False, separators=(",", ":"))
        with self._write():  # once per analysed article: no table introspection
            self._execute("DELETE FROM analyses WHERE article_id = ? AND params_key = ? AND version != ?",
                          (article_id, params_key, version))
            self._execute(
                "INSERT OR REPLACE INTO analyses (article_id, version, params_key, data, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (article_id, version, params_key, data, self._now()),
            )

    @reads
    def find_analysis(self, article_id: int, *, version: str, params_key: str = "") -> Analysis | None:
        """The cached analysis, or None: a new summarizer version simply misses."""
        data = self._value(
            "SELECT data FROM analyses WHERE article_id = ? AND version = ? AND params_key = ?",
            (article_id, version, params_key),
        )
        return Analysis.from_dict(json.loads(data)) if data is not None else None

    @reads
    def latest_analysis(self, article_id: int, *, params_key: str = "") -> Analysis | None:
        """The newest cached analysis of any summarizer version, or None.

        After an upgrade every cached analysis is of an older version until its article is shown
        again; /ask still needs the figures and quotes it found (whose words a sentence is), and
        an older version's are far better than none. One that no longer decodes counts as none.
        """
        data = self._value(
            "SELECT data FROM analyses WHERE article_id = ? AND params_key = ? "
            "ORDER BY created_at DESC, CAST(version AS INTEGER) DESC LIMIT 1",
            (article_id, params_key),
        )
        if data is None:
            return None
        try:
            return Analysis.from_dict(json.loads(data))
        except (KeyError, TypeError, ValueError) as exc:
            logger.warning("cached analysis of article %s no longer decodes: %s", article_id, exc)
            return None

    @writes
    def prune_analyses(self, *, keep_version: str) -> int:
        """Drop analyses of other summarizer versions; return how many."""
        with self._write():
            return self._execute("DELETE FROM analyses WHERE version != ?", (keep_version,)).rowcount
