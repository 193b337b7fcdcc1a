"""Sending a rendered reply through Telegram: split to its limit, with buttons, or edited in place."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.core.analyzer import Analyzer
from bot.render import text as render
from bot.render.charts import BarChart, LineChart, chart_caption, render_png
from bot.render.replies import Rendered

logger = logging.getLogger(__name__)

TYPING_EVERY_S = 4.5


def markup(rows: list[list[render.Button]] | None) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rows]
    )


async def reply_html(message: Message, html: str, **kwargs) -> Message:
    """Send `html` as one or more messages in reply to `message`; return the first. The
    rest follow it in the same chat and, in a forum, the same topic."""
    parts = render.messages(html)
    first = await message.reply_html(parts[0], do_quote=True, disable_web_page_preview=True, **kwargs)
    for part in parts[1:]:
        await message.reply_html(part, do_quote=False, disable_web_page_preview=True)
    return first


async def send_reply(message: Message, shown: Rendered) -> Message:
    """One rendered part in reply to `message`; buttons only on a reply that fits one message."""
    if not shown.html:
        return await message.reply_text(shown.text, reply_markup=markup(shown.buttons))
    single = len(render.messages(shown.text)) == 1
    if single and shown.buttons:
        return await reply_html(message, shown.text, reply_markup=markup(shown.buttons))
    return await reply_html(message, shown.text)


def thread_of(message: Message | None) -> int | None:
    """The forum topic `message` is in (None outside forums): what the bot sends about it
    goes there too, not to the group's General topic."""
    return message.message_thread_id if message is not None and message.is_topic_message else None


async def edit_into(placeholder: Message, shown: Rendered, bot: Bot, chat_id: int, *,
                    thread_id: int | None = None) -> Message:
    """Edit the "working…" placeholder into the first message of `shown`; send the rest."""
    first = await edit_message_into(bot, chat_id, placeholder.message_id, shown, thread_id=thread_id)
    return first if first is not None else placeholder


async def edit_message_into(bot: Bot, chat_id: int, message_id: int, shown: Rendered, *,
                            thread_id: int | None = None) -> Message | None:
    """Edit message `message_id` (a placeholder) into the first message of `shown`; send
    the rest (in forum topic `thread_id`, if any). Returns the message that shows the first
    part (None: the placeholder already showed it, as when a recovered job is edited a second time).

    If the edit still fails after the limiter's retries, the result goes out as new
    messages and the placeholder is deleted: the reader gets the answer either way, and
    a placeholder is never left saying it is still working.
    """
    parts = render.messages(shown.text) if shown.html else [shown.text]
    buttons = markup(shown.buttons) if len(parts) == 1 else None
    html = {"parse_mode": ParseMode.HTML, "disable_web_page_preview": True} if shown.html else {}
    html["message_thread_id"] = thread_id  # for the messages sent (an edit stays where it is)
    edited: Message | bool | None
    try:
        edited = await bot.edit_message_text(parts[0], chat_id=chat_id, message_id=message_id,
                                             reply_markup=buttons, **_without_thread(html))
    except BadRequest as exc:
        if "not modified" not in exc.message:
            return await _send_instead(bot, chat_id, message_id, parts, buttons, html, exc)
        edited = None
    except (NetworkError, RetryAfter) as exc:
        return await _send_instead(bot, chat_id, message_id, parts, buttons, html, exc)
    for part in parts[1:]:
        await bot.send_message(chat_id, part, **html)
    return edited if isinstance(edited, Message) else None


async def _send_instead(bot: Bot, chat_id: int, message_id: int, parts: list[str],
                        buttons: InlineKeyboardMarkup | None, html: dict, error: Exception) -> Message:
    logger.warning("chat %s: editing the placeholder failed (%s); sending the result anew", chat_id, error)
    first = await bot.send_message(chat_id, parts[0], reply_markup=buttons, **html)
    for part in parts[1:]:
        await bot.send_message(chat_id, part, **html)
    await drop_placeholder(bot, chat_id, message_id)
    return first


def _without_thread(options: dict) -> dict:
    return {key: value for key, value in options.items() if key != "message_thread_id"}


async def drop_placeholder(bot: Bot, chat_id: int, message_id: int) -> None:
    """Delete a placeholder the answer could not replace (best effort: if even this
    fails, the answer has been sent below it)."""
    try:
        await bot.delete_message(chat_id, message_id)
    except TelegramError as exc:
        logger.warning("chat %s: could not delete the placeholder: %s", chat_id, exc)


async def edit_text_or_send(bot: Bot, chat_id: int, message_id: int, text: str, *,
                            thread_id: int | None = None) -> None:
    """Put a short plain text (an error) where the placeholder is, or below it."""
    try:
        await bot.edit_message_text(text, chat_id=chat_id, message_id=message_id)
    except BadRequest as exc:
        if "not modified" in exc.message:
            return
        await bot.send_message(chat_id, text, message_thread_id=thread_id)
        await drop_placeholder(bot, chat_id, message_id)
    except (NetworkError, RetryAfter):
        await bot.send_message(chat_id, text, message_thread_id=thread_id)
        await drop_placeholder(bot, chat_id, message_id)


async def send_charts(bot: Bot, chat_id: int, charts: tuple[BarChart | LineChart, ...], analyzer: Analyzer,
                      lang: str, *, thread_id: int | None = None) -> None:
    """Each chart as a photo with a caption, drawn in the analysis worker (matplotlib stays out
    of the bot's process). A chart adds to a text already sent: a group that allows no media
    ("not enough rights to send photos") costs the reader the chart, not an error message."""
    for chart in charts:
        png = await analyzer.run(render_png, chart)
        try:
            await bot.send_photo(chat_id, png, caption=chart_caption(chart, lang), message_thread_id=thread_id)
        except BadRequest as exc:
            logger.warning("chat %s: the chart was refused (%s); the text stands alone", chat_id, exc.message)
            return


@contextlib.asynccontextmanager
async def typing(bot: Bot, chat_id: int, *, thread_id: int | None = None) -> AsyncIterator[None]:
    """Show "typing…" (in forum topic `thread_id`, if any) for as long as the block runs
    (Telegram clears it after ~5 s)."""

    async def keep_typing() -> None:
        while True:
            with contextlib.suppress(BadRequest, Forbidden):
                await bot.send_chat_action(chat_id, ChatAction.TYPING, message_thread_id=thread_id)
            await asyncio.sleep(TYPING_EVERY_S)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
