"""Work accepted but not yet answered survives a crash of the bot.

Telegram has confirmed an update before its analysis runs; if the bot is killed in
the middle, the request would be gone and the placeholder would say "working…"
forever. So the handler records each slow job (chat, message, placeholder, what to
run) in storage's `pending_jobs` before the slow step, and marks it answered after
the reply went out. At start, `recover` runs every job still open and edits its
placeholder into the answer.

The guarantee: every accepted job is answered (or told it failed) at most
`MAX_JOB_ATTEMPTS` runs later. A job is answered once: recovery only edits the
placeholder, and an edit to what it already shows changes nothing. Only if the bot
dies after sending the extra messages of a long (multi-message) answer and before
recording it, do those extra messages arrive a second time.
"""

from __future__ import annotations

import contextlib
import json
import logging
import uuid
from collections.abc import AsyncIterator

from telegram.ext import Application

from bot.core import commands
from bot.core.replies import article_of
from bot.core.requests import Core, Source
from bot.core.service import Service
from bot.langs import text_lang
from bot.render.i18n import error_text
from bot.render.replies import rendered
from bot.telegram.reply import edit_message_into, edit_text_or_send
from storage.jobs import MAX_JOB_ATTEMPTS, PendingJob

logger = logging.getLogger(__name__)


# This run of the bot: jobs it accepts carry this id, and recovery takes only other runs' jobs.
RUN_ID = uuid.uuid4().hex


def job_request(name: str, args: str, source: Source, replied: Source | None, *, group: bool,
                user_id: int | None, language_code: str | None, sees_all_messages: bool) -> str:
    """What to run again after a crash, as JSON (only plain data: no Telegram objects)."""
    def plain(src: Source | None) -> dict | None:
        return None if src is None else {"text": src.text, "links": list(src.links), "message_id": src.message_id,
                                         "title": src.title, "file": src.file, "from_bot": src.from_bot}

    return json.dumps({
        "name": name, "args": args, "source": plain(source), "replied": plain(replied), "group": group,
        "user_id": user_id, "language_code": language_code, "sees_all_messages": sees_all_messages,
    }, ensure_ascii=False)


def _source(data: dict | None) -> Source | None:
    return None if data is None else Source(data["text"], tuple(data["links"]), data["message_id"],
                                            title=data.get("title"), file=bool(data.get("file")),
                                            from_bot=bool(data.get("from_bot")))


async def _no() -> bool:
    return False


@contextlib.asynccontextmanager
async def _already_shown() -> AsyncIterator[None]:
    yield  # the placeholder from before the crash is still there


async def recover(app: Application, core: Core) -> int:
    """Finish every job a crash left open; how many were answered."""
    service: Service = core.service
    answered = 0
    for job in await service.store.unfinished_jobs(not_owner=RUN_ID):
        if not await service.store.claim_job(job.id, job.attempts, owner=RUN_ID):
            if job.attempts >= MAX_JOB_ATTEMPTS:
                logger.error("job %s in chat %s failed %s times; giving up", job.id, job.chat_id, job.attempts)
                await _fail(app, service, job, RuntimeError("gave up"), lang=None)
            continue
        try:
            if await _rerun(app, core, job):
                answered += 1
        except Exception:  # noqa: BLE001 - one bad job must not stop the others
            logger.exception("recovering job %s in chat %s failed", job.id, job.chat_id)
    return answered


async def _rerun(app: Application, core: Core, job: PendingJob) -> bool:
    request = json.loads(job.request)
    chat = await commands.open_chat(
        core.service, job.chat_id, language_code=request["language_code"], group=request["group"],
        written=text_lang(request["args"] or (request["source"] or {}).get("text")),
        user_id=request["user_id"], may_change=_no, busy=_already_shown,
        sees_all_messages=request["sees_all_messages"])
    logger.info("finishing job %s of chat %s after a restart", job.id, job.chat_id)
    try:
        reply = await commands.run(core, chat, request["name"], request["args"],
                                   source=_source(request["source"]), replied=_source(request["replied"]))
    except Exception as exc:  # noqa: BLE001 - the reader is told, the job closed
        logger.exception("job %s failed after a restart", job.id)
        await _fail(app, core.service, job, exc, lang=chat.lang)
        return False
    placeholder = job.placeholder_id
    for part in reply:
        shown = rendered(part, chat.lang)
        if placeholder is not None:
            first = await edit_message_into(app.bot, job.chat_id, placeholder, shown)
            message_id = first.message_id if first is not None else placeholder
            placeholder = None
        else:
            message_id = (await app.bot.send_message(
                job.chat_id, shown.text, parse_mode="HTML" if shown.html else None)).message_id
        if article_of(part) is not None:
            await core.service.remember_message(job.chat_id, message_id, article_of(part))
    if not reply and placeholder is not None:
        await app.bot.delete_message(job.chat_id, placeholder)
    return await core.service.store.finish_job(job.id)


async def _fail(app: Application, service: Service, job: PendingJob, exc: Exception, *, lang: str | None) -> None:
    if job.placeholder_id is not None:
        text = error_text(exc, lang or service.default_lang)
        with contextlib.suppress(Exception):
            await edit_text_or_send(app.bot, job.chat_id, job.placeholder_id, text)
    await service.store.finish_job(job.id, failed=True)
