"""Sending a command's reply, and sending it later when Telegram's flood wait outlasts the
rate limiter's retries, across a restart too.

In a busy group Telegram may answer 429 ("retry after N") to every send for a while.
`AIORateLimiter` waits and retries a few times; past that, what is left of the reply is
kept in SQLite (`storage.held`, one row per Telegram message) and sent after Telegram's
wait, a few times at most. A reply held only in memory was lost when the bot restarted
during the wait; now the next start sends what is held, once, in order. While a chat has
messages held, a new reply there joins the end of its queue, so replies keep their order.
The parts already sent are not sent twice.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta

from telegram import Message, ReplyParameters, Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, RetryAfter, TelegramError
from telegram.ext import Application, ContextTypes

from bot.core.replies import Part, Reply, article_of
from bot.core.requests import Chat
from bot.render import text as render
from bot.render.chart_json import chart_from_json, chart_to_json
from bot.render.charts import chart_caption, render_png
from bot.render.replies import Rendered, rendered
from bot.telegram.reply import edit_into, edit_message_into, markup, send_charts, send_reply, thread_of
from storage.held import HeldMessage

logger = logging.getLogger(__name__)

# Sends of what is left of one reply after a flood wait, each after Telegram's own wait;
# past them the reply is given up (logged).
LATER_ATTEMPTS = 5
# Added to Telegram's wait, so the limiter's own pause is over first.
LATER_MARGIN_S = 1.0


def wait_of(error: RetryAfter) -> float:
    """Telegram's wait in seconds (PTB gives an int or a timedelta)."""
    wait = error.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)


def _held_chats(app: Application) -> set[int]:
    """Chats with messages held (kept in step with the table, so a send need not read it)."""
    return app.bot_data.setdefault("held_chats", set())


async def send(update: Update, context: ContextTypes.DEFAULT_TYPE, chat: Chat, reply: Reply, *,
               placeholder: Message | None = None, done: Callable[[], Awaitable[None]] | None = None) -> None:
    """Send each part of `reply` (the first into `placeholder`, if there is one), in the
    message's forum topic if it has one; then `done`. A flood wait past the limiter's
    retries holds the parts not yet sent in storage, to go out after it (`done` once they
    are held: from then on the held rows carry the reply, not the pending job)."""
    message = update.effective_message
    thread_id = thread_of(message)
    service = context.bot_data["service"]
    app = context.application
    for index, part in enumerate(reply):
        shown = rendered(part, chat.lang)
        try:
            if chat.id in _held_chats(app):  # earlier replies wait for the flood: this one goes after them
                raise RetryAfter(0)
            if placeholder is not None:
                first = await edit_into(placeholder, shown, context.bot, chat.id, thread_id=thread_id)
            else:
                first = await send_reply(message, shown)
        except RetryAfter as exc:
            rest = [(p, rendered(p, chat.lang)) for p in reply[index:]]
            await hold(app, chat.id, rest, exc, placeholder_id=placeholder.message_id if placeholder else None,
                       reply_to=message.message_id if message else None, thread_id=thread_id, lang=chat.lang)
            break
        placeholder = None
        if article_of(part) is not None:
            await service.remember_message(chat.id, first.message_id, article_of(part))
        if shown.charts and not await send_or_hold_charts(
                app, chat.id, shown.charts, chat.lang, thread_id=thread_id,
                then=[(p, rendered(p, chat.lang)) for p in reply[index + 1:]]):
            break  # the flood came at a chart: it and what follows are held
    if done is not None:
        await done()


async def send_or_hold_charts(app: Application, chat_id: int, charts: tuple, lang: str, *,
                              thread_id: int | None, then: list[tuple[Part, Rendered]] = ()) -> bool:
    """Send `charts` (one photo each); a flood wait at one holds it, the charts after it and
    the parts `then` (the rest of the reply), in order; False when so held. A chart used to be
    dropped by a flood (or the flood raised past it, the reply's later parts lost with it)."""
    for number, chart in enumerate(charts):
        try:
            if chat_id in _held_chats(app):
                raise RetryAfter(0)
            await send_charts(app.bot, chat_id, (chart,), app.bot_data["service"].analyzer, lang, thread_id=thread_id)
        except RetryAfter as exc:
            messages = chart_messages(charts[number:], lang, thread_id=thread_id) + held_messages_of(
                list(then), placeholder_id=None, reply_to=None, thread_id=thread_id, lang=lang)
            await _hold_messages(app, chat_id, messages, exc)
            return False
    return True


def chart_messages(charts: tuple, lang: str, *, thread_id: int | None) -> list[HeldMessage]:
    """Charts as held messages: the caption as the text, the chart's data to draw when sent."""
    return [HeldMessage(0, 0, chart_caption(chart, lang), False, thread_id=thread_id, chart=chart_to_json(chart))
            for chart in charts]


def held_messages_of(parts: list[tuple[Part, Rendered]], *, placeholder_id: int | None, reply_to: int | None,
                     thread_id: int | None, lang: str) -> list[HeldMessage]:
    """The Telegram messages of `parts`, as they would have been sent: the first edited into
    the placeholder, each part's first message quoting the reader's, buttons on a part that
    fits one message, a part's charts after its text (drawn when sent)."""
    held: list[HeldMessage] = []
    for part, shown in parts:
        texts = render.messages(shown.text) if shown.html else [shown.text]
        buttons = tuple(tuple((b.label, b.data) for b in row) for row in shown.buttons or ()) if len(texts) == 1 else ()
        article_id = article_of(part)
        for n, text in enumerate(texts):
            first = n == 0
            held.append(HeldMessage(
                0, 0, text, shown.html, buttons if first else (),
                placeholder_id=placeholder_id if first and not held else None,
                reply_to=reply_to if first else None, thread_id=thread_id, article_id=article_id if first else None))
        held.extend(chart_messages(shown.charts, lang, thread_id=thread_id))
    return held


