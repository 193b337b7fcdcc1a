"""Telegram handlers: thin adapters over `bot.core.commands`.

Each update is parsed (its chat read once, its links found), handed to one command function,
and the reply is rendered and sent. Only what is Telegram's own lives here: the allow-list gate,
who is a group admin, "typing…" and the placeholder a summary is edited into, inline buttons,
membership changes, and the error handler (`on_error`: logs the unexpected, tells the reader).
"""

from __future__ import annotations

import contextlib
import logging
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace

from telegram import BotCommand, BotCommandScopeChat, ChatMember, Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, RetryAfter, TelegramError
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes

from bot.core import commands
from bot.core.replies import Failure, Reply, Text
from bot.core.requests import Chat, Core, Source, small_int
from bot.core.service import Service
from bot.errors import READER_ERRORS, FileTooLarge, is_reader_error
from bot.langs import HANT, reader_lang, text_lang
from bot.render import text as render
from bot.render.i18n import error_text, t
from bot.render.replies import rendered
from bot.settings import Settings
from bot.telegram.pending import RUN_ID, job_request
from bot.telegram.reply import drop_placeholder, edit_text_or_send, markup, thread_of, typing
from bot.telegram.sending import send, send_or_hold_charts
from bot.web.documents import MAX_MARKUP_BYTES
from bot.web.urls import find_urls
from summarizer.lang import unsupported_lang
from summarizer.limits import MAX_CHARS

logger = logging.getLogger(__name__)


def _service(context: ContextTypes.DEFAULT_TYPE) -> Service:
    return context.bot_data["service"]


def _settings(context: ContextTypes.DEFAULT_TYPE) -> Settings:
    return context.bot_data["settings"]


def _core(context: ContextTypes.DEFAULT_TYPE) -> Core:
    return core_of(context.application)


def core_of(app: Application) -> Core:
    """The command layer's services, once post_init opened them."""
    from bot.telegram.jobs import JobFront  # the digest side

    digest = app.bot_data.get("digest")
    return Core(app.bot_data["service"], digest, JobFront(app) if digest else None)


def _is_group(update: Update) -> bool:
    """A group, or a channel: a channel the bot administers is answered as a group is (its
    commands, and its links when it turned auto-summary on), in the channel itself."""
    chat = update.effective_chat
    return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP, ChatType.CHANNEL)


