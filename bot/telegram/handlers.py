"""Telegram handlers: parse the update, call one service method, render, send.

Each handler is a small `async def verb(update, context) -> None`. Anything
unexpected propagates to `on_error`, which logs it and tells the reader briefly.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from telegram import (
    Bot,
    ChatMember,
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, Forbidden
from telegram.ext import ApplicationHandlerStop, ContextTypes

import summarizer
from bot.render import text as render
from bot.core.commands import MAX_SUMMARY_SENTENCES, parse_summary_args
from bot.render.i18n import error_text, t
from bot.core.service import Brief, Service, ServiceError
from bot.settings import Settings
from bot.web.urls import find_urls

logger = logging.getLogger(__name__)

LONG_TEXT_CHARS = 200
# Text around links from this length on is an article in itself (see is_pasted_article).
PASTED_ARTICLE_CHARS = 1000
TYPING_EVERY_S = 4.5
# Errors the reader caused or can fix: answered with their message, not logged as bugs.
_EXPECTED = (ServiceError,)


def _service(context: ContextTypes.DEFAULT_TYPE) -> Service:
    return context.bot_data["service"]


def _settings(context: ContextTypes.DEFAULT_TYPE) -> Settings:
    return context.bot_data["settings"]


async def reply_lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The language to answer this update in: the chat's setting, else the user's app language."""
    chat = update.effective_chat
    user = update.effective_user
    code = user.language_code if user else None
    if chat is None:
        return _settings(context).default_lang
    return await _service(context).chat_lang(chat.id, code)


def _markup(rows: list[list[render.Button]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rows]
    )


async def reply_html(message: Message, html: str, **kwargs) -> Message:
    """Send `html` as one or more messages in reply to `message`; return the first."""
    parts = render.messages(html)
    first = await message.reply_html(parts[0], do_quote=True, disable_web_page_preview=True, **kwargs)
    for part in parts[1:]:
        await message.get_bot().send_message(
            message.chat_id, part, parse_mode=ParseMode.HTML, disable_web_page_preview=True
        )
    return first


def _is_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


# ---- gatekeeping ------------------------------------------------------------------------


