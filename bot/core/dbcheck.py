"""Is the database path one we may open? Checked before SQLite touches the file.

`sqlite3.connect` happily "opens" a text file, a truncated copy or /dev/null; the
first write (our migrations, WAL mode) then fails halfway with a traceback, or
changes the file. The bot, the console and `newsbrief ask` call `check_database`
first, so a wrong NEWSBRIEF_DB (or --db) ends as one clear line and the file stays
byte for byte as it was: everything here only reads, and a database is opened
read-only (`mode=ro`) for its check.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path

from bot.errors import DatabaseUnusable

logger = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_BYTES = 100
# Files up to this size get SQLite's own consistency check (it reads every page);
# bigger ones a check of the header and the schema, to keep start-up quick.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


def check_database(path: Path) -> None:
    """Raise DatabaseUnusable when `path` is no SQLite database we may use (or create).

    A path that does not exist yet is fine if its folder can be created and written.
    """
    where = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        _check_new(path)
        return
    except OSError as exc:
        raise DatabaseUnusable(where, "cannot_open", exc.strerror or "") from exc
    if stat.S_ISDIR(info.st_mode):
        raise DatabaseUnusable(where, "directory")
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseUnusable(where, "not_a_file")
    if not os.access(path, os.R_OK):
        raise DatabaseUnusable(where, "cannot_open", "not readable")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseUnusable(where, "read_only")
    if info.st_size == 0:
        return  # an empty file is a new database to SQLite
    _check_contents(path, info.st_size)


def _check_new(path: Path) -> None:
    parent = path.parent
    existing = parent
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise DatabaseUnusable(str(path), "cannot_open", f"{existing} is not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise DatabaseUnusable(str(path), "read_only")


def _check_contents(path: Path, size: int) -> None:
    where = str(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_BYTES)
    except OSError as exc:
        raise DatabaseUnusable(where, "cannot_open", exc.strerror or "") from exc
    if not header.startswith(SQLITE_MAGIC):
        raise DatabaseUnusable(where, "not_sqlite")
    if len(header) < HEADER_BYTES:
        raise DatabaseUnusable(where, "corrupt", "shorter than its header")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseUnusable(where, "corrupt", "bad page size")
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid when "version-valid-for" matches the change counter.
    if pages and header[92:96] == header[24:28] and size < pages * page_size:
        raise DatabaseUnusable(where, "corrupt", f"{size} bytes, the header says {pages * page_size}")
    if size % page_size:
        raise DatabaseUnusable(where, "corrupt", "not a whole number of pages")
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=5)
    except sqlite3.Error as exc:
        raise DatabaseUnusable(where, "cannot_open", str(exc)) from exc
    try:
        if size <= QUICK_CHECK_MAX_BYTES:
            result = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
            if result != ["ok"]:
                raise DatabaseUnusable(where, "corrupt", "; ".join(map(str, result)))
        else:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            logger.warning("database %s is busy; skipping its check", path)
            return
        raise DatabaseUnusable(where, "corrupt", str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnusable(where, "corrupt", str(exc)) from exc
    finally:
        conn.close()