def _is_channel(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type == ChatType.CHANNEL


async def open_chat(update: Update, context: ContextTypes.DEFAULT_TYPE, *,
                    busy: Callable[[], contextlib.AbstractAsyncContextManager[None]] | None = None) -> Chat:
    """The update's chat with its settings, read once; a group admin check on demand."""
    user = update.effective_user
    channel = _is_channel(update)
    front: dict[str, object] = {
        "group": _is_group(update),
        # A channel's posts have no user: the channel is the poster (its rate limit is its own).
        "user_id": user.id if user else (update.effective_chat.id if channel else None),
        "may_change": lambda: is_group_admin(update, context),
        # An admin bot is sent every post of its channel, whatever its privacy mode.
        "sees_all_messages": channel or bool(context.bot.can_read_all_group_messages),
    }
    if busy is not None:
        front["busy"] = busy
    message = update.effective_message
    written = text_lang((message.text or message.caption) if message else None)
    return await commands.open_chat(_service(context), update.effective_chat.id,
                                    language_code=user.language_code if user else None, written=written, **front)


async def reply_lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The language to answer this update in (for the few answers outside a command)."""
    if update.effective_chat is None:
        return _settings(context).default_lang
    return (await open_chat(update, context)).lang


# ---- callback queries -------------------------------------------------------------------

# How many answered callback queries are remembered, so the error handler never answers one
# twice (Telegram refuses a second answer: "query is too old").
_ANSWERED_KEPT = 1000


async def answer_query(context: ContextTypes.DEFAULT_TYPE, query, text: str | None = None) -> None:
    """Answer a callback query once, and remember that it was answered."""
    answered: OrderedDict[str, None] = context.bot_data.setdefault("answered_queries", OrderedDict())
    if query.id in answered:
        return
    answered[query.id] = None
    while len(answered) > _ANSWERED_KEPT:
        answered.popitem(last=False)
    await query.answer(text)


# ---- gatekeeping ------------------------------------------------------------------------


async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Refuse politely when an allow-list is set and neither the chat nor the user is on it."""
    chat = update.effective_chat
    user = update.effective_user
    if _settings(context).is_allowed(chat.id if chat else None, user.id if user else None):
        return
    if update.callback_query:
        await answer_query(context, update.callback_query, t("not_allowed", await reply_lang(update, context)))
    elif update.effective_message and chat and (chat.type == ChatType.PRIVATE or _is_command(update)):
        await update.effective_message.reply_text(t("not_allowed", await reply_lang(update, context)))
    raise ApplicationHandlerStop


def _is_command(update: Update) -> bool:
    message = update.effective_message
    return bool(message and message.text and message.text.startswith("/"))


async def is_group_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """In groups, True only for chat admins (and bot operators); elsewhere always True."""
    if not _is_group(update):
        return True
    message = update.effective_message
    if (update.callback_query is None and message and message.sender_chat
            and message.sender_chat.id == update.effective_chat.id):
        return True  # an anonymous admin posting as the group (a channel's post); not a button
        # under the bot's own channel message, which any subscriber may press
    user = update.effective_user
    if user is None:
        return False
    if user.id in _settings(context).admins:
        return True
    member = await context.bot.get_chat_member(update.effective_chat.id, user.id)
    return member.status in (ChatMember.ADMINISTRATOR, ChatMember.OWNER)


# ---- messages and commands --------------------------------------------------------------


def links_in(message: Message, *, bare: bool = True) -> list[str]:
    """Links in a message: `text_link` targets and `url` entities, then bare URLs (`bare`: not in
    the bot's own messages, whose /help examples are no links). Captions count like text."""
    found: list[str] = []
    for entities, parse in (
        (message.entities, message.parse_entities),
        (message.caption_entities, message.parse_caption_entities),
    ):
        if not entities:
            continue
        for entity, text in parse([MessageEntity.URL, MessageEntity.TEXT_LINK]).items():
            url = entity.url if entity.type == MessageEntity.TEXT_LINK else text
            web = bool(url) and url.lower().startswith(("http://", "https://"))
            if entity.type == MessageEntity.TEXT_LINK and not web:
                continue  # "联系我们" linking to mailto: or tg://: no page (was fetched as http://mailto:…)
            if url and not web:  # a bare "example.com/news"
                url = "http://" + url
            if url and url not in found:
                found.append(url)
    for url in find_urls(message.text or message.caption or "") if bare else ():
        if url not in found:
            found.append(url)
    return found


def source_of(message: Message) -> Source:
    mine = message.from_user is not None and message.from_user.id == message.get_bot().id
    return Source(message.text or message.caption or "", tuple(links_in(message, bare=not mine)),
                  message.message_id, to_bot=_names_this_bot(message), from_bot=mine)


def _names_this_bot(message: Message) -> bool:
    """/cmd@thisbot: in a group, a command meant for this bot and no other."""
    first = (message.text or message.caption or "").split(maxsplit=1)[:1]
    if not first or not first[0].startswith("/") or "@" not in first[0]:
        return False
    username = message.get_bot().username or ""
    return first[0].rsplit("@", 1)[1].lower() == username.lower()


def _command_args(message: Message) -> str:
    text = message.text or message.caption or ""
    parts = text.split(maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


class _Placeholder:
    """"Working…" while a summary is made: typing, and a message the result is edited into.

    Once the placeholder is shown, the job is recorded (`bot.telegram.pending`), so a
    bot killed during the slow step finishes it at its next start.
    """

    def __init__(self, update: Update, context: ContextTypes.DEFAULT_TYPE, request: Callable[[], str]) -> None:
        self.update = update
        self.context = context
        self.message: Message | None = None
        self.lang = _settings(context).default_lang
        self.request = request
        self.job_id: int | None = None

    @contextlib.asynccontextmanager
    async def __call__(self) -> AsyncIterator[None]:
        chat_id = self.update.effective_chat.id
        async with typing(self.context.bot, chat_id, thread_id=thread_of(self.update.effective_message)):
            try:
                self.message = await self.update.effective_message.reply_text(t("working", self.lang), do_quote=True)
            except RetryAfter as exc:  # a busy group: the answer is made anyway, and sent after the wait
                logger.warning("chat %s: no placeholder, flood-limited (%s)", chat_id, exc.message)
                yield
                return
            self.job_id = await _service(self.context).store.accept_job(
                chat_id, self.update.effective_message.message_id, self.request(), owner=RUN_ID,
                placeholder_id=self.message.message_id)
            yield

    async def finish(self, *, failed: bool = False) -> None:
        if self.job_id is not None:
            await _service(self.context).store.finish_job(self.job_id, failed=failed)


def _with_placeholder(name: str) -> bool:
    """Commands whose slow step shows a placeholder (the others show only "typing…")."""
    return name in ("", "summary")


async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE, name: str, args: str = "", *,
                 source: Source | None = None, replied_source: Source | None = None) -> None:
    """Run one command (an empty name: the message itself) and send its reply. `source`
    and `replied_source`, when given, are what was read from the message and the one it
    replies to (a file's text)."""
    message = update.effective_message
    replied = message.reply_to_message
    source = source or source_of(message)
    if replied_source is None and replied is not None:
        replied_source = source_of(replied)
    user = update.effective_user
    placeholder = _Placeholder(update, context, lambda: job_request(
        name, args, source, replied_source, group=_is_group(update), user_id=user.id if user else None,
        language_code=user.language_code if user else None,
        sees_all_messages=bool(context.bot.can_read_all_group_messages)))
    chat_id = update.effective_chat.id
    if _with_placeholder(name):
        busy: Callable[[], contextlib.AbstractAsyncContextManager[None]] = placeholder
    else:
        busy = lambda: typing(context.bot, chat_id, thread_id=thread_of(message))  # noqa: E731
    chat = await open_chat(update, context, busy=busy)
    placeholder.lang = chat.lang
    try:
        reply = await commands.run(_core(context), chat, name, args, source=source, replied=replied_source)
    except Exception as exc:  # noqa: BLE001 - a placeholder must not stay "working…"
        if placeholder.message is None:
            raise
        logger.log(logging.INFO if is_reader_error(exc) else logging.ERROR,
                   "summary failed in chat %s", chat_id, exc_info=not is_reader_error(exc))
        await edit_text_or_send(context.bot, chat_id, placeholder.message.message_id, error_text(exc, chat.lang),
                                thread_id=thread_of(message))
        await placeholder.finish(failed=True)
        return
    if placeholder.message is not None and not reply:
        await drop_placeholder(context.bot, chat_id, placeholder.message.message_id)
    await send(update, context, chat, reply, placeholder=placeholder.message, done=placeholder.finish)
    menu_lang = _menu_lang(name, chat, reply, private=not _is_group(update))
    if menu_lang is not None:
        await set_chat_menu(context.bot, chat_id, menu_lang)


def _menu_lang(name: str, chat: Chat, reply: Reply, *, private: bool) -> str | None:
    """The language of the command menu this chat should get now, if it needs its own.

    Telegram keys the per-language menus by two-letter codes, so "zh" is one menu for both
    scripts (simplified). A chat that chose a language with /lang gets its own menu in it;
    a traditional reader's private chat gets a traditional one at /start.
    """
    if name == "lang":
        return next((part.lang for part in reply if isinstance(part, Text) and part.key == "lang_set"), None)
    if name == "start" and private and chat.lang == HANT:
        return HANT
    return None


async def set_chat_menu(bot, chat_id: int, lang: str) -> None:  # noqa: ANN001 - telegram.Bot
    """setMyCommands for this one chat, in `lang`; the menu is a convenience, so a refusal
    is logged and nothing else."""
    menu = [BotCommand(c.name, c.describe(lang)) for c in commands.COMMANDS]
    try:
        await bot.set_my_commands(menu, scope=BotCommandScopeChat(chat_id))
    except TelegramError:
        logger.warning("setMyCommands for chat %s failed; its menu stays as it was", chat_id, exc_info=True)


def command(name: str) -> Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]:
    """The CommandHandler callback of command `name`."""

    async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        args = _command_args(message)
        replied = message.reply_to_message
        if name == "summary" and not args and replied is not None and replied.document is not None:
            # /summary as a reply to a file: in a group, the way to have one read.
            source = await read_document(update, context, replied)
            if source is not None:
                await answer(update, context, name, args, replied_source=source)
            return
        await answer(update, context, name, args)

    handle.__name__ = handle.__qualname__ = f"command_{name}"
    return handle


