"""Chats, their settings and their history (tables chats, chat_articles, chat_messages).

Every method that serves a chat takes `chat_id` and only sees articles in that
chat's history: that is the isolation guard between chats.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from storage.articles import ARTICLE_COLUMNS, article_from_row
from storage.base import StoreBase, marks, reads, ts, writes
from storage.errors import InvalidValue, NotFound
from storage.models import ChatSettings, ForgetResult, HistoryEntry, StoredArticle
from storage.normalize import normalize_url

logger = logging.getLogger(__name__)

# Chat settings a caller may change with update_chat_settings().
CHAT_SETTINGS = ("type", "title", "lang", "tz", "summary_length", "auto_summary",
                 "digest_times", "digest_max_items", "digest_days_off")
HISTORY_SOURCES = ("link", "text", "reply", "digest", "feed", "cli")

CHAT_COLUMNS = ("id, type, title, lang, tz, summary_length, auto_summary, active, digest_times, "
                "digest_max_items, digest_days_off, created_at, updated_at")

_HISTORY_SELECT = """
    SELECT ca.chat_id, ca.article_id, ca.shared_at, ca.user_id, ca.message_id, ca.source,
           ca.url AS shared_url, a.title, a.url, a.site, a.published, a.lang
    FROM chat_articles ca JOIN articles a ON a.id = ca.article_id
"""


def latest_shared_url(article: str) -> str:
    """SQL for the link a chat (the first parameter) last shared the article `article` names
    by: one query for a single article (`Store.shared_url`) and a subquery per search hit.
    The latest link share decides, and its NULL is the article's own page (a link to it, or a
    share recorded before links were kept per share): a mirror shared earlier must not stand in
    for the own address shared since."""
    return (f"SELECT url FROM chat_articles WHERE chat_id = ? AND article_id = {article} AND source = 'link' "
            "ORDER BY shared_at DESC, id DESC LIMIT 1")


def as_shared(url: str | None, site: str | None, shared_url: str | None) -> tuple[str | None, str | None]:
    """(url, site) as a chat saw an article: the link it shared, and the stored site name only
    when that link is on the stored page's host (the same text on another site is that site's)."""
    if not shared_url or shared_url == url:
        return url, site
    same_host = bool(url) and urlsplit(url).hostname == urlsplit(shared_url).hostname
    return shared_url, site if same_host else None


def shared_fields(row: sqlite3.Row) -> dict[str, str | None]:
    """`url` and `site` of a row that selects the article's url and site and the chat's
    `shared_url`, as the chat saw them (`as_shared`), for a model's keyword arguments."""
    url, site = as_shared(row["url"], row["site"], row["shared_url"])
    return {"url": url, "site": site}


