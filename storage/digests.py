"""The digest log (table digest_log): each (chat, period) digest is sent at most once,
across processes and restarts.

A row's status: `claimed` (nobody else will send this period) → `sending` (each
message id is recorded as soon as Telegram returns it, with `sent_at` the time of the
last) → `sent`. A crash can stop this anywhere; at the next start `settle_digests`
turns what a dead run left into what is known: `sent` (every planned message was
recorded), `partial` (some were), `unsent` (none was recorded).
"""

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
    def plan_digest(self, chat_id: int, period_key: str, *, parts: int, item_count: int = 0) -> None:
        """The claimed digest was composed into `parts` messages of `item_count` stories."""
        with self._write():
            self._execute(
                "UPDATE digest_log SET parts = ?, item_count = ? WHERE chat_id = ? AND period_key = ?",
                (parts, item_count, chat_id, period_key))

    @writes
    def record_digest_part(self, chat_id: int, period_key: str, message_id: int, *,
                           now: datetime | None = None) -> None:
        """One message of the digest reached the chat: record it at once, so a crash
        before the last one still leaves a true record of what was sent."""
        with self._write():
            if self._execute(
                "UPDATE digest_log SET status = 'sending', sent_at = ?, "
                "message_ids = json_insert(message_ids, '$[#]', ?) "
                "WHERE chat_id = ? AND period_key = ? AND status IN ('claimed', 'sending')",
                (self._now(now), message_id, chat_id, period_key),
            ).rowcount == 0:
                raise NotFound(f"digest {period_key} of chat {chat_id} is not being sent")

    @writes
    def settle_digests(self) -> dict[str, int]:
        """At start, before any digest is sent: the digests a dead run left `claimed` or
        `sending` become `sent`, `partial` or `unsent` by what was recorded. How many of each."""
        settled = {"sent": 0, "partial": 0, "unsent": 0}
        with self._write():
            for row in self._rows(
                    "SELECT id, parts, message_ids FROM digest_log WHERE status IN ('claimed', 'sending')"):
                sent = len(json.loads(row["message_ids"]))
                if sent == 0:
                    status = "unsent"
                elif row["parts"] is not None and sent >= row["parts"]:
                    status = "sent"
                else:
                    status = "partial"
                self._execute("UPDATE digest_log SET status = ? WHERE id = ?", (status, row["id"]))
                settled[status] += 1
        return settled

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