# Telegram's apps cut a pasted text at 4,096 UTF-16 units into several messages; a message this
# long is most likely the first part of a longer paste.
SPLIT_PASTE_UNITS = 4000


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A plain message: the command layer decides whether it is something to summarize.

    A private message at Telegram's length limit is likely a long paste the app cut into
    parts, each summarized on its own; the reader is told how to have it read whole."""
    message = update.effective_message
    if message is None:
        return
    await answer(update, context, "")
    text = message.text or ""
    if (not _is_group(update) and len(text.encode("utf-16-le")) // 2 >= SPLIT_PASTE_UNITS
            and not unsupported_lang(text)):  # (a Japanese text was told it cannot be read: that stands)
        await message.reply_text(t("split_paste_hint", await reply_lang(update, context)))


async def on_caption_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A caption "/summary" on a file, "/summary 3 https://…" on a photo: run as if typed (the
    file read as when the command replies to it); command filters see only a message's text."""
    message = update.effective_message
    parsed = commands.split_command(message.caption or "")
    first = (message.caption or "").split(maxsplit=1)[0]
    if parsed is None or ("@" in first and not _names_this_bot(message)):
        if parsed is None or _is_group(update):
            return await (on_document if message.document else on_text)(update, context)
        parsed = ("unknown", "")  # /cmd@other_bot in a private chat, as when typed
    name, args = parsed
    if name == "summary" and message.document is not None and commands.parse_summary_args(args).payload is None:
        source = await read_document(update, context, message)
        if source is not None:
            await answer(update, context, name, args, replied_source=source)
        return
    await answer(update, context, name, args)


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A file in a private chat (its caption aside): read like a pasted article. In groups
    a file asks nothing of the bot until someone replies /summary to it."""
    message = update.effective_message
    if message is None or _is_group(update):
        return
    source = await read_document(update, context, message)
    if source is not None:
        await answer(update, context, "", source=source)


async def read_document(update: Update, context: ContextTypes.DEFAULT_TYPE, message: Message) -> Source | None:
    """The text of `message`'s file, read as the command line reads a file (PDF, saved web
    page, text in UTF-8/UTF-16/GB18030); None once the reader was told why it cannot be
    read, and which files can be."""
    document = message.document
    name = document.file_name or "document"
    try:
        if document.file_size and document.file_size >= MAX_MARKUP_BYTES:
            raise FileTooLarge(name, MAX_CHARS)
        data = await _download(context, document.file_id, name)
        article = await _service(context).document_article(bytes(data), name)
    except READER_ERRORS as exc:
        lang = await reply_lang(update, context)
        await update.effective_message.reply_text(rendered(Failure(exc, "document_formats"), lang).text)
        return None
    return replace(Source.of_text(article.text, message.message_id), title=article.title, file=True)


async def _download(context: ContextTypes.DEFAULT_TYPE, file_id: str, name: str) -> bytearray:
    """A file's bytes. A file with no size given that is over the 20 MB a bot may download:
    Telegram refuses getFile ("file is too big") or gives no path; that was logged as a bug
    and answered "something went wrong"."""
    try:
        file = await context.bot.get_file(file_id)
    except BadRequest as exc:
        if "too big" not in exc.message.lower():
            raise
        raise FileTooLarge(name, MAX_CHARS) from exc
    if not file.file_path:
        raise FileTooLarge(name, MAX_CHARS)
    return await file.download_as_bytearray()


async def on_unsupported(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos without captions, voice…: say what the bot can read (private chats)."""
    if update.effective_message and not _is_group(update):
        await update.effective_message.reply_text(t("unsupported_message", await reply_lang(update, context)))


