"""Replies held by Telegram's flood wait (table held_replies): kept until sent, across restarts.

In a busy group Telegram may refuse every send with 429 ("retry after N") for longer than
the rate limiter retries. The reply is made by then; kept only in memory, it was lost when
the bot restarted during the wait. Each Telegram message still to send is one row, in the
order it is to be sent (`id`): the front end sends a chat's rows oldest first and deletes
each once sent, so after a restart every held message goes out once, in order (a crash
between a send and its delete is the only way one could go twice).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from storage.base import StoreBase, reads, ts, writes


@dataclass(frozen=True, slots=True)
class HeldMessage:
    """One Telegram message of a held reply. `placeholder_id`: the "working…" message to edit
    into this one (the reply's first message only); `reply_to`: the reader's message it answers;
    `buttons`: rows of (label, callback data); `article_id`: the article this message shows, so
    replies to it resolve."""

    id: int
    chat_id: int
    text: str
    html: bool
    buttons: tuple[tuple[tuple[str, str], ...], ...] = ()
    placeholder_id: int | None = None
    reply_to: int | None = None
    thread_id: int | None = None
    article_id: int | None = None
    attempts: int = 0
    due_at: datetime | None = None
    chart: str | None = None  # a chart's data as JSON (`text` its caption): sent as a photo


def _held(row: sqlite3.Row) -> HeldMessage:
    buttons = tuple(tuple((label, data) for label, data in line) for line in json.loads(row["buttons"] or "[]"))
    return HeldMessage(row["id"], row["chat_id"], row["text"], bool(row["html"]), buttons, row["placeholder_id"],
                       row["reply_to"], row["thread_id"], row["article_id"], row["attempts"],
                       datetime.fromisoformat(row["due_at"]), row["chart"])


class HeldReplies(StoreBase):
    """Hold, list, postpone and settle messages a flood wait kept from being sent."""

    @writes
    def hold_messages(self, chat_id: int, messages: Sequence[HeldMessage], *, due_at: datetime) -> list[int]:
        """Append `messages` (their `id`, `chat_id` and `due_at` ignored) to the chat's queue,
        in order; their ids."""
        ids = []
        with self._write():
            self.ensure_chat(chat_id)  # type: ignore[attr-defined]
            for message in messages:
                cursor = self._execute(
                    "INSERT INTO held_replies (chat_id, text, html, buttons, placeholder_id, reply_to, thread_id, "
                    "article_id, attempts, due_at, created_at, chart) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (chat_id, message.text, int(message.html),
                     json.dumps([list(map(list, line)) for line in message.buttons], ensure_ascii=False),
                     message.placeholder_id, message.reply_to, message.thread_id, message.article_id,
                     message.attempts, ts(due_at), self._now(), message.chart))
                ids.append(cursor.lastrowid)
        return ids

    @reads
    def held_messages(self, chat_id: int | None = None) -> list[HeldMessage]:
        """The messages still to send (of one chat, or of every chat), in the order to send them."""
        if chat_id is None:
            return [_held(row) for row in self._rows("SELECT * FROM held_replies ORDER BY id")]
        return [_held(row) for row in self._rows("SELECT * FROM held_replies WHERE chat_id = ? ORDER BY id",
                                                 (chat_id,))]

    @writes
    def postpone_held(self, chat_id: int, *, due_at: datetime) -> int:
        """Another flood wait: the chat's messages are due at `due_at`, one attempt more; the
        attempts made so far (the most of any of its messages)."""
        with self._write():
            self._execute("UPDATE held_replies SET attempts = attempts + 1, due_at = ? WHERE chat_id = ?",
                          (ts(due_at), chat_id))
            return int(self._value("SELECT MAX(attempts) FROM held_replies WHERE chat_id = ?", (chat_id,)) or 0)

    @writes
    def settle_held(self, message_id: int | None = None, *, chat_id: int | None = None) -> int:
        """One message sent (`message_id`), or a chat's whole queue given up (`chat_id`):
        deleted; how many rows."""
        with self._write():
            if message_id is not None:
                return self._execute("DELETE FROM held_replies WHERE id = ?", (message_id,)).rowcount
            return self._execute("DELETE FROM held_replies WHERE chat_id = ?", (chat_id,)).rowcount
