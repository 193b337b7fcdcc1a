"""`newsbrief chat`: the bot's commands in a terminal, a thin adapter over `bot.core.commands`.

A message is a command line (`/summary 3`, `/quotes`…) or anything else: a link or
a text, answered as in a private chat. Output is the text the bot would send, as
plain text.

Interactively, a real line editor (prompt_toolkit) reads each message: Enter sends
it, a paste is one message even when it holds blank lines (bracketed paste),
Alt+Enter starts a new line, and the history is kept for the session. From a pipe
(`newsbrief chat < article.txt`), a line starting with "/" is a command and the
lines between commands, blank lines included, are one message: an article file is
one article, and a file of commands runs each. `/quit` ends both.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TextIO

from bot.core import commands
from bot.core.commands import split_command
from bot.core.digest import Delivery, DigestService, schedule_of
from bot.core.replies import ConfirmForget, Reply
from bot.core.requests import Chat, Core, Source
from bot.core.service import Service
from bot.langs import text_lang
from bot.render.charts import render_png
from bot.render.digest import digest_heading
from bot.render.htmltext import to_plain
from bot.render.i18n import t
from bot.render.replies import rendered
from bot.render.watch import render_alert
from storage.models import Subscription

logger = logging.getLogger(__name__)

QUIT = ("/quit", "/exit")


class ConsoleDigests:
    """Digests in the console: /digest polls the feeds and prints; nothing is scheduled
    here (a subscription made here is picked up by `newsbrief run` when it starts)."""

    def __init__(self, digest: DigestService, say: Callable[[str], None]) -> None:
        self.digest = digest
        self.say = say

    def schedule(self, subscription: Subscription) -> datetime | None:
        schedule = schedule_of(subscription, config=self.digest.config)
        return schedule.next_slot(self.digest.clock.now())

    def unschedule(self, chat_id: int) -> None:
        pass

    async def deliver_now(self, chat: Chat, key: str, *, slot: datetime) -> Delivery:
        report = await self.digest.poll_once()  # no poller runs behind the console
        for alert in report.alerts:
            if alert.chat_id == chat.id and not alert.held:
                self.say(render_alert(alert, chat.lang))

        async def show(chat_id: int, html: str) -> int:
            self.say(html)
            return 0

        return await self.digest.deliver(chat.id, key, send=show, lang=chat.lang,
                                         heading=digest_heading(chat.lang, slot), send_empty=True)


class Console:
    """One local chat: each message goes through the command layer, each reply to `out`."""

    def __init__(self, service: Service, *, chat_id: int, lang: str | None, out: TextIO,
                 digest: DigestService | None = None, charts_dir: Path | None = None,
                 default_lang: str | None = None) -> None:
        self.out = out
        # Charts are written here as PNG files and their paths printed.
        self.charts_dir = charts_dir or Path(tempfile.gettempdir()) / "newsbrief-charts"
        self.chat_id = chat_id
        # The --lang choice plays the part of a Telegram user's app language; without it the
        # reader's own words decide (`bot.langs.reader_lang`, as in Telegram), the last
        # message that showed a language standing for the commands after it ("/numbers");
        # `default_lang` (NEWSBRIEF_LANG, else the locale) only before any.
        self.language_code = lang
        self.default_lang = default_lang
        self.written: str | None = None
        self.core = Core(service, digest, ConsoleDigests(digest, self.say) if digest else None)

    @property
    def service(self) -> Service:
        return self.core.service

    def say(self, html: str) -> None:
        self.out.write(to_plain(html).rstrip() + "\n\n")
        self.out.flush()

    def print(self, text: str) -> None:
        self.out.write(text.rstrip() + "\n\n")
        self.out.flush()

    async def lang(self) -> str:
        return (await self._chat()).lang

    async def _chat(self) -> Chat:
        return await commands.open_chat(self.service, self.chat_id, language_code=self.language_code,
                                        written=self.written, default_lang=self.default_lang)

    async def handle(self, message: str) -> None:
        """Answer one message (a command line or anything else)."""
        self.written = text_lang(message) or self.written
        chat = await self._chat()
        command = split_command(message) if message.startswith("/") else None
        if command is None:
            reply = await commands.run(self.core, chat, "", source=Source.of_text(message))
        else:
            reply = await commands.run(self.core, chat, *command)
        self.show(reply, chat.lang)
        await self.write_charts(reply, chat.lang)

    async def write_charts(self, reply: Reply, lang: str) -> None:
        """The charts of a reply as PNG files; prints each path."""
        for part in reply:
            for chart in rendered(part, lang).charts:
                png = await self.service.analyzer.run(render_png, chart)
                self.charts_dir.mkdir(parents=True, exist_ok=True)
                with tempfile.NamedTemporaryFile(dir=self.charts_dir, prefix="chart-", suffix=".png",
                                                 delete=False) as file:
                    file.write(png)
                self.print(t("chart_written", lang, path=file.name))

    def show(self, reply: Reply, lang: str) -> None:
        for part in reply:
            shown = rendered(part, lang)
            text = shown.text if not shown.html else to_plain(shown.text)
            if isinstance(part, ConfirmForget):
                text += "\n/forget yes"  # buttons cannot be pressed here
            self.print(text)

    async def run(self, messages: AsyncIterator[str], *, banner: bool = False) -> None:
        await self.service.chat(self.chat_id, type="private", title="console")
        if banner:
            lang = await self.lang()
            self.print(t("start", lang))
            self.print(t("console_banner", lang))
        async for message in messages:
            if message.strip().lower() in QUIT:
                break
            try:
                await self.handle(message)
            except Exception:  # noqa: BLE001 - one bad message must not end the session
                # Reader errors were answered by the command layer; this is a bug.
                logger.exception("error while answering a console message")
                self.print(t("internal_error", await self.lang()))


def pipe_messages(lines: Iterable[str]) -> Iterator[str]:
    """Messages from lines: a "/" line is a command; the lines between, blank ones
    included, are one message."""
    pending: list[str] = []

    def flush() -> Iterator[str]:
        text = "\n".join(pending).strip("\n")
        pending.clear()
        if text.strip():
            yield text

    for line in lines:
        line = line.rstrip("\r\n")
        if line.startswith("/"):
            yield from flush()
            yield line.strip()
        else:
            pending.append(line)
    yield from flush()


async def read_pipe(read_line: Callable[[], str]) -> AsyncIterator[str]:
    """`pipe_messages` over a blocking `read_line`, read off the event loop."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def lines() -> Iterator[str]:
        while line := read_line():
            yield line

    def produce() -> None:
        for message in pipe_messages(lines()):
            loop.call_soon_threadsafe(queue.put_nowait, message)
        loop.call_soon_threadsafe(queue.put_nowait, None)

    loop.run_in_executor(None, produce)
    while (message := await queue.get()) is not None:
        yield message