async def hold(app: Application, chat_id: int, parts: list[tuple[Part, Rendered]], error: RetryAfter, *,
               placeholder_id: int | None, reply_to: int | None, thread_id: int | None, lang: str) -> None:
    """Keep `parts` in storage and have them sent after Telegram's wait."""
    messages = held_messages_of(parts, placeholder_id=placeholder_id, reply_to=reply_to, thread_id=thread_id,
                                lang=lang)
    await _hold_messages(app, chat_id, messages, error)


async def _hold_messages(app: Application, chat_id: int, messages: list[HeldMessage], error: RetryAfter) -> None:
    store = app.bot_data["service"].store
    delay = wait_of(error) + LATER_MARGIN_S
    await store.hold_messages(chat_id, messages, due_at=store.now() + timedelta(seconds=delay))
    if chat_id not in _held_chats(app):
        logger.warning("chat %s: flood-limited by Telegram past the retries (%s); the reply goes out in %.0f s",
                       chat_id, error.message, delay)
    _held_chats(app).add(chat_id)
    _schedule(app, chat_id, delay)


def _schedule(app: Application, chat_id: int, delay: float) -> None:
    name = f"flood-{chat_id}"
    if app.job_queue is None or app.job_queue.get_jobs_by_name(name):
        return  # (no job queue: the next start sends what is held)

    async def run(_: ContextTypes.DEFAULT_TYPE) -> None:
        await deliver_held(app, chat_id)

    app.job_queue.run_once(run, when=max(0.0, delay), name=name)


async def resume_held(app: Application) -> int:
    """At start: schedule every chat's held messages for when Telegram's wait is over (at
    once if it is); how many chats."""
    store = app.bot_data["service"].store
    due: dict[int, float] = {}
    for held in await store.held_messages():
        if held.chat_id not in due:
            due[held.chat_id] = max(0.0, (held.due_at - store.now()).total_seconds())
    for chat_id, delay in due.items():
        _held_chats(app).add(chat_id)
        _schedule(app, chat_id, delay)
    if due:
        logger.info("replies held by a flood wait in %d chat(s): sending them", len(due))
    return len(due)


async def deliver_held(app: Application, chat_id: int) -> None:
    """Send the chat's held messages, oldest first, each deleted once sent (and those held
    while this runs, after them). Another flood wait postpones the rest (given up after
    `LATER_ATTEMPTS`); a message Telegram refuses otherwise is dropped with a warning (all of
    the chat's when the bot may no longer post there)."""
    store = app.bot_data["service"].store
    while batch := await store.held_messages(chat_id):
        for held in batch:
            if not await _deliver_one(app, held):
                if await store.held_messages(chat_id):
                    return  # postponed: the chat stays held, its job scheduled
                break
    _held_chats(app).discard(chat_id)


async def _deliver_one(app: Application, held: HeldMessage) -> bool:
    """Send one held message; False when the chat's queue stops here (postponed or dropped)."""
    service = app.bot_data["service"]
    store, chat_id = service.store, held.chat_id
    try:
        sent = await _send_held(app, held)
    except RetryAfter as exc:
        delay = wait_of(exc) + LATER_MARGIN_S
        attempts = await store.postpone_held(chat_id, due_at=store.now() + timedelta(seconds=delay))
        if attempts < LATER_ATTEMPTS:
            _schedule(app, chat_id, delay)
            return False
        logger.warning("chat %s: still flood-limited by Telegram (%s) after %d later sends; reply given up",
                       chat_id, exc.message, attempts)
        await store.settle_held(chat_id=chat_id)
        return False
    except Forbidden as exc:
        logger.warning("chat %s: held replies dropped, the bot may not post there (%s)", chat_id, exc.message)
        await store.settle_held(chat_id=chat_id)
        return False
    except TelegramError as exc:
        logger.warning("chat %s: a held message was refused (%s); dropped", chat_id, exc.message)
        sent = None
    if sent is not None and held.article_id is not None:
        await service.remember_message(chat_id, sent.message_id, held.article_id)
    await store.settle_held(held.id)
    return True


async def _send_held(app: Application, held: HeldMessage) -> Message | None:
    if held.chart is not None:
        png = await app.bot_data["service"].analyzer.run(render_png, chart_from_json(held.chart))
        return await app.bot.send_photo(held.chat_id, png, caption=held.text, message_thread_id=held.thread_id)
    buttons = [[render.Button(label, data) for label, data in row] for row in held.buttons] or None
    if held.placeholder_id is not None:
        shown = Rendered(held.text, html=held.html, buttons=buttons)
        return await edit_message_into(app.bot, held.chat_id, held.placeholder_id, shown, thread_id=held.thread_id)
    quoted = ReplyParameters(held.reply_to, allow_sending_without_reply=True) if held.reply_to else None
    html = {"parse_mode": ParseMode.HTML, "disable_web_page_preview": True} if held.html else {}
    return await app.bot.send_message(held.chat_id, held.text, reply_markup=markup(buttons),
                                      message_thread_id=held.thread_id, reply_parameters=quoted, **html)
