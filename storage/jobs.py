"""Accepted work not yet answered (table pending_jobs): nothing is lost across a crash.

Telegram has already confirmed an update by the time its analysis runs, so a bot
killed in the middle would otherwise forget the request. The front end records each
job (chat, message, placeholder, what to run) before the slow step; a job is
`accepted`, then `answered` or `failed`. Each transition is one UPDATE guarded by
the state it leaves, so of two claimants only one wins. At start the bot takes every
job still `accepted` by an earlier run (each start has its own `owner` id, so jobs
the new run has just accepted are not taken twice) and finishes it; `claim_job`
counts the attempts, so a job that kills the bot every time is given up after
`MAX_JOB_ATTEMPTS`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from storage.base import StoreBase, reads, ts, writes

# Runs of one job (the first, plus restarts that picked it up) before it is given up.
MAX_JOB_ATTEMPTS = 3
JOB_STATES = ("accepted", "answered", "failed")


@dataclass(frozen=True, slots=True)
class PendingJob:
    id: int
    chat_id: int
    message_id: int
    placeholder_id: int | None
    request: str
    state: str
    attempts: int
    accepted_at: datetime


def _job(row: sqlite3.Row) -> PendingJob:
    return PendingJob(row["id"], row["chat_id"], row["message_id"], row["placeholder_id"], row["request"],
                      row["state"], row["attempts"], datetime.fromisoformat(row["accepted_at"]))


class JobLog(StoreBase):
    """Record, claim and finish the bot's pending jobs."""

    @writes
    def accept_job(self, chat_id: int, message_id: int, request: str, *, owner: str = "",
                   placeholder_id: int | None = None, now: datetime | None = None) -> int | None:
        """Record a job before its slow step; its id, or None if this message already
        has a job (an update delivered twice is run once)."""
        with self._write():
            self.ensure_chat(chat_id)  # type: ignore[attr-defined]
            cursor = self._execute(
                "INSERT OR IGNORE INTO pending_jobs (chat_id, message_id, placeholder_id, request, owner, attempts, "
                "accepted_at) VALUES (?, ?, ?, ?, ?, 1, ?)",
                (chat_id, message_id, placeholder_id, request, owner, self._now(now)))
            return cursor.lastrowid if cursor.rowcount == 1 else None

    @writes
    def finish_job(self, job_id: int, *, failed: bool = False, now: datetime | None = None) -> bool:
        """`accepted` → `answered` (or `failed`); False if it was already finished. The
        request is dropped: an answered job has nothing left to run."""
        with self._write():
            return self._execute(
                "UPDATE pending_jobs SET state = ?, finished_at = ?, request = '' "
                "WHERE id = ? AND state = 'accepted'",
                ("failed" if failed else "answered", self._now(now), job_id)).rowcount == 1

    @reads
    def unfinished_jobs(self, *, not_owner: str = "") -> list[PendingJob]:
        """Jobs still `accepted` by another run than `not_owner`, oldest first: what a
        crash interrupted."""
        return [_job(row) for row in self._rows(
            "SELECT * FROM pending_jobs WHERE state = 'accepted' AND owner != ? ORDER BY id", (not_owner,))]

    @writes
    def claim_job(self, job_id: int, attempts: int, *, owner: str = "") -> bool:
        """Take an unfinished job for one more run by `owner`: True for exactly one
        caller that saw it at `attempts`, and only while it has runs left."""
        with self._write():
            return self._execute(
                "UPDATE pending_jobs SET attempts = attempts + 1, owner = ? "
                "WHERE id = ? AND state = 'accepted' AND attempts = ? AND attempts < ?",
                (owner, job_id, attempts, MAX_JOB_ATTEMPTS)).rowcount == 1

    @reads
    def get_job(self, job_id: int) -> PendingJob | None:
        row = self._row("SELECT * FROM pending_jobs WHERE id = ?", (job_id,))
        return _job(row) if row else None

    @writes
    def prune_jobs(self, *, older_than: timedelta = timedelta(days=7), now: datetime | None = None) -> int:
        """Forget finished jobs after a while (their request is already empty)."""
        cutoff = ts((now or self._clock()) - older_than)
        with self._write():
            return self._execute(
                "DELETE FROM pending_jobs WHERE state != 'accepted' AND finished_at < ?", (cutoff,)).rowcount
