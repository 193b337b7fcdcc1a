"""`newsbrief chat`: the bot's commands in a terminal, through the same service layer.

Each input is one message: a command line (`/summary 3`, `/quotes`…), or a link,
or a text. A pasted text may span several lines and ends at an empty line (or
at the end of input), so piping a file in works: `newsbrief chat < article.txt`.
Output is the same text the bot would send, as plain text.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TextIO

from bot.render import text as render
from bot.core.commands import MAX_SUMMARY_SENTENCES, parse_summary_args, split_command
from bot.core.digest import DigestError, DigestService
from bot.render.digest import feed_title, render_feeds
from bot.render.htmltext import to_plain
from bot.render.i18n import error_text, t
from bot.core.service import Service, ServiceError
from bot.web.urls import find_urls

class Console:
    """Reads messages from `stdin`, answers on `out`; one local chat."""

    def __init__(self, service: Service, *, chat_id: int, lang: str, out: TextIO,
                 read_line: Callable[[], str], digest: DigestService | None = None) -> None:
        self.service = service
        self.digest = digest
        self.chat_id = chat_id
        self.lang = lang
        self.out = out
        self.read_line = read_line

    def say(self, html: str) -> None:
        self.out.write(to_plain(html).rstrip() + "\n\n")
        self.out.flush()

    async def run(self, *, prompt: bool) -> None:
        chat = await self.service.chat(self.chat_id, type="private", title="console")
        self.lang = chat.lang or self.lang
        if prompt:
            self.say(t("start", self.lang))
        async for message in self._messages(prompt=prompt):
            await self.handle(message)

    async def _messages(self, *, prompt: bool):
        """Yield messages: a command line alone, or text lines up to an empty line."""
        loop = asyncio.get_running_loop()
        pending: list[str] = []
        while True:
            if prompt and not pending:
                self.out.write("> ")
                self.out.flush()
            line = await loop.run_in_executor(None, self.read_line)
            if not line:  # end of input
                break
            line = line.rstrip("\n")
            if line.startswith("/") and not pending:
                yield line
            elif line.strip():
                pending.append(line)
            elif pending:
                yield "\n".join(pending)
                pending = []
        if pending:
            yield "\n".join(pending)

    async def handle(self, message: str) -> None:
        """Answer one message, turning reader errors into their messages."""
        try:
            command = split_command(message) if message.startswith("/") else None
            if command is None:
                await self._summarize(message)
            else:
                await self._command(*command)
        except (ServiceError, DigestError) as exc:
            self.say(error_text(exc, self.lang))
        except Exception as exc:  # noqa: BLE001 - fetch and summarizer errors carry messages
            if not hasattr(exc, "messages") and not type(exc).__module__.startswith("summarizer"):
                raise
            self.say(error_text(exc, self.lang))

    async def _summarize(self, text: str) -> None:
        urls = find_urls(text)
        if urls:
            brief = await self.service.summarize_url(self.chat_id, urls[0])
        else:
            brief = await self.service.summarize_text(self.chat_id, text)
        length = await self.service.summary_length(self.chat_id)
        self.say(render.summary(brief, self.lang, length=length))

    async def _command(self, name: str, args: str) -> None:
        handler = getattr(self, f"_cmd_{name}", None)
        if handler is None:
            self.say(t("unknown_command", self.lang))
            return
        await handler(args)

    async def _cmd_start(self, args: str) -> None:
        self.say(t("start", self.lang))

    async def _cmd_help(self, args: str) -> None:
        self.say(render.help_text(self.lang))

    async def _cmd_summary(self, args: str) -> None:
        parsed = parse_summary_args(args)
        if parsed.payload:
            await self._summarize(parsed.payload)
            return
        if parsed.length is not None and not 1 <= parsed.length <= MAX_SUMMARY_SENTENCES:
            self.say(t("length_range", self.lang, max=MAX_SUMMARY_SENTENCES))
            return
        brief = await self.service.brief(self.chat_id, number=parsed.history_number)
        length = parsed.length or await self.service.summary_length(self.chat_id)
        self.say(render.summary(brief, self.lang, length=length))

    async def _view(self, name: str) -> None:
        brief = await self.service.brief(self.chat_id)
        self.say(render.view(brief, name, self.lang))

    async def _cmd_quotes(self, args: str) -> None:
        await self._view("quotes")

    async def _cmd_numbers(self, args: str) -> None:
        await self._view("numbers")

    async def _cmd_keywords(self, args: str) -> None:
        await self._view("keywords")

    async def _cmd_source(self, args: str) -> None:
        await self._view("source")

    async def _cmd_history(self, args: str) -> None:
        self.say(render.history(await self.service.history(self.chat_id), self.lang))

    async def _cmd_search(self, args: str) -> None:
        if not args:
            self.say(t("search_usage", self.lang))
            return
        self.say(render.search(await self.service.search(self.chat_id, args), args, self.lang))

    async def _cmd_ask(self, args: str) -> None:
        if not args.strip():
            self.say(t("ask_usage", self.lang))
            return
        self.say(render.answer(await self.service.ask(self.chat_id, args.strip()), self.lang))

    async def _cmd_lang(self, args: str) -> None:
        choice = args.strip().lower()
        if choice not in ("zh", "en"):
            self.say(t("lang_usage", self.lang))
            return
        await self.service.update_chat(self.chat_id, lang=choice)
        self.lang = choice
        self.say(t("lang_set", choice))

    async def _cmd_settings(self, args: str) -> None:
        words = args.lower().split()
        if words:
            if len(words) == 2 and words[0] == "length" and (
                words[1] == "auto" or (words[1].isdigit() and 1 <= int(words[1]) <= MAX_SUMMARY_SENTENCES)
            ):
                value = None if words[1] == "auto" else int(words[1])
                await self.service.update_chat(self.chat_id, summary_length=value)
                self.say(t("settings_saved", self.lang))
            else:
                self.say(t("settings_usage", self.lang))
                return
        chat = await self.service.chat(self.chat_id)
        self.say(render.settings(chat, self.lang, default_tz=self.service.default_tz, group=False))

    async def _cmd_forget(self, args: str) -> None:
        if args.strip().lower() not in ("yes", "y", "确认"):
            self.say(t("forget_confirm", self.lang) + "\n/forget yes")
            return
        count = await self.service.forget(self.chat_id)
        self.say(t("forget_done", self.lang, count=count))


    async def _cmd_feed(self, args: str) -> None:
        """/feed add URL | list | remove N, as in a Telegram chat."""
        words = args.split()
        if self.digest is None:
            self.say(t("unknown_command", self.lang))
        elif words == ["list"]:
            self.say(render_feeds(await self.digest.list_feeds(self.chat_id), self.lang))
        elif len(words) == 2 and words[0] == "add":
            feed = await self.digest.add_feed(self.chat_id, words[1])
            self.say(t("feed_added", self.lang, title=feed_title(feed)))
        elif len(words) == 2 and words[0] == "remove" and words[1].isdigit():
            feed = await self.digest.remove_feed(self.chat_id, int(words[1]))
            self.say(t("feed_removed", self.lang, title=feed_title(feed)))
        else:
            self.say(t("feed_usage", self.lang))

    async def _cmd_digest(self, args: str) -> None:
        """/digest: poll the feeds that are due, then print what is new since the last digest."""
        if self.digest is None:
            self.say(t("unknown_command", self.lang))
            return
        await self.digest.poll_once()
        now = self.digest.clock.now()

        async def show(chat_id: int, html: str) -> int:
            self.say(html)
            return 0

        await self.digest.deliver(
            self.chat_id, self.digest.on_demand_key(), send=show, lang=self.lang,
            heading=t("digest_heading", self.lang, when=now.astimezone().strftime("%Y-%m-%d %H:%M")),
            send_empty=True,
        )


async def run_console(console: Console, *, prompt: bool) -> None:
    """Run the console to the end of input, then close the service."""
    try:
        await console.run(prompt=prompt)
    finally:
        if console.digest is not None and console.digest.client is not None:
            await console.digest.client.aclose()
        await console.service.close()
