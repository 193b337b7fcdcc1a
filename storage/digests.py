"""The digest log (table digest_log): each (chat, period) digest is sent at most once,
across processes and restarts."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime

from storage.base import StoreBase, dt, reads, writes
from storage.errors import InvalidValue, NotFound
from storage.models import DigestRecord

DIGEST_COLUMNS = "chat_id, period_key, status, claimed_at, sent_at, item_count, message_ids"


def digest_from_row(row: sqlite3.Row) -> DigestRecord:
    return DigestRecord(
        chat_id=row["chat_id"], period_key=row["period_key"], status=row["status"],
        claimed_at=datetime.fromisoformat(row["claimed_at"]), sent_at=dt(row["sent_at"]),
        item_count=row["item_count"], message_ids=tuple(json.loads(row["message_ids"])),
    )


class DigestLog(StoreBase):
    """Claims and records of sent digests."""

    @writes
    def claim_digest(self, chat_id: int, period_key: str, *, now: datetime | None = None) -> bool:
        """Claim the digest of `period_key` (e.g. "2026-11-28T09:00") for this chat.

        True exactly once per (chat, period), across processes and restarts: the
        caller that gets True sends it, then calls `mark_digest_sent`.
        """
        if not period_key:
            raise InvalidValue("empty period key")
        with self._write():
            self.ensure_chat(chat_id)  # type: ignore[attr-defined]
            return self._execute(
                "INSERT OR IGNORE INTO digest_log (chat_id, period_key, claimed_at) VALUES (?, ?, ?)",
                (chat_id, period_key, self._now(now)),
            ).rowcount == 1

    @writes
    def mark_digest_sent(self, chat_id: int, period_key: str, *, message_ids: Sequence[int] = (),
                         item_count: int = 0, now: datetime | None = None) -> DigestRecord:
        with self._write():
            if self._execute(
                "UPDATE digest_log SET status = 'sent', sent_at = ?, message_ids = ?, item_count = ? "
                "WHERE chat_id = ? AND period_key = ?",
                (self._now(now), json.dumps(list(message_ids)), item_count, chat_id, period_key),
            ).rowcount == 0:
                raise NotFound(f"digest {period_key} of chat {chat_id} was not claimed")
            return self.get_digest(chat_id, period_key)

    @writes
    def release_digest(self, chat_id: int, period_key: str) -> bool:
        """Give back a claim that was not sent (e.g. sending failed), so it can be retried."""
        with self._write():
            return self._execute(
                "DELETE FROM digest_log WHERE chat_id = ? AND period_key = ? AND status = 'claimed'",
                (chat_id, period_key)).rowcount > 0

    @reads
    def get_digest(self, chat_id: int, period_key: str) -> DigestRecord:
        for row in self._table("digest_log").rows_where(
                "chat_id = ? AND period_key = ?", [chat_id, period_key], select=DIGEST_COLUMNS):
            return digest_from_row(row)
        raise NotFound(f"digest {period_key} of chat {chat_id}")

    @reads
    def last_digest(self, chat_id: int) -> DigestRecord | None:
        """The last digest sent to the chat: "new since the last digest" starts here."""
        for row in self._table("digest_log").rows_where(
                "chat_id = ? AND status = 'sent'", [chat_id], order_by="sent_at DESC, id DESC",
                limit=1, select=DIGEST_COLUMNS):
            return digest_from_row(row)
        return None

    @reads
    def last_digests(self) -> dict[int, DigestRecord]:
        """The last sent digest of every chat that had one (for stats)."""
        rows = self._rows(
            f"SELECT {DIGEST_COLUMNS} FROM digest_log d WHERE status = 'sent' AND id = "
            "(SELECT id FROM digest_log WHERE chat_id = d.chat_id AND status = 'sent' "
            "ORDER BY sent_at DESC, id DESC LIMIT 1)")
        return {row["chat_id"]: digest_from_row(row) for row in rows}
