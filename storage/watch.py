"""Watchlists, the alert log, alert settings and feed filters: the tables behind /watch.

A mixin of `Store` (it uses the store's connection, clock and write transaction), kept
in its own module because it is its own group of tables. Names are stored as the user
wrote them and keyed by their folded form (the caller folds), so 寧德時代 and 宁德时代
are one entry.

The alert log is what makes alerts exact: a row per story alerted (or held back by
the hourly cap or quiet hours) with its signature, so the same story from another feed
later joins the row instead of alerting again; held-back rows wait for the next digest.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from storage.base import reads, writes
from storage.errors import NotFound

ALERT_STATUSES = ("sent", "held", "digested")


@dataclass(frozen=True, slots=True)
class WatchName:
    name: str
    folded: str
    added_at: datetime


@dataclass(frozen=True, slots=True)
class AlertSettings:
    hourly_cap: int | None = None  # None: the bot's default
    quiet_hours: str | None = None  # "22:00-07:00" in the chat's time zone; None: none


@dataclass(frozen=True, slots=True)
class AlertRecord:
    id: int
    chat_id: int
    names: tuple[str, ...]
    article_id: int | None
    url_key: str | None
    signature: bytes | None
    title: str | None
    url: str | None
    sources: tuple[str, ...]
    status: str
    created_at: datetime
    message_id: int | None


def _alert(row: sqlite3.Row | Sequence[Any]) -> AlertRecord:
    (id_, chat_id, names, article_id, url_key, signature, title, url, sources, status, created_at,
     message_id) = row
    return AlertRecord(id_, chat_id, tuple(json.loads(names)), article_id, url_key, signature, title, url,
                       tuple(json.loads(sources)), status, datetime.fromisoformat(created_at), message_id)


_ALERT_COLUMNS = ("id, chat_id, names, article_id, url_key, signature, title, url, sources, status, "
                  "created_at, message_id")


class WatchTables:
    """Store methods for watchlists, alerts and feed filters (see the module docstring)."""

    _conn: sqlite3.Connection

    if TYPE_CHECKING:  # provided by Store
        def _now(self, moment: datetime | None = None) -> str: ...
        def _write(self) -> AbstractContextManager[sqlite3.Connection]: ...
        def ensure_chat(self, chat_id: int, **kwargs: Any) -> Any: ...

    # -- watchlist ---------------------------------------------------------------------------

    @writes
    def add_watch_names(self, chat_id: int, names: Sequence[tuple[str, str]], *,
                        user_id: int | None = None) -> list[str]:
        """Add (name, folded) pairs; return the names that were new to the chat."""
        now = self._now()
        added = []
        with self._write():
            self.ensure_chat(chat_id)
            for name, folded in names:
                cursor = self._conn.execute(
                    "INSERT OR IGNORE INTO watchlist (chat_id, folded, name, added_by, added_at) "
                    "VALUES (?, ?, ?, ?, ?)", (chat_id, folded, name, user_id, now))
                if cursor.rowcount:
                    added.append(name)
        return added

    @writes
    def remove_watch_name(self, chat_id: int, folded: str) -> str | None:
        """Remove a name by its folded form; return it as it was written, or None if absent."""
        with self._write():
            row = self._conn.execute("SELECT name FROM watchlist WHERE chat_id = ? AND folded = ?",
                                     (chat_id, folded)).fetchone()
            if row is None:
                return None
            self._conn.execute("DELETE FROM watchlist WHERE chat_id = ? AND folded = ?", (chat_id, folded))
            return row[0]

    @reads
    def watch_names(self, chat_id: int) -> list[WatchName]:
        """The chat's watchlist in the order added."""
        return [WatchName(name, folded, datetime.fromisoformat(at)) for name, folded, at in self._conn.execute(
            "SELECT name, folded, added_at FROM watchlist WHERE chat_id = ? ORDER BY added_at, name",
            (chat_id,))]

    @reads
    def watchlists(self, chat_ids: Sequence[int] | None = None) -> dict[int, list[str]]:
        """Every active chat's watchlist (or only `chat_ids`'), names as written."""
        sql = ("SELECT w.chat_id, w.name FROM watchlist w JOIN chats c ON c.id = w.chat_id "
               "WHERE c.active = 1")
        params: list[Any] = []
        if chat_ids is not None:
            sql += f" AND w.chat_id IN ({', '.join('?' * len(chat_ids))})"
            params = list(chat_ids)
        result: dict[int, list[str]] = {}
        for chat_id, name in self._conn.execute(sql + " ORDER BY w.chat_id, w.added_at, w.name", params):
            result.setdefault(chat_id, []).append(name)
        return result

    # -- alert settings ----------------------------------------------------------------------

    @reads
    def alert_settings(self, chat_id: int) -> AlertSettings:
        row = self._conn.execute("SELECT hourly_cap, quiet_hours FROM alert_settings WHERE chat_id = ?",
                                 (chat_id,)).fetchone()
        return AlertSettings(*row) if row else AlertSettings()

    @writes
    def set_alert_settings(self, chat_id: int, *, hourly_cap: int | None = None,
                           quiet_hours: str | None = None, clear_quiet_hours: bool = False) -> AlertSettings:
        with self._write():
            self.ensure_chat(chat_id)
            current = self.alert_settings(chat_id)
            cap = hourly_cap if hourly_cap is not None else current.hourly_cap
            quiet = None if clear_quiet_hours else (quiet_hours or current.quiet_hours)
            self._conn.execute(
                "INSERT INTO alert_settings (chat_id, hourly_cap, quiet_hours) VALUES (?, ?, ?) "
                "ON CONFLICT(chat_id) DO UPDATE SET hourly_cap = excluded.hourly_cap, "
                "quiet_hours = excluded.quiet_hours", (chat_id, cap, quiet))
            return AlertSettings(cap, quiet)

    # -- alert log ---------------------------------------------------------------------------

    @writes
    def log_alert(self, chat_id: int, *, names: Sequence[str], status: str, article_id: int | None,
                  url_key: str | None, signature: bytes | None, title: str | None, url: str | None,
                  sources: Sequence[str], at: datetime | None = None) -> AlertRecord:
        if status not in ALERT_STATUSES:
            raise ValueError(f"unknown alert status {status!r}")
        with self._write():
            self.ensure_chat(chat_id)
            cursor = self._conn.execute(
                f"INSERT INTO alert_log ({_ALERT_COLUMNS.split(', ', 1)[1]}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (chat_id, json.dumps(list(names), ensure_ascii=False), article_id, url_key, signature, title,
                 url, json.dumps(list(sources), ensure_ascii=False), status, self._now(at), None))
            return self.get_alert(cursor.lastrowid)

    @reads
    def get_alert(self, alert_id: int) -> AlertRecord:
        row = self._conn.execute(f"SELECT {_ALERT_COLUMNS} FROM alert_log WHERE id = ?", (alert_id,)).fetchone()
        if row is None:
            raise NotFound(f"alert {alert_id}")
        return _alert(row)

    @writes
    def add_alert_sources(self, alert_id: int, sources: Sequence[str]) -> AlertRecord:
        """Another feed brought the same story: list it under the alert, send nothing new."""
        with self._write():
            alert = self.get_alert(alert_id)
            merged = list(dict.fromkeys((*alert.sources, *sources)))
            self._conn.execute("UPDATE alert_log SET sources = ? WHERE id = ?",
                               (json.dumps(merged, ensure_ascii=False), alert_id))
            return self.get_alert(alert_id)

    @writes
    def set_alert_message(self, alert_id: int, message_id: int) -> None:
        with self._write():
            self._conn.execute("UPDATE alert_log SET message_id = ? WHERE id = ?", (message_id, alert_id))

    @writes
    def hold_alert(self, alert_id: int) -> None:
        """An alert Telegram refused to deliver goes to the chat's next digest instead."""
        with self._write():
            self._conn.execute("UPDATE alert_log SET status = 'held' WHERE id = ? AND status = 'sent'", (alert_id,))

    @reads
    def alerts_since(self, chat_id: int, since: datetime) -> list[AlertRecord]:
        """The chat's alerts (any status) logged after `since`, oldest first."""
        return [_alert(r) for r in self._conn.execute(
            f"SELECT {_ALERT_COLUMNS} FROM alert_log WHERE chat_id = ? AND created_at > ? "
            "ORDER BY created_at, id", (chat_id, self._now(since)))]

    @reads
    def held_alerts(self, chat_id: int) -> list[AlertRecord]:
        """Alerts held back by the cap or quiet hours, waiting for the next digest."""
        return [_alert(r) for r in self._conn.execute(
            f"SELECT {_ALERT_COLUMNS} FROM alert_log WHERE chat_id = ? AND status = 'held' "
            "ORDER BY created_at, id", (chat_id,))]

    @writes
    def mark_alerts_digested(self, alert_ids: Sequence[int]) -> int:
        with self._write():
            return self._conn.execute(
                f"UPDATE alert_log SET status = 'digested' WHERE status = 'held' AND id IN "
                f"({', '.join('?' * len(alert_ids))})", list(alert_ids)).rowcount if alert_ids else 0

    # -- articles of a chat that mention a name ----------------------------------------------

    @reads
    def chat_figures_mentioning(self, chat_id: int, spellings: Sequence[str], *, version: str, params_key: str,
                                limit: int = 2_000) -> list[tuple[int, str | None, str | None, str, bool, str, str | None]]:
        """(article id, title, url, date, dated, text, figures JSON) of the chat's articles whose title
        or text holds any of `spellings`, newest first, in one query for /track.

        A coarse first pass: the caller checks word boundaries and folding on what comes back.
        The date is the article's own publication date (`dated`), else when it was fetched. The figures
        are those of the article's cached analysis of `version` (None without one): /track
        reads only them, so the rest of the analysis is never parsed.
        """
        if not spellings:
            return []
        # instr() for spellings without ASCII letters (case does not matter there, and it is
        # several times faster than LIKE); LIKE, case-insensitive for ASCII, for the others.
        tests: list[str] = []
        params: list[Any] = [version, params_key, chat_id]
        for spelling in spellings:
            if any(ch.isascii() and ch.isalpha() for ch in spelling):
                pattern = "%" + spelling.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                tests.append("a.title LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\'")
                params += [pattern, pattern]
            else:
                tests.append("instr(a.title, ?) > 0 OR instr(a.text, ?) > 0")
                params += [spelling, spelling]
        rows = self._conn.execute(
            "SELECT a.id, a.title, a.url, coalesce(a.published, a.fetched_at), a.published IS NOT NULL, a.text, "
            "json_extract(an.data, '$.figures') FROM articles a LEFT JOIN analyses an "
            "ON an.article_id = a.id AND an.version = ? AND an.params_key = ? "
            "WHERE a.id IN (SELECT article_id FROM chat_articles WHERE chat_id = ?) "
            f"AND ({' OR '.join(tests)}) ORDER BY a.id DESC LIMIT ?", [*params, limit]).fetchall()
        return [(row[0], row[1], row[2], row[3], bool(row[4]), row[5], row[6]) for row in rows]

    # -- feed filters ------------------------------------------------------------------------

    @writes
    def set_feed_filter(self, chat_id: int, feed_id: int, filter_json: str | None) -> None:
        with self._write():
            if self._conn.execute("UPDATE chat_feeds SET filter = ? WHERE chat_id = ? AND feed_id = ?",
                                  (filter_json, chat_id, feed_id)).rowcount == 0:
                raise NotFound(f"feed {feed_id} of chat {chat_id}")

    @reads
    def feed_filters(self, chat_id: int) -> dict[int, str]:
        """feed id -> filter JSON, for the chat's feeds that have one."""
        return {feed_id: raw for feed_id, raw in self._conn.execute(
            "SELECT feed_id, filter FROM chat_feeds WHERE chat_id = ? AND filter IS NOT NULL", (chat_id,))}

    @reads
    def feed_followers(self, feed_ids: Sequence[int]) -> dict[int, list[tuple[int, str | None]]]:
        """feed id -> [(chat id, filter JSON or None)] of the active chats following it."""
        result: dict[int, list[tuple[int, str | None]]] = {}
        if not feed_ids:
            return result
        for feed_id, chat_id, raw in self._conn.execute(
                "SELECT cf.feed_id, cf.chat_id, cf.filter FROM chat_feeds cf JOIN chats c ON c.id = cf.chat_id "
                f"WHERE c.active = 1 AND cf.feed_id IN ({', '.join('?' * len(feed_ids))}) "
                "ORDER BY cf.feed_id, cf.chat_id", list(feed_ids)):
            result.setdefault(feed_id, []).append((chat_id, raw))
        return result
