"""Sending a rendered reply through Telegram: split to its limit, with buttons, or edited in place."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, Forbidden

from bot.core.analyzer import Analyzer
from bot.render import text as render
from bot.render.charts import BarChart, LineChart, chart_caption, render_png
from bot.render.replies import Rendered

TYPING_EVERY_S = 4.5


def markup(rows: list[list[render.Button]] | None) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
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


async def send_reply(message: Message, shown: Rendered) -> Message:
    """One rendered part in reply to `message`; buttons only on a reply that fits one message."""
    if not shown.html:
        return await message.reply_text(shown.text, reply_markup=markup(shown.buttons))
    single = len(render.messages(shown.text)) == 1
    if single and shown.buttons:
        return await reply_html(message, shown.text, reply_markup=markup(shown.buttons))
    return await reply_html(message, shown.text)


async def edit_into(placeholder: Message, shown: Rendered, bot: Bot, chat_id: int) -> Message:
    """Edit the "working…" placeholder into the first message of `shown`; send the rest."""
    if not shown.html:
        await placeholder.edit_text(shown.text, reply_markup=markup(shown.buttons))
        return placeholder
    parts = render.messages(shown.text)
    buttons = markup(shown.buttons) if len(parts) == 1 else None
    edited = await placeholder.edit_text(
        parts[0], parse_mode=ParseMode.HTML, reply_markup=buttons, disable_web_page_preview=True
    )
    for part in parts[1:]:
        await bot.send_message(chat_id, part, parse_mode=ParseMode.HTML, disable_web_page_preview=True)
    return edited if isinstance(edited, Message) else placeholder


async def send_charts(bot: Bot, chat_id: int, charts: tuple[BarChart | LineChart, ...], analyzer: Analyzer,
                      lang: str) -> None:
    """Each chart as a photo with a caption, drawn in the analysis worker (matplotlib stays out
    of the bot's process)."""
    for chart in charts:
        png = await analyzer.run(render_png, chart)
        await bot.send_photo(chat_id, png, caption=chart_caption(chart, lang))


@contextlib.asynccontextmanager
async def typing(bot: Bot, chat_id: int) -> AsyncIterator[None]:
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
