"""`newsbrief stats`: what the database holds, and when each chat last got a digest.

Reads the same database as the running bot (WAL lets it read while the bot writes)
and never changes it: no migration, no new file.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from bot.cli.common import CommandFailed, add_settings_arguments, settings_of
from storage import StorageError


class NoDatabase(Exception):
    """The database file does not exist (a typo, or the bot never started)."""

    messages = {"zh": "数据库文件不存在：{path}", "en": "no database at {path}"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_settings_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def database_path(args: argparse.Namespace) -> Path:
    """`--db`, else the configured NEWSBRIEF_DB; it must exist (stats never creates one)."""
    path = settings_of(args, code=1).db_path
    if not path.is_file():
        raise NoDatabase(path)
    return path


def collect(path: Path) -> dict:
    """Totals plus one row per chat that subscribed or received a digest."""
    from storage import Store

    with Store(path, migrate=False) as store:
        totals = store.stats()
        subscriptions = {s.chat_id: s for s in store.list_subscriptions(include_paused=True)}
        last = store.last_digests()
        chats = {c.chat_id: c for c in store.list_chats()}
    rows = []
    for chat_id in sorted(set(subscriptions) | set(last)):
        chat, subscription, digest = chats.get(chat_id), subscriptions.get(chat_id), last.get(chat_id)
        rows.append({
            "chat_id": chat_id,
            "title": chat.title if chat else None,
            "type": chat.type if chat else None,
            "active": chat.active if chat else False,
            "subscription": None if subscription is None else (
                "paused" if subscription.paused else "active"),
            "digest_times": list(subscription.digest_times) if subscription else [],
            "last_digest_at": _iso(digest.sent_at) if digest else None,
            "last_digest_items": digest.item_count if digest else None,
        })
    return {"database": str(path), "totals": asdict(totals), "chats": rows}


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def format_text(report: dict) -> str:
    totals = report["totals"]
    lines = [
        f"database       {report['database']} ({totals['db_bytes'] / 1e6:.1f} MB, "
        f"schema {totals['schema_version']})",
        f"articles       {totals['articles']} ({totals['analyses']} analyses, "
        f"{totals['sentences']} indexed sentences)",
        f"chats          {totals['chats']} ({totals['active_chats']} active, "
        f"{totals['history_entries']} history entries)",
        f"subscriptions  {totals['subscriptions']}",
        f"feeds          {totals['feeds']} ({totals['paused_feeds']} paused, "
        f"{totals['feed_items']} items)",
        f"digests sent   {totals['digests_sent']}",
    ]
    if report["chats"]:
        lines += ["", f"{'chat':>15}  {'subscription':<12}  {'last digest (UTC)':<25}  title"]
        for row in report["chats"]:
            last = row["last_digest_at"] or "never"
            if row["last_digest_items"] is not None:
                last += f" ({row['last_digest_items']})"
            state = row["subscription"] or "none"
            if not row["active"]:
                state += ", left"
            lines.append(f"{row['chat_id']:>15}  {state:<12}  {last:<25}  {row['title'] or ''}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        report = collect(database_path(args))
    except NoDatabase as exc:
        raise CommandFailed(NoDatabase.messages["en"].format(path=exc.args[0])) from exc
    except (sqlite3.DatabaseError, StorageError) as exc:
        raise CommandFailed(f"cannot read the database: {exc}") from exc
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_text(report))
    return 0