async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Refuse politely when an allow-list is set and neither the chat nor the user is on it."""
    chat = update.effective_chat
    user = update.effective_user
    if _settings(context).is_allowed(chat.id if chat else None, user.id if user else None):
        return
    if update.callback_query:
        await update.callback_query.answer(t("not_allowed", await reply_lang(update, context)))
    elif update.effective_message and chat and (chat.type == ChatType.PRIVATE or _is_command(update)):
        await update.effective_message.reply_text(t("not_allowed", await reply_lang(update, context)))
    raise ApplicationHandlerStop


def _is_command(update: Update) -> bool:
    message = update.effective_message
    return bool(message and message.text and message.text.startswith("/"))


async def require_group_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """In groups, True only for chat admins (and bot operators); elsewhere always True."""
    if not _is_group(update):
        return True
    message = update.effective_message
    if message and message.sender_chat and message.sender_chat.id == update.effective_chat.id:
        return True  # an anonymous admin posting as the group
    user = update.effective_user
    if user is None:
        return False
    if user.id in _settings(context).admins:
        return True
    member = await context.bot.get_chat_member(update.effective_chat.id, user.id)
    if member.status in (ChatMember.ADMINISTRATOR, ChatMember.OWNER):
        return True
    if message and update.callback_query is None:  # a button press is answered by its handler
        await message.reply_text(t("admins_only", await reply_lang(update, context)))
    return False


# ---- summaries --------------------------------------------------------------------------


def links_in(message: Message) -> list[str]:
    """Links in a message: `text_link` targets and `url` entities first, then bare URLs.

    Captions count like text; forwarded channel posts carry their text and entities.
    """
    found: list[str] = []
    for entities, parse in (
        (message.entities, message.parse_entities),
        (message.caption_entities, message.parse_caption_entities),
    ):
        if not entities:
            continue
        for entity, text in parse([MessageEntity.URL, MessageEntity.TEXT_LINK]).items():
            url = entity.url if entity.type == MessageEntity.TEXT_LINK else text
            if url and not url.lower().startswith(("http://", "https://")):
                url = "http://" + url
            if url and url not in found:
                found.append(url)
    for url in find_urls(message.text or message.caption or ""):
        if url not in found:
            found.append(url)
    return found


def is_pasted_article(text: str, links: list[str]) -> bool:
    """A whole article pasted with links in it is summarized as text, not by its first link.

    A short comment or a channel post's teaser around a link still means "read the link".
    """
    rest = text
    for url in links:
        rest = rest.replace(url, "")
    return len(rest.strip()) >= PASTED_ARTICLE_CHARS


@contextlib.asynccontextmanager
async def _typing(bot: Bot, chat_id: int) -> AsyncIterator[None]:
    """Show "typing…" for as long as the block runs (Telegram clears it after ~5 s)."""

    async def keep_typing() -> None:
        while True:
            with contextlib.suppress(BadRequest, Forbidden):
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(TYPING_EVERY_S)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()


async def _summarize(
    update: Update, context: ContextTypes.DEFAULT_TYPE, source: Message, *, text: str | None = None
) -> None:
    """Summarize the link or text of `source`: a placeholder first, edited into the result."""
    message = update.effective_message
    chat_id = update.effective_chat.id
    user = update.effective_user
    lang = await reply_lang(update, context)
    service = _service(context)
    body = text if text is not None else (source.text or source.caption or "")
    links = links_in(source) if text is None else []
    if is_pasted_article(body, links):
        links = []
    try:
        if not links:
            service.check_length(body)
        service.check_rate(user.id if user else None)
    except ServiceError as exc:
        await message.reply_text(error_text(exc, lang), do_quote=True)
        return
    async with _typing(context.bot, chat_id):
        placeholder = await message.reply_text(t("working", lang), do_quote=True)
        try:
            if links:
                brief = await service.summarize_url(
                    chat_id, links[0], user_id=user.id if user else None, message_id=source.message_id
                )
            else:
                brief = await service.summarize_text(
                    chat_id, body, user_id=user.id if user else None, message_id=source.message_id
                )
        except Exception as exc:  # noqa: BLE001 - every failure ends as an edit of the placeholder
            if not _is_reader_error(exc):
                logger.exception("summary failed in chat %s", chat_id)
            await placeholder.edit_text(error_text(exc, lang))
            return
    await _show_brief(update, context, brief, lang, placeholder=placeholder)


def _is_reader_error(exc: BaseException) -> bool:
    """Input and fetch errors (they carry messages, or are summarizer input errors)."""
    return isinstance(exc, (ServiceError, summarizer.SummarizerError)) or hasattr(exc, "messages")


async def _show_brief(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    brief: Brief,
    lang: str,
    *,
    view: str = "summary",
    length: int | None = None,
    placeholder: Message | None = None,
) -> None:
    """Send (or edit the placeholder into) an article view with its buttons."""
    service = _service(context)
    length = length or await service.summary_length(update.effective_chat.id)
    html = render.view(brief, view, lang, length=length)
    parts = render.messages(html)
    markup = _markup(render.view_buttons(brief.article_id, lang, view)) if len(parts) == 1 else None
    if placeholder is not None:
        shown = await placeholder.edit_text(
            parts[0], parse_mode=ParseMode.HTML, reply_markup=markup, disable_web_page_preview=True
        )
        for part in parts[1:]:
            await context.bot.send_message(
                update.effective_chat.id, part, parse_mode=ParseMode.HTML, disable_web_page_preview=True
            )
    else:
        shown = await reply_html(update.effective_message, html, reply_markup=markup) if markup else \
            await reply_html(update.effective_message, html)
    message_id = shown.message_id if isinstance(shown, Message) else placeholder.message_id
    await service.remember_message(update.effective_chat.id, message_id, brief.article_id)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A plain message: links and long texts become summaries in private chats;
    in groups only links, and only when the group turned auto-summary on."""
    message = update.effective_message
    if message is None:
        return
    links = links_in(message)
    body = message.text or message.caption or ""
    if _is_group(update):
        if links and await _service(context).auto_summary(update.effective_chat.id):
            await _summarize(update, context, message)
        return
    if links or len(body.strip()) >= LONG_TEXT_CHARS:
        await _summarize(update, context, message)
    else:
        await message.reply_text(t("short_text_hint", await reply_lang(update, context)))


