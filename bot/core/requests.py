"""What a command is given: the chat of the update (its settings read once), the message,
and the services. The front ends build these; `bot.core.commands` works on them.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import AsyncContextManager, Protocol

from bot.core.digest import Delivery, DigestService
from bot.core.service import Service
from bot.langs import reader_lang
from bot.web.urls import find_urls
from storage.models import ChatSettings, Subscription


async def _anyone() -> bool:
    return True


@contextlib.asynccontextmanager
async def _quietly() -> AsyncIterator[None]:
    yield


@dataclass(frozen=True, slots=True)
class Chat:
    """One update's chat: its settings, read once, and how its front end behaves."""

    id: int
    settings: ChatSettings | None
    lang: str
    group: bool = False
    user_id: int | None = None
    # In groups: may this sender change the chat's settings (is it an admin)?
    may_change: Callable[[], Awaitable[bool]] = _anyone
    # Shows the reader that a slow step runs (Telegram: "typing…" and a placeholder).
    busy: Callable[[], AsyncContextManager[None]] = _quietly
    # Telegram's privacy mode hides ordinary group messages from the bot.
    sees_all_messages: bool = True

    @property
    def summary_length(self) -> int | None:
        return self.settings.summary_length if self.settings else None

    @property
    def auto_summary(self) -> bool:
        return bool(self.settings and self.settings.auto_summary)


async def open_chat(service: Service, chat_id: int, *, language_code: str | None = None,
                    written: str | None = None, default_lang: str | None = None, **front: object) -> Chat:
    """The chat of an update, its settings read once: the reply language is the chat's
    choice, else `bot.langs.reader_lang` (the reader's app language, else the language they
    write in, `written`, else the default: `default_lang` or the service's)."""
    settings = await service.find_chat(chat_id)
    lang = settings.lang if settings and settings.lang else reader_lang(
        app=language_code, written=written, default=default_lang or service.default_lang)
    return Chat(chat_id, settings, lang, **front)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Source:
    """A message to read: its text and the links in it (the front end finds them)."""

    text: str
    links: tuple[str, ...] = ()
    message_id: int | None = None
    to_bot: bool = False  # a command that names this bot (/cmd@thisbot): asked, even in a group
    title: str | None = None  # a file's own title (a PDF's, a saved page's), as `newsbrief summarize` reads it
    file: bool = False  # the text of a file sent to the bot: asked to be read, however short
    from_bot: bool = False  # one of this bot's own messages (as replied to): no article, unless it shows one

    @classmethod
    def of_text(cls, text: str, message_id: int | None = None) -> Source:
        return cls(text, tuple(find_urls(text)), message_id)


class DigestFront(Protocol):
    """How a front end schedules and sends digests (Telegram: the JobQueue and sendMessage)."""

    def schedule(self, subscription: Subscription) -> datetime | None: ...

    def unschedule(self, chat_id: int) -> None: ...

    async def deliver_now(self, chat: Chat, key: str, *, slot: datetime) -> Delivery: ...


@dataclass(frozen=True, slots=True)
class Core:
    """The services the commands work with."""

    service: Service
    digest: DigestService | None = None
    digest_front: DigestFront | None = None


def small_int(text: str, *, digits: int = 6) -> int | None:
    """`text` as a number a command takes (a length, a count, a feed's number), or None.

    Only ASCII digits, and not too many: "²".isdigit() is true but int("²") fails, and
    int() refuses more than 4,300 digits; either would end a command in a traceback.
    """
    text = text.strip()
    if not (text.isascii() and text.isdigit()) or len(text.lstrip("0")) > digits:
        return None
    return int(text)