async def on_edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited command or link in a private chat: edits are not run again (the first answer
    stands), so the reader is told to send it anew. Other edits, and a group's, pass unanswered."""
    message = update.edited_message
    if message is None or _is_group(update):
        return
    text = message.text or message.caption or ""
    entities = message.entities or message.caption_entities or ()
    if text.startswith("/") or any(e.type in ("url", "text_link") for e in entities) or find_urls(text):
        await message.reply_text(t("edited_message", await reply_lang(update, context)))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An unknown /command: answered in private chats, and in groups when it names this bot."""
    await answer(update, context, "unknown")


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Inline buttons: switch an article view in place, or confirm /forget."""
    query = update.callback_query
    if update.effective_chat is None:  # an inline message's button: the bot sends none, so forged
        user = update.effective_user
        lang = reader_lang(app=user.language_code if user else None, written=None,
                           default=_settings(context).default_lang)
        return await answer_query(context, query, t("expired_button", lang))
    chat = await open_chat(update, context)
    data = query.data or ""
    if _is_channel(update) and not await chat.may_change():  # a subscriber would change the post for all
        await answer_query(context, query, t("admins_only", chat.lang))
        return
    if data.startswith("forget:"):
        if not await chat.may_change():
            await answer_query(context, query, t("admins_only", chat.lang))
            return
        await answer_query(context, query)
        if data == "forget:yes":
            [done] = await commands.run(_core(context), chat, "forget", "yes")
            await query.edit_message_text(rendered(done, chat.lang).text)
        else:
            await query.edit_message_text(t("forget_cancelled", chat.lang))
        return
    parts = data.split(":")
    # A button of ours holds an article id SQLite can store; anything else is stale or forged.
    article_id = small_int(parts[1], digits=18) if len(parts) == 3 else None
    if article_id is None or parts[0] != "v" or parts[2] not in render.VIEWS:
        await answer_query(context, query, t("expired_button", chat.lang))
        return
    try:
        [view] = await commands.article_view(_core(context), chat, article_id, parts[2])
    except READER_ERRORS:
        await answer_query(context, query, t("expired_button", chat.lang))
        return
    await answer_query(context, query)
    shown = rendered(view, chat.lang)
    try:
        await query.edit_message_text(
            render.one_message(shown.text), parse_mode="HTML", disable_web_page_preview=True,
            reply_markup=markup(shown.buttons),
        )
    except BadRequest as exc:
        if "not modified" not in exc.message:
            raise
        return  # the same view again: its chart was sent the first time
    await send_or_hold_charts(context.application, chat.id, shown.charts, chat.lang, thread_id=thread_of(query.message))