async def on_unsupported(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos without captions, voice…: say what the bot can read (private chats)."""
    if update.effective_message and not _is_group(update):
        await update.effective_message.reply_text(t("unsupported_message", await reply_lang(update, context)))


async def summary(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/summary [link|text|N|#N], also as a reply to any message."""
    message = update.effective_message
    lang = await reply_lang(update, context)
    args = parse_summary_args(_command_args(message))
    if args.length is not None and not 1 <= args.length <= MAX_SUMMARY_SENTENCES:
        await message.reply_text(t("length_range", lang, max=MAX_SUMMARY_SENTENCES))
        return
    if args.payload:
        await _summarize(update, context, message, text=None if links_in(message) else args.payload)
        return
    replied = message.reply_to_message
    service = _service(context)
    if replied is not None and args.history_number is None:
        known = await service.message_article(message.chat_id, replied.message_id)
        if known is None:
            if links_in(replied) or (replied.text or replied.caption):
                await _summarize(update, context, replied)
            else:
                await message.reply_text(t("summary_usage", lang))
            return
    try:
        brief = await service.brief(
            message.chat_id,
            reply_to=replied.message_id if replied else None,
            number=args.history_number,
        )
    except ServiceError as exc:
        await message.reply_text(error_text(exc, lang) + "\n" + t("summary_usage", lang)
                                 if args.history_number is None and args.length is None
                                 else error_text(exc, lang))
        return
    await _show_brief(update, context, brief, lang, length=args.length)


def _command_args(message: Message) -> str:
    text = message.text or message.caption or ""
    parts = text.split(maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


async def _follow_up(update: Update, context: ContextTypes.DEFAULT_TYPE, view: str) -> None:
    message = update.effective_message
    lang = await reply_lang(update, context)
    replied = message.reply_to_message
    try:
        brief = await _service(context).brief(message.chat_id, reply_to=replied.message_id if replied else None)
    except ServiceError as exc:
        await message.reply_text(error_text(exc, lang))
        return
    if view == "keywords":
        await reply_html(message, render.keywords(brief, lang))
        return
    await _show_brief(update, context, brief, lang, view=view)


async def quotes(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/quotes: who said what in the latest (or replied-to) article."""
    await _follow_up(update, context, "quotes")


async def numbers(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/numbers: the key figures of the latest (or replied-to) article."""
    await _follow_up(update, context, "numbers")


async def keywords(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/keywords: the keywords of the latest (or replied-to) article."""
    await _follow_up(update, context, "keywords")


async def history(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/history: recent articles of this chat, numbered for /summary #N."""
    entries = await _service(context).history(update.effective_chat.id)
    await reply_html(update.effective_message, render.history(entries, await reply_lang(update, context)))


async def search(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/search words: matching sentences in this chat's articles."""
    lang = await reply_lang(update, context)
    query = " ".join(context.args or []).strip()
    if not query:
        await update.effective_message.reply_text(t("search_usage", lang))
        return
    hits = await _service(context).search(update.effective_chat.id, query)
    await reply_html(update.effective_message, render.search(hits, query, lang))


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask question: an extractive answer from this chat's articles, with sources."""
    message = update.effective_message
    lang = await reply_lang(update, context)
    question = _command_args(message).strip()
    if not question:
        await message.reply_text(t("ask_usage", lang))
        return
    async with _typing(context.bot, update.effective_chat.id):
        try:
            result = await _service(context).ask(update.effective_chat.id, question)
        except ServiceError as exc:
            await message.reply_text(error_text(exc, lang))
            return
    await reply_html(message, render.answer(result, lang))


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: who the bot is and what to send it."""
    await update.effective_message.reply_text(t("start", await reply_lang(update, context)))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/help: every command with an example."""
    await reply_html(update.effective_message, render.help_text(await reply_lang(update, context)))


async def lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/lang zh|en: the chat's reply language (group admins only in groups)."""
    current = await reply_lang(update, context)
    choice = (context.args[0].lower() if context.args else "")
    if choice not in ("zh", "en"):
        await update.effective_message.reply_text(t("lang_usage", current))
        return
    if not await require_group_admin(update, context):
        return
    await _service(context).update_chat(update.effective_chat.id, lang=choice)
    await update.effective_message.reply_text(t("lang_set", choice))


async def settings(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/settings [auto on|off] [length N|auto]: show or change this chat's settings."""
    message = update.effective_message
    lang = await reply_lang(update, context)
    service = _service(context)
    chat_id = update.effective_chat.id
    args = [a.lower() for a in (context.args or [])]
    if args:
        changes = _settings_changes(args)
        if changes is None or ("auto_summary" in changes and not _is_group(update)):
            await message.reply_text(t("settings_usage", lang))
            return
        if not await require_group_admin(update, context):
            return
        await service.update_chat(chat_id, **changes)
        await message.reply_text(t("settings_saved", lang))
        if changes.get("auto_summary") and not context.bot.can_read_all_group_messages:
            await message.reply_text(t("privacy_mode_on", lang))
    chat = await service.chat(chat_id)
    await reply_html(message, render.settings(chat, lang, default_tz=_settings(context).default_tz,
                                          group=_is_group(update)))


def _settings_changes(args: list[str]) -> dict[str, object] | None:
    """["auto", "on"] -> {"auto_summary": True}; ["length", "4"] -> {"summary_length": 4}."""
    if len(args) != 2:
        return None
    key, value = args
    if key == "auto" and value in ("on", "off"):
        return {"auto_summary": value == "on"}
    if key == "length":
        if value == "auto":
            return {"summary_length": None}
        if value.isdigit() and 1 <= int(value) <= MAX_SUMMARY_SENTENCES:
            return {"summary_length": int(value)}
    return None


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/forget: ask for confirmation before deleting this chat's history."""
    lang = await reply_lang(update, context)
    if not await require_group_admin(update, context):
        return
    buttons = [[render.Button(t("forget_yes", lang), "forget:yes"), render.Button(t("forget_no", lang), "forget:no")]]
    await update.effective_message.reply_text(t("forget_confirm", lang), reply_markup=_markup(buttons))


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Inline buttons: switch an article view in place, or confirm /forget."""
    query = update.callback_query
    lang = await reply_lang(update, context)
    data = query.data or ""
    if data.startswith("forget:"):
        if not await require_group_admin(update, context):
            await query.answer(t("admins_only", lang))
            return
        await query.answer()
        if data == "forget:yes":
            count = await _service(context).forget(update.effective_chat.id)
            await query.edit_message_text(t("forget_done", lang, count=count))
        else:
            await query.edit_message_text(t("forget_cancelled", lang))
        return
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != "v" or not parts[1].isdigit() or parts[2] not in render.VIEWS:
        await query.answer(t("expired_button", lang))
        return
    try:
        brief = await _service(context).brief(update.effective_chat.id, article_id=int(parts[1]))
    except ServiceError:
        await query.answer(t("expired_button", lang))
        return
    await query.answer()
    length = await _service(context).summary_length(update.effective_chat.id)
    html = render.one_message(render.view(brief, parts[2], lang, length=length))
    try:
        await query.edit_message_text(
            html, parse_mode=ParseMode.HTML, disable_web_page_preview=True,
            reply_markup=_markup(render.view_buttons(brief.article_id, lang, parts[2])),
        )
    except BadRequest as exc:
        if "not modified" not in exc.message:
            raise


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An unknown /command in a private chat."""
    if not _is_group(update):
        await update.effective_message.reply_text(t("unknown_command", await reply_lang(update, context)))


# ---- membership and errors --------------------------------------------------------------


async def member_changed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """my_chat_member: the bot was added to, or removed/blocked from, a chat."""
    change: ChatMemberUpdated = update.my_chat_member
    status = change.new_chat_member.status
    active = status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER, ChatMember.RESTRICTED)
    service = _service(context)
    await service.chat(change.chat.id, type=change.chat.type, title=change.chat.title)
    await service.set_active(change.chat.id, active)
    logger.info("chat %s: bot is now %s", change.chat.id, status)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log every unexpected error with its traceback; tell the reader briefly."""
    error = context.error
    chat = update.effective_chat if isinstance(update, Update) else None
    if isinstance(error, Forbidden) and chat is not None:
        logger.warning("chat %s: forbidden (%s); marking it inactive", chat.id, error.message)
        await _service(context).set_active(chat.id, False)
        return
    logger.error("error while handling an update", exc_info=error)
    if chat is None or not isinstance(update, Update):
        return
    with contextlib.suppress(Exception):
        lang = await reply_lang(update, context)
        if update.callback_query:
            await update.callback_query.answer(t("internal_error", lang))
        elif update.effective_message:
            await update.effective_message.reply_text(t("internal_error", lang))