def chat_from_row(row: sqlite3.Row | dict[str, Any]) -> ChatSettings:
    return ChatSettings(
        chat_id=row["id"], type=row["type"], title=row["title"], lang=row["lang"], tz=row["tz"],
        summary_length=row["summary_length"], auto_summary=bool(row["auto_summary"]),
        active=bool(row["active"]), digest_times=tuple(json.loads(row["digest_times"] or "[]")),
        digest_max_items=row["digest_max_items"],
        digest_days_off=tuple(json.loads(row["digest_days_off"] or "[]")),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


def history_from_row(row: sqlite3.Row, number: int) -> HistoryEntry:
    return HistoryEntry(
        number=number, chat_id=row["chat_id"], article_id=row["article_id"],
        shared_at=datetime.fromisoformat(row["shared_at"]), user_id=row["user_id"],
        message_id=row["message_id"], source=row["source"], title=row["title"],
        **shared_fields(row),
        published=row["published"], lang=row["lang"],
    )


def check_times(times: Iterable[str]) -> list[str]:
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


def _setting_values(changes: dict[str, Any]) -> dict[str, Any]:
    """`changes` checked and in their column form (JSON lists, 0/1)."""
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
        values["digest_times"] = json.dumps(check_times(values["digest_times"] or ()))
    if "digest_days_off" in values:
        days = sorted({int(d) for d in values["digest_days_off"] or ()})
        if any(d < 1 or d > 7 for d in days):
            raise InvalidValue("digest_days_off are ISO weekdays 1..7")
        values["digest_days_off"] = json.dumps(days)
    return values


class ChatStore(StoreBase):
    """Chats with their settings, and which articles each chat has seen."""

    @writes
    def ensure_chat(self, chat_id: int, *, type: str | None = None, title: str | None = None
                    ) -> ChatSettings:
        """The chat's settings, creating the chat on first contact.

        `type`/`title` update the stored ones when given; `active` is untouched.
        """
        now = self._now()
        with self._write():
            # On the path of every share: one statement, not sqlite-utils' insert + update.
            self._execute(
                "INSERT INTO chats (id, type, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET type = coalesce(excluded.type, type), "
                "title = coalesce(excluded.title, title)",
                (chat_id, type, title, now, now),
            )
            return self.get_chat(chat_id)

    @reads
    def get_chat(self, chat_id: int) -> ChatSettings:
        chat = self.find_chat(chat_id)
        if chat is None:
            raise NotFound(f"chat {chat_id}")
        return chat

    @reads
    def find_chat(self, chat_id: int) -> ChatSettings | None:
        row = self._row(f"SELECT {CHAT_COLUMNS} FROM chats WHERE id = ?", (chat_id,))
        return chat_from_row(row) if row else None

    @writes
    def update_chat_settings(self, chat_id: int, **changes: Any) -> ChatSettings:
        """Change some settings (names in CHAT_SETTINGS); creates the chat if new.

        Pass None to reset a setting to "use the default".
        """
        values = _setting_values(changes)
        with self._write():
            self.ensure_chat(chat_id)
            if values:
                self._table("chats").update(chat_id, {**values, "updated_at": self._now()})
            return self.get_chat(chat_id)

    @writes
    def set_chat_active(self, chat_id: int, active: bool) -> ChatSettings:
        """Mark a chat (in)active: removed/blocked bots stop sending, history stays."""
        with self._write():
            self.ensure_chat(chat_id)
            self._table("chats").update(chat_id, {"active": int(active), "updated_at": self._now()})
            return self.get_chat(chat_id)

    @reads
    def list_chats(self, *, active: bool | None = None) -> list[ChatSettings]:
        where, params = ("active = ?", [int(active)]) if active is not None else (None, None)
        return [chat_from_row(row) for row in self._table("chats").rows_where(
            where, params, order_by="id", select=CHAT_COLUMNS)]

    @writes
    def move_chat(self, old_id: int, new_id: int) -> bool:
        """A group upgraded to a supergroup gets a new id from Telegram: its settings,
        history, subscription, feeds, watchlist and logs move to `new_id`, and the old id
        is forgotten. Rows the new id already has (a message seen there first) are kept
        where both cannot be; the old chat's settings win, the new chat's type and title
        stay. Returns False (and changes nothing) when `old_id` is unknown: the move was
        already made, as when Telegram's two migration messages both arrive.
        """
        with self._write():
            if self.find_chat(old_id) is None:
                return False
            columns = [name for name in self._values("SELECT name FROM pragma_table_info('chats')")
                       if name != "id"]
            kept = ("type", "title", "created_at")
            updates = ", ".join(f"{name} = excluded.{name}" for name in columns if name not in kept)
            listed = ", ".join(columns)
            self._execute(
                f"INSERT INTO chats (id, {listed}) SELECT ?, {listed} FROM chats WHERE id = ? "
                f"ON CONFLICT(id) DO UPDATE SET {updates}, active = 1", (new_id, old_id))
            for table, column in self._chat_references():
                self._execute(f"UPDATE OR IGNORE {table} SET {column} = ? WHERE {column} = ?",
                              (new_id, old_id))
            self._table("chats").delete_where("id = ?", [old_id])  # cascades what could not move
        logger.info("chat %s moved to %s", old_id, new_id)
        return True

    def _chat_references(self) -> list[tuple[str, str]]:
        """(table, column) of every foreign key to chats(id), read from the schema so a
        table added later moves with its chat too."""
        tables = self._values("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'chats'")
        return [(table, row["from"]) for table in tables
                for row in self._rows("SELECT * FROM pragma_foreign_key_list(?)", (table,))
                if row["table"] == "chats"]

    @writes
    def delete_chat(self, chat_id: int) -> ForgetResult:
        """Remove a chat with its settings, history, feeds and digest log; purge orphans."""
        with self._write():
            result = self.forget_chat(chat_id)
            self._table("chats").delete_where("id = ?", [chat_id])
            purged = self._purge(self._delete_unfollowed_feeds())
            return ForgetResult(result.history_entries, result.articles_purged + purged)

    # -- history ----------------------------------------------------------------------------

    @writes
    def add_history(self, chat_id: int, article_id: int, *, message_id: int | None = None,
                    user_id: int | None = None, source: str = "link",
                    at: datetime | None = None, url: str | None = None) -> HistoryEntry:
        """Record that `user_id` shared `article_id` in `chat_id` with message `message_id`.

        Creates the chat if new. The message id then resolves replies
        (`article_for_message`). `url` is the link the reader shared (normalized here): the
        chat is shown it, though the article may be stored under another address of its text.
        """
        if source not in HISTORY_SOURCES:
            raise InvalidValue(f"source must be one of {HISTORY_SOURCES}")
        with self._write():
            self._require_article(article_id)
            self.ensure_chat(chat_id)
            row_id = self._execute(
                "INSERT INTO chat_articles (chat_id, article_id, user_id, message_id, source, "
                "shared_at, url) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (chat_id, article_id, user_id, message_id, source, self._now(at),
                 normalize_url(url) if url else None),
            ).lastrowid
            if message_id is not None:
                self._link(chat_id, message_id, article_id)
            row = self._row(_HISTORY_SELECT + " WHERE ca.id = ?", (row_id,))
            assert row is not None
            return history_from_row(row, 1)

    def _link(self, chat_id: int, message_id: int, article_id: int) -> None:
        self._execute(
            "INSERT INTO chat_messages (chat_id, message_id, article_id) VALUES (?, ?, ?) "
            "ON CONFLICT(chat_id, message_id) DO UPDATE SET article_id = excluded.article_id",
            (chat_id, message_id, article_id),
        )

    @writes
    def link_message(self, chat_id: int, message_id: int, article_id: int) -> None:
        """Let a reply to `message_id` (e.g. the bot's summary) resolve to the article.

        The article must already be in this chat's history.
        """
        with self._write():
            self.chat_article(chat_id, article_id)
            self._link(chat_id, message_id, article_id)

    @reads
    def history(self, chat_id: int, *, limit: int = 10, offset: int = 0) -> list[HistoryEntry]:
        """This chat's articles, most recently shared first, each once, numbered from 1."""
        # Walk the chat's shares newest first, skipping any with a later share of the same
        # article: cost grows with offset + limit, not with the size of the history.
        rows = self._rows(
            _HISTORY_SELECT + """
            WHERE ca.chat_id = ? AND NOT EXISTS (
                SELECT 1 FROM chat_articles later
                WHERE later.chat_id = ca.chat_id AND later.article_id = ca.article_id
                  AND (later.shared_at > ca.shared_at
                       OR (later.shared_at = ca.shared_at AND later.id > ca.id)))
            ORDER BY ca.shared_at DESC, ca.id DESC LIMIT ? OFFSET ?""",
            (chat_id, limit, offset),
        )
        return [history_from_row(row, offset + n) for n, row in enumerate(rows, start=1)]

    @reads
    def history_entry(self, chat_id: int, number: int) -> HistoryEntry:
        """Entry `number` of `history()` (1 = last article); NotFound past the end."""
        if number < 1:
            raise NotFound(f"history #{number}")
        entries = self.history(chat_id, limit=1, offset=number - 1)
        if not entries:
            raise NotFound(f"history #{number} of chat {chat_id}")
        return entries[0]

    @reads
    def last_article(self, chat_id: int) -> StoredArticle:
        """The article most recently shared in this chat: the default follow-up target."""
        return self.get_article(self.history_entry(chat_id, 1).article_id)

    @reads
    def article_for_message(self, chat_id: int, message_id: int) -> StoredArticle:
        """The article behind a message of this chat (a reply target); NotFound if none."""
        row = self._row(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = "
            "(SELECT article_id FROM chat_messages WHERE chat_id = ? AND message_id = ?)",
            (chat_id, message_id),
        )
        if row is None:
            raise NotFound(f"message {message_id} of chat {chat_id}")
        return article_from_row(row)

    @reads
    def chat_article(self, chat_id: int, article_id: int) -> StoredArticle:
        """The article, only if this chat has it in its history (the isolation guard)."""
        row = self._row(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ? AND EXISTS "
            "(SELECT 1 FROM chat_articles WHERE chat_id = ? AND article_id = ?)",
            (article_id, chat_id, article_id),
        )
        if row is None:
            raise NotFound(f"article {article_id} in chat {chat_id}")
        return article_from_row(row)

    @reads
    def shared_url(self, chat_id: int, article_id: int) -> str | None:
        """The link this chat last shared the article by when it is another page than the
        article's own, else None (its own page, a pasted text, a digest, a share recorded
        before links were kept per share)."""
        return self._value(latest_shared_url("?"), (chat_id, article_id))

    @reads
    def history_since(self, chat_id: int, since: datetime | None, *,
                      sources: Sequence[str] = ("link", "text", "reply")) -> list[HistoryEntry]:
        """Articles shared in the chat after `since` (None: all), oldest first.

        By default digest/feed entries are left out: the digest wants what
        people shared since the last digest.
        """
        rows = self._rows(
            _HISTORY_SELECT + f"""
            WHERE ca.id IN (SELECT MAX(id) FROM chat_articles
                            WHERE chat_id = ? AND shared_at > ? AND source IN ({marks(sources)})
                            GROUP BY article_id)
            ORDER BY ca.shared_at, ca.id""",
            (chat_id, ts(since) if since else "", *sources),
        )
        return [history_from_row(row, n) for n, row in enumerate(rows, start=1)]

    @reads
    def count_history(self, chat_id: int) -> int:
        return self._value("SELECT COUNT(DISTINCT article_id) FROM chat_articles WHERE chat_id = ?",
                           (chat_id,))

    @writes
    def forget_chat(self, chat_id: int) -> ForgetResult:
        """/forget: delete the chat's history and the articles no one else references.

        Settings, subscription and feeds stay; the chat simply has no past.
        """
        with self._write():
            shared = self._values("SELECT DISTINCT article_id FROM chat_articles WHERE chat_id = ?",
                                  (chat_id,))
            removed = self._execute("DELETE FROM chat_articles WHERE chat_id = ?", (chat_id,)).rowcount
            self._table("chat_messages").delete_where("chat_id = ?", [chat_id])
            result = ForgetResult(history_entries=removed, articles_purged=self._purge(shared))
        logger.info("chat %s forgotten: %d history entries, %d articles purged",
                    chat_id, result.history_entries, result.articles_purged)
        return result
