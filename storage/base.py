"""The plumbing every table group of `Store` shares: one connection, write
transactions, time stamps and rows read by column name.

A table group (`storage.articles`, `storage.search`, `storage.chats`,
`storage.feeds`, `storage.digests`, `storage.maintenance`) is a mixin over
`StoreBase`; `storage.store.Store` combines them. Methods are marked `@reads` or
`@writes` so that `AsyncStore` knows where each one may run (the writer thread or
the reader pool), and a test checks every one has its async twin.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database
from sqlite_utils.db import Table

from storage import db as _db
from storage.errors import InvalidValue

Clock = Callable[[], datetime]
F = TypeVar("F", bound=Callable[..., Any])


def reads(fn: F) -> F:
    """Mark a method that only reads: AsyncStore runs it on the reader pool."""
    fn._storage_kind = "read"  # type: ignore[attr-defined]
    return fn


def writes(fn: F) -> F:
    """Mark a method that writes: AsyncStore runs it on the one writer thread."""
    fn._storage_kind = "write"  # type: ignore[attr-defined]
    return fn


def utc_now() -> datetime:
    return datetime.now(UTC)


def ts(moment: datetime) -> str:
    """Fixed-width UTC ISO text, so string order is time order in SQL."""
    if moment.tzinfo is None:
        raise InvalidValue("naive datetime: pass a timezone-aware datetime")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def columns(names: str, alias: str = "") -> str:
    """A SELECT list of `names` ("a, b, c"), each qualified by `alias` when given."""
    return ", ".join(f"{alias}.{n.strip()}" if alias else n.strip() for n in names.split(","))


def marks(values: Sequence[Any]) -> str:
    """"?, ?, ?": one placeholder per value, for IN (...)."""
    return ",".join("?" for _ in values)


class StoreBase:
    """One SQLite connection, used by one thread at a time.

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
        # sqlite-utils' table API over the same connection: its writes nest in our
        # transactions as savepoints (Database.atomic).
        self._db = Database(self._conn, execute_plugins=False, recursive_triggers=False)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for tests and one-off maintenance."""
        return self._conn

    def _table(self, name: str) -> Table:
        return self._db.table(name)

    def _now(self, moment: datetime | None = None) -> str:
        return ts(moment or self._clock())

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

    def _row(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        """The first row, its columns readable by name."""
        cursor = self._conn.execute(sql, params)
        cursor.row_factory = sqlite3.Row
        return cursor.fetchone()

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Every row, columns readable by name."""
        cursor = self._conn.execute(sql, params)
        cursor.row_factory = sqlite3.Row
        return cursor.fetchall()

    def _value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The single value of a one-column query, or None when there is no row."""
        row = self._conn.execute(sql, params).fetchone()
        return row[0] if row is not None else None

    def _values(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """The first column of every row."""
        return [row[0] for row in self._conn.execute(sql, params).fetchall()]

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, params)

    # Implemented by one table group, used by others (Store combines them all).
    def _require_article(self, article_id: int) -> None:
        raise NotImplementedError

    def _purge(self, candidates: Sequence[int] | None = None, *,
               stored_before: datetime | None = None) -> int:
        raise NotImplementedError

    def _uncount_terms(self, article_ids: Sequence[int]) -> None:
        raise NotImplementedError

    def _delete_unfollowed_feeds(self) -> list[int]:
        raise NotImplementedError
