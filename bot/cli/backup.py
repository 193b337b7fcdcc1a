"""`newsbrief backup PATH`: a consistent copy of the live database.

SQLite's online backup API copies a single snapshot while the bot keeps running,
WAL included, which `cp` cannot promise. The copy is written next to PATH under a
temporary name, checked, then renamed into place, so PATH is never a half-written
file; an existing PATH is only replaced with --force. Restoring is a file copy
while the bot is stopped (README, "Backup and restore").
"""

from __future__ import annotations

import argparse
import os
import sqlite3
from pathlib import Path

from bot.cli.common import CommandFailed, add_settings_arguments
from bot.cli.stats import NoDatabase, database_path
from storage import StorageError


class BackupExists(Exception):
    """PATH exists and --force was not given."""

    messages = {"zh": "{path} 已存在；加 --force 覆盖。", "en": "{path} exists; add --force to replace it."}


class SameAsSource(Exception):
    """PATH is the live database itself."""

    messages = {"zh": "目标就是正在使用的数据库，请换一个文件。",
                "en": "PATH is the live database itself; choose another file."}


class BackupCorrupt(Exception):
    """The copy failed SQLite's integrity check."""

    messages = {"zh": "备份未通过完整性检查：{detail}", "en": "the copy failed the integrity check: {detail}"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, metavar="PATH", help="where to write the copy")
    parser.add_argument("--force", action="store_true", help="replace PATH if it exists")
    add_settings_arguments(parser, db="the database to copy (default: NEWSBRIEF_DB from the settings)")


def backup(source: Path, destination: Path, *, force: bool = False) -> Path:
    """Copy `source` to `destination` atomically; return the destination."""
    from storage import Store

    if destination.resolve() == source.resolve():
        raise SameAsSource(destination)
    if destination.exists() and not force:
        raise BackupExists(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.name}.{os.getpid()}.partial")
    try:
        with Store(source, migrate=False) as store:
            store.backup(partial)
        check = sqlite3.connect(partial)
        try:
            verdict = check.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            check.close()
        if verdict != "ok":
            raise BackupCorrupt(verdict)
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)
    return destination


def run(args: argparse.Namespace) -> int:
    try:
        source = database_path(args)
        written = backup(source, args.path, force=args.force)
    except NoDatabase as exc:
        raise CommandFailed(NoDatabase.messages["en"].format(path=exc.args[0])) from exc
    except BackupExists as exc:
        raise CommandFailed(BackupExists.messages["en"].format(path=exc.args[0])) from exc
    except SameAsSource as exc:
        raise CommandFailed(SameAsSource.messages["en"]) from exc
    except BackupCorrupt as exc:
        raise CommandFailed(BackupCorrupt.messages["en"].format(detail=exc.args[0])) from exc
    except (sqlite3.DatabaseError, StorageError, OSError) as exc:
        raise CommandFailed(f"backup failed: {exc}") from exc
    size = written.stat().st_size
    print(f"backed up {source} to {written} ({size / 1e6:.1f} MB)")
    return 0