def prompt_session(**kwargs: object):  # noqa: ANN201 - prompt_toolkit.PromptSession
    """A line editor: Enter sends, a bracketed paste stays one message, Alt+Enter adds a line."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import InMemoryHistory
    from prompt_toolkit.key_binding import KeyBindings

    bindings = KeyBindings()

    @bindings.add("escape", "enter")
    def _newline(event) -> None:  # noqa: ANN001 - prompt_toolkit's KeyPressEvent
        event.current_buffer.insert_text("\n")

    return PromptSession(history=InMemoryHistory(), key_bindings=bindings, multiline=False,
                         enable_open_in_editor=False, **kwargs)


async def read_prompt(session) -> AsyncIterator[str]:  # noqa: ANN001 - prompt_toolkit.PromptSession
    """Messages typed or pasted at the prompt, until /quit, Ctrl-D or the end of input."""
    while True:
        try:
            text = await session.prompt_async("> ")
        except KeyboardInterrupt:
            continue  # Ctrl-C drops the line being typed
        except EOFError:
            return
        if text.strip():
            yield text.strip("\n")


async def run_console(console: Console, messages: AsyncIterator[str], *, banner: bool = False) -> None:
    """Run the console to the end of its messages, then close the services."""
    try:
        await console.run(messages, banner=banner)
    finally:
        digest = console.core.digest
        if digest is not None and digest.client is not None:
            await digest.client.aclose()
        await console.service.close()
