"""Digest subscriptions, feeds and feed items (tables subscriptions, feeds, chat_feeds, feed_items).

A feed URL is stored once however many chats follow it: it is polled once, and
each chat sees its items. A feed no chat follows any more is deleted with its items.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from storage.base import StoreBase, columns, dt, reads, ts, writes
from storage.errors import NotFound
from storage.models import Feed, FeedEntry, FeedItem, Subscription
from storage.normalize import normalize_url

FEED_PAUSE_AFTER_FAILURES = 5

FEED_COLUMNS = ("id, url, title, site_url, etag, last_modified, failures, paused, last_error, "
                "last_polled_at, last_ok_at, next_poll_at, created_at")
ITEM_COLUMNS = "id, feed_id, guid, url, title, summary, published, article_id, first_seen_at"

_SUBSCRIPTION_SELECT = """
    SELECT s.chat_id, s.paused, s.paused_reason, c.tz, c.lang, c.digest_times,
           c.digest_max_items, c.digest_days_off, c.active, s.created_at
    FROM subscriptions s JOIN chats c ON c.id = s.chat_id
"""


def subscription_from_row(row: sqlite3.Row) -> Subscription:
    return Subscription(
        chat_id=row["chat_id"], paused=bool(row["paused"]), paused_reason=row["paused_reason"],
        tz=row["tz"], lang=row["lang"], digest_times=tuple(json.loads(row["digest_times"] or "[]")),
        digest_max_items=row["digest_max_items"],
        digest_days_off=tuple(json.loads(row["digest_days_off"] or "[]")),
        chat_active=bool(row["active"]), created_at=datetime.fromisoformat(row["created_at"]),
    )


def feed_from_row(row: sqlite3.Row | dict[str, Any]) -> Feed:
    return Feed(
        id=row["id"], url=row["url"], title=row["title"], site_url=row["site_url"], etag=row["etag"],
        last_modified=row["last_modified"], failures=row["failures"], paused=bool(row["paused"]),
        last_error=row["last_error"], last_polled_at=dt(row["last_polled_at"]),
        last_ok_at=dt(row["last_ok_at"]), next_poll_at=dt(row["next_poll_at"]),
        created_at=datetime.fromisoformat(row["created_at"]),
    )


def item_from_row(row: sqlite3.Row | dict[str, Any]) -> FeedItem:
    return FeedItem(
        id=row["id"], feed_id=row["feed_id"], guid=row["guid"], url=row["url"], title=row["title"],
        summary=row["summary"], published=row["published"], article_id=row["article_id"],
        first_seen_at=datetime.fromisoformat(row["first_seen_at"]),
    )


def _window(since: datetime | None, until: datetime | None) -> tuple[str, str]:
    return (ts(since) if since else "", ts(until) if until else "9999")


class FeedStore(StoreBase):
    """Who gets a digest, which feeds are polled, and what they brought."""

    # -- subscriptions ----------------------------------------------------------------------

    @writes
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
            self.update_chat_settings(chat_id, **changes)  # type: ignore[attr-defined]
            self._execute(
                "INSERT INTO subscriptions (chat_id, created_at, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(chat_id) DO UPDATE SET paused = 0, paused_reason = NULL, "
                "updated_at = excluded.updated_at",
                (chat_id, now, now),
            )
            return self.get_subscription(chat_id)

    @writes
    def unsubscribe(self, chat_id: int) -> bool:
        """Stop the digest; returns whether there was a subscription."""
        with self._write():
            return self._execute("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,)).rowcount > 0

    @writes
    def pause_subscription(self, chat_id: int, reason: str) -> Subscription:
        """Pause without forgetting (e.g. reason "forbidden" after a 403)."""
        with self._write():
            self.get_subscription(chat_id)
            self._table("subscriptions").update(
                chat_id, {"paused": 1, "paused_reason": reason, "updated_at": self._now()})
            return self.get_subscription(chat_id)

    @reads
    def get_subscription(self, chat_id: int) -> Subscription:
        row = self._row(_SUBSCRIPTION_SELECT + " WHERE s.chat_id = ?", (chat_id,))
        if row is None:
            raise NotFound(f"subscription of chat {chat_id}")
        return subscription_from_row(row)

    @reads
    def list_subscriptions(self, *, include_paused: bool = False) -> list[Subscription]:
        """Subscriptions to schedule at start: unpaused ones of active chats by default."""
        where = "" if include_paused else " WHERE s.paused = 0 AND c.active = 1"
        return [subscription_from_row(r)
                for r in self._rows(_SUBSCRIPTION_SELECT + where + " ORDER BY s.chat_id")]

    # -- feeds ------------------------------------------------------------------------------

    @writes
    def add_feed(self, chat_id: int, url: str, *, title: str | None = None,
                 site_url: str | None = None) -> Feed:
        """Follow a feed from a chat; chats adding the same URL share one polled feed."""
        url = normalize_url(url, feed=True)  # also the URL that is polled
        now = self._now()
        with self._write():
            self.ensure_chat(chat_id)  # type: ignore[attr-defined]
            feed_id = self._table("feeds").lookup(
                {"url": url}, {"title": title, "site_url": site_url, "created_at": now})
            # A feed added before without a title or site gets them now; known ones stay.
            self._execute("UPDATE feeds SET title = coalesce(title, ?), site_url = coalesce(site_url, ?) "
                          "WHERE id = ?", (title, site_url, feed_id))
            # Plain SQL: sqlite-utils' insert(ignore=True) looks the ignored row up by rowid,
            # which a WITHOUT ROWID table has not, so adding a feed twice failed.
            self._execute("INSERT OR IGNORE INTO chat_feeds (chat_id, feed_id, added_at) VALUES (?, ?, ?)",
                          (chat_id, feed_id, now))
            return self.get_feed(feed_id)

    @reads
    def get_feed(self, feed_id: int) -> Feed:
        row = self._row(f"SELECT {FEED_COLUMNS} FROM feeds WHERE id = ?", (feed_id,))
        if row is None:
            raise NotFound(f"feed {feed_id}")
        return feed_from_row(row)

    @reads
    def chat_feeds(self, chat_id: int) -> list[Feed]:
        """The chat's feeds in the order added: `/feed list` numbers them from 1."""
        return [feed_from_row(r) for r in self._rows(
            f"SELECT {columns(FEED_COLUMNS, 'f')} "
            "FROM chat_feeds cf JOIN feeds f ON f.id = cf.feed_id WHERE cf.chat_id = ? "
            "ORDER BY cf.added_at, f.id", (chat_id,))]

    @writes
    def remove_chat_feed(self, chat_id: int, feed_id: int) -> None:
        """Unfollow; a feed no chat follows any more is deleted with its items."""
        with self._write():
            if self._execute("DELETE FROM chat_feeds WHERE chat_id = ? AND feed_id = ?",
                             (chat_id, feed_id)).rowcount == 0:
                raise NotFound(f"feed {feed_id} of chat {chat_id}")
            self._purge(self._delete_unfollowed_feeds())

    def _delete_unfollowed_feeds(self) -> list[int]:
        """Delete the feeds no chat follows (their items go with them); return the
        articles those items referenced, for the purge."""
        unfollowed = "NOT EXISTS (SELECT 1 FROM chat_feeds WHERE feed_id = feeds.id)"
        articles = self._values(
            "SELECT DISTINCT article_id FROM feed_items WHERE article_id IS NOT NULL AND feed_id IN "
            f"(SELECT id FROM feeds WHERE {unfollowed})")
        self._table("feeds").delete_where(unfollowed)
        return articles

    @reads
    def feeds_due(self, *, now: datetime | None = None, limit: int | None = None) -> list[Feed]:
        """Unpaused feeds whose next poll time has come (never-polled ones first)."""
        return [feed_from_row(r) for r in self._table("feeds").rows_where(
            "paused = 0 AND (next_poll_at IS NULL OR next_poll_at <= ?)", [self._now(now)],
            order_by="next_poll_at IS NOT NULL, next_poll_at, id", limit=limit, select=FEED_COLUMNS)]

    @writes
    def record_feed_success(self, feed_id: int, *, next_poll_at: datetime,
                            etag: str | None = None, last_modified: str | None = None,
                            title: str | None = None, site_url: str | None = None) -> Feed:
        """A poll worked (200 or 304): reset failures, keep the validators for next time."""
        now = self._now()
        with self._write():
            feed = self.get_feed(feed_id)
            self._table("feeds").update(feed_id, {
                "etag": etag, "last_modified": last_modified, "failures": 0, "last_error": None,
                "last_polled_at": now, "last_ok_at": now, "next_poll_at": ts(next_poll_at),
                "title": title if title is not None else feed.title,
                "site_url": site_url if site_url is not None else feed.site_url,
            })
            return self.get_feed(feed_id)

    @writes
    def record_feed_failure(self, feed_id: int, error: str, *, next_poll_at: datetime,
                            pause_after: int = FEED_PAUSE_AFTER_FAILURES) -> Feed:
        """A poll failed: count it; after `pause_after` failures in a row the feed pauses."""
        with self._write():
            failures = self.get_feed(feed_id).failures + 1
            self._table("feeds").update(feed_id, {
                "failures": failures, "last_error": error[:500], "last_polled_at": self._now(),
                "next_poll_at": ts(next_poll_at), "paused": int(failures >= pause_after),
            })
            return self.get_feed(feed_id)

    @writes
    def resume_feed(self, feed_id: int) -> Feed:
        """Unpause a feed; chats will be told again if it pauses again."""
        with self._write():
            self.get_feed(feed_id)
            self._table("feeds").update(feed_id, {"paused": 0, "failures": 0, "next_poll_at": None})
            self._execute("UPDATE chat_feeds SET pause_notified = 0 WHERE feed_id = ?", (feed_id,))
            return self.get_feed(feed_id)

    @writes
    def claim_feed_pause_notices(self, feed_id: int) -> list[int]:
        """Chats to tell that this paused feed stopped: each chat is returned once, ever."""
        with self._write():
            chats = self._values(
                "SELECT cf.chat_id FROM chat_feeds cf JOIN feeds f ON f.id = cf.feed_id "
                "WHERE cf.feed_id = ? AND f.paused = 1 AND cf.pause_notified = 0 ORDER BY cf.chat_id",
                (feed_id,))
            self._execute("UPDATE chat_feeds SET pause_notified = 1 WHERE feed_id = ? AND "
                          "(SELECT paused FROM feeds WHERE id = ?) = 1", (feed_id, feed_id))
            return chats

    # -- feed items -------------------------------------------------------------------------

    @writes
    def add_feed_items(self, feed_id: int, entries: Iterable[FeedEntry], *,
                       now: datetime | None = None) -> list[FeedItem]:
        """Store entries not seen before (by guid, or by `alias`); return only the new ones."""
        seen_at = self._now(now)
        new_ids = []
        with self._write():
            self.get_feed(feed_id)
            for entry in entries:
                if entry.alias and self._value("SELECT 1 FROM feed_items WHERE feed_id = ? AND guid = ?",
                                               (feed_id, entry.alias)):
                    continue  # stored under the guid as written, before guids were normalized
                cursor = self._execute(
                    "INSERT OR IGNORE INTO feed_items (feed_id, guid, url, title, summary, "
                    "published, first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (feed_id, entry.guid, entry.url, entry.title, entry.summary, entry.published,
                     seen_at),
                )
                if cursor.rowcount:
                    new_ids.append(cursor.lastrowid)
        return [self.get_feed_item(item_id) for item_id in new_ids]

    @reads
    def get_feed_item(self, item_id: int) -> FeedItem:
        row = self._row(f"SELECT {ITEM_COLUMNS} FROM feed_items WHERE id = ?", (item_id,))
        if row is None:
            raise NotFound(f"feed item {item_id}")
        return item_from_row(row)

    @writes
    def set_feed_item_article(self, item_id: int, article_id: int) -> FeedItem:
        """Attach the fetched article (full text of a teaser entry) to a feed item."""
        with self._write():
            self._require_article(article_id)
            if self._execute("UPDATE feed_items SET article_id = ? WHERE id = ?",
                             (article_id, item_id)).rowcount == 0:
                raise NotFound(f"feed item {item_id}")
            return self.get_feed_item(item_id)

    @reads
    def feed_items_for_chat(self, chat_id: int, *, since: datetime | None = None,
                            until: datetime | None = None) -> list[FeedItem]:
        """Items of the chat's feeds first seen in (since, until], oldest first."""
        return [item_from_row(r) for r in self._rows(
            f"SELECT {columns(ITEM_COLUMNS, 'i')} "
            "FROM feed_items i JOIN chat_feeds cf ON cf.feed_id = i.feed_id "
            "WHERE cf.chat_id = ? AND i.first_seen_at > ? AND i.first_seen_at <= ? "
            "ORDER BY i.first_seen_at, i.id", (chat_id, *_window(since, until)))]

    @reads
    def feed_item_ids_for_chat(self, chat_id: int, *, since: datetime | None = None,
                               until: datetime | None = None) -> list[int]:
        """The ids of `feed_items_for_chat`, same order: for callers that cache items by id.

        A digest for many chats reads the same items again and again; ids are
        cheap to read, and only unseen items need `get_feed_item`.
        """
        return self._values(
            "SELECT i.id FROM feed_items i JOIN chat_feeds cf ON cf.feed_id = i.feed_id "
            "WHERE cf.chat_id = ? AND i.first_seen_at > ? AND i.first_seen_at <= ? "
            "ORDER BY i.first_seen_at, i.id", (chat_id, *_window(since, until)))

    @writes
    def prune_feed_items(self, *, older_than: datetime) -> int:
        """Forget feed items first seen before `older_than`, then the articles left
        orphaned: those the items held, and any orphan stored before `older_than`."""
        cutoff = ts(older_than)
        with self._write():
            articles = self._values("SELECT DISTINCT article_id FROM feed_items "
                                    "WHERE first_seen_at < ? AND article_id IS NOT NULL", (cutoff,))
            removed = self._execute("DELETE FROM feed_items WHERE first_seen_at < ?", (cutoff,)).rowcount
            self._purge(articles, stored_before=older_than)
            return removed
