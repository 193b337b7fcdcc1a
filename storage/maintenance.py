"""Keeping the file healthy: purging orphaned articles, stats, online backup,
integrity check and optimisation for quiet hours."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from storage.base import StoreBase, marks, reads, ts, writes
from storage.models import StorageStats
from storage.search import CHUNK

# StorageStats field -> (table, WHERE clause or None).
_COUNTS = {
    "articles": ("articles", None),
    "analyses": ("analyses", None),
    "sentences": ("article_sentences", None),
    "chats": ("chats", None),
    "active_chats": ("chats", "active = 1"),
    "history_entries": ("chat_articles", None),
    "subscriptions": ("subscriptions", None),
    "feeds": ("feeds", None),
    "paused_feeds": ("feeds", "paused = 1"),
    "feed_items": ("feed_items", None),
    "digests_sent": ("digest_log", "status = 'sent'"),
}


class Maintenance(StoreBase):
    """What operators and daily jobs need; nothing here serves one chat."""

    @writes
    def purge_orphan_articles(self) -> int:
        """Delete articles that no chat history and no feed item references."""
        with self._write():
            return self._purge()

    def _purge(self, candidates: Sequence[int] | None = None, *,
               stored_before: datetime | None = None) -> int:
        """Delete orphaned articles: all of them, or only those among `candidates`
        and (with `stored_before`) those stored before that time.

        A deletion (/forget, an unfollowed feed, pruned feed items) passes the
        articles it let go of. An article that was just stored and is still being
        analysed has no history entry yet; only an explicit full purge may take it.
        """
        orphan = ("NOT EXISTS (SELECT 1 FROM chat_articles WHERE article_id = articles.id) AND "
                  "NOT EXISTS (SELECT 1 FROM feed_items WHERE article_id = articles.id)")
        if candidates is None:
            orphans = self._values(f"SELECT id FROM articles WHERE {orphan}")
        else:
            orphans = []
            for start in range(0, len(candidates), CHUNK):
                chunk = list(candidates[start:start + CHUNK])
                orphans += self._values(
                    f"SELECT id FROM articles WHERE id IN ({marks(chunk)}) AND {orphan}", chunk)
            if stored_before is not None:
                orphans = sorted(set(orphans) | set(self._values(
                    f"SELECT id FROM articles WHERE fetched_at < ? AND {orphan}", (ts(stored_before),))))
        self._uncount_terms(orphans)
        for start in range(0, len(orphans), CHUNK):
            chunk = orphans[start:start + CHUNK]
            self._execute(f"DELETE FROM articles WHERE id IN ({marks(chunk)})", chunk)
        return len(orphans)

    @reads
    def stats(self) -> StorageStats:
        counts = {name: self._table(table).count_where(where) if where else self._table(table).count
                  for name, (table, where) in _COUNTS.items()}
        return StorageStats(
            **counts,
            db_bytes=self._value("PRAGMA page_count") * self._value("PRAGMA page_size"),
            schema_version=self._value("PRAGMA user_version"),
        )

    @reads
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

    @reads
    def integrity_problems(self) -> list[str]:
        """What `PRAGMA integrity_check` finds; [] for a healthy file."""
        problems = self._values("PRAGMA integrity_check")
        return [] if problems == ["ok"] else problems

    @writes
    def optimize(self) -> None:
        """Housekeeping for quiet hours: merge FTS segments, refresh planner statistics."""
        with self._write():
            self._execute("INSERT INTO sentence_fts (sentence_fts) VALUES ('optimize')")
        self._execute("PRAGMA optimize")
