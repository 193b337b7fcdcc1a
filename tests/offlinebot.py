"""The Bot API answered in process, the way python-telegram-bot's own tests run a Bot offline.

`OfflineRequest` replaces the bot's HTTP connection: it records every call, refuses
what Telegram refuses (invalid HTML, text over 4,096 characters, empty text, …) and
otherwise answers with a plausible result, so the real Application (handlers, filters,
error handler, job queue) processes real `telegram.Update` objects with no
network and no second process.
"""

from __future__ import annotations

import itertools
import json
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

from tests.botharness import ARTICLE_ZH
from tests.fakebotapi import FakeBotAPI, TelegramError, parse_html, utf16_len

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "newsbrief", "username": "newsbrief_test_bot",
            "can_join_groups": True, "can_read_all_group_messages": True, "supports_inline_queries": False}


# What Telegram sends with an "administrator" ChatMember.
ADMIN_RIGHTS = dict(can_be_edited=False, is_anonymous=False, can_manage_chat=True, can_delete_messages=True,
                    can_manage_video_chats=True, can_restrict_members=True, can_promote_members=False,
                    can_change_info=True, can_invite_users=True, can_post_stories=False, can_edit_stories=False,
                    can_delete_stories=False)


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    result: Any = None
    error: str | None = None  # Telegram's refusal ("Bad Request: ..."), as the bot was told

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def keyboard(self) -> list[dict[str, str]]:
        """The inline buttons, each with its "text" and "callback_data"."""
        markup = self.params.get("reply_markup") or {}
        if isinstance(markup, str):
            markup = json.loads(markup)
        return [b for row in markup.get("inline_keyboard", []) for b in row]

    @property
    def buttons(self) -> list[str]:
        return [b["callback_data"] for b in self.keyboard]


def refuse(name: str, params: dict[str, Any]) -> None:
    """Raise what Telegram answers to a call it refuses: text that is empty, too long or
    not valid HTML for its parse mode, a caption over 1,024 characters, a button whose
    data is over 64 bytes, a callback answer over 200 characters."""
    if name in ("sendMessage", "editMessageText"):
        FakeBotAPI._check_text(params)
    caption = params.get("caption")
    if caption and utf16_len(parse_html(caption) if params.get("parse_mode") == "HTML" else caption) > 1024:
        raise TelegramError(400, "Bad Request: message caption is too long")
    if name == "answerCallbackQuery" and len(params.get("text") or "") > 200:
        raise TelegramError(400, "Bad Request: message is too long")
    markup = params.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if not button.get("text"):
                raise TelegramError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
            if len(str(button.get("callback_data", "")).encode()) > 64:
                raise TelegramError(400, "Bad Request: BUTTON_DATA_INVALID")


@dataclass
class OfflineRequest(BaseRequest):
    """Records the bot's calls; `admins` per chat decide getChatMember's answer;
    `privacy_mode` is what BotFather's /setprivacy says (getMe's can_read_all_group_messages)."""

    calls: list[Call] = field(default_factory=list)
    admins: dict[int, set[int]] = field(default_factory=dict)
    privacy_mode: bool = False
    files: dict[str, bytes] = field(default_factory=dict)  # file_id -> the bytes getFile serves
    # chat id (or (method, chat id)) -> (code, description[, parameters]): every sendMessage (or
    # that method) to that chat is refused so, as Telegram refuses a bot that may no longer post
    # there ("not enough rights", "chat not found") or a group that became a supergroup
    # ({"migrate_to_chat_id": …}).
    refusing: dict[int | tuple[str, int], tuple] = field(default_factory=dict)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1000))

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    @property
    def read_timeout(self) -> float:
        return 5.0

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         **timeouts: Any) -> tuple[int, bytes]:
        if "/file/bot" in url:  # a download of a file getFile pointed to
            file_id = url.rsplit("/", 1)[-1]
            self.calls.append(Call("download", {"file_id": file_id}))
            return (200, self.files[file_id]) if file_id in self.files else (404, b"Not Found")
        name = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        try:
            refuse(name, params)
            chat = int(params.get("chat_id", 0) or 0)
            refusal = self.refusing.get((name, chat)) or (self.refusing.get(chat) if name == "sendMessage" else None)
            if refusal is not None:
                raise TelegramError(*refusal)
        except TelegramError as exc:
            self.calls.append(Call(name, params, None, error=exc.description))
            answer = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.parameters:  # migrate_to_chat_id, retry_after
                answer["parameters"] = exc.parameters
            return exc.code, json.dumps(answer).encode()
        result = self._result(name, params)
        self.calls.append(Call(name, params, result))
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _result(self, name: str, params: dict[str, Any]) -> Any:
        if name == "getMe":
            return {**BOT_USER, "can_read_all_group_messages": not self.privacy_mode}
        if name in ("sendMessage", "editMessageText"):
            chat_id = int(params["chat_id"])
            return {"message_id": int(params.get("message_id") or next(self._ids)), "date": 0,
                    "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
                    "from": BOT_USER, "text": params.get("text", "")}
        if name == "sendPhoto":  # a photo message, its caption kept (the file itself is not)
            chat_id = int(params["chat_id"])
            return {"message_id": next(self._ids), "date": 0,
                    "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
                    "from": BOT_USER, "caption": params.get("caption", ""),
                    "photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]}
        if name == "getFile":
            file_id = str(params["file_id"])
            if file_id not in self.files:
                return {"file_id": file_id, "file_unique_id": file_id}
            return {"file_id": file_id, "file_unique_id": file_id, "file_size": len(self.files[file_id]),
                    "file_path": f"documents/{file_id}"}
        if name == "getChatMember":
            chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
            status = "administrator" if user_id in self.admins.get(chat_id, set()) else "member"
            member = {"status": status, "user": {"id": user_id, "is_bot": False, "first_name": "u"}}
            if status == "administrator":
                member.update(ADMIN_RIGHTS)
            return member
        return True

    def of(self, method: str, chat_id: int | None = None, *, after: int = 0) -> list[Call]:
        return [c for c in self.calls[after:] if c.method == method
                and (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)]

    def replies(self, chat_id: int, *, after: int = 0) -> list[Call]:
        """What the chat was shown: new messages and edits, in order."""
        return [c for c in self.calls[after:] if c.method in ("sendMessage", "editMessageText")
                and int(c.params.get("chat_id", 0)) == chat_id]


_update_ids = itertools.count(1)
_message_ids = itertools.count(1_000_000)  # apart from the bot's own message ids


def _chat(chat_id: int) -> dict[str, Any]:
    return {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup", "title": None if chat_id > 0 else "g"}


def _user(user_id: int, language_code: str | None) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": "u", "language_code": language_code}


def message_update(bot, chat_id: int, text: str | None, *, user_id: int = 7,
                   language_code: str | None = "zh", reply_to: dict | None = None,
                   entities: list[dict] | None = None, extra: dict | None = None) -> Update:
    """A real Update holding a message; a command carries its bot_command entity unless
    `entities` are given; `extra` adds fields (a photo and caption, a forward origin)."""
    message: dict[str, Any] = {
        "message_id": next(_message_ids), "date": 0, "chat": _chat(chat_id),
        "from": _user(user_id, language_code),
    }
    if text is not None:
        message["text"] = text
    if entities is not None:
        message["entities"] = entities
    elif text is not None and text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    if reply_to is not None:
        message["reply_to_message"] = reply_to
    message.update(extra or {})
    return Update.de_json({"update_id": next(_update_ids), "message": message}, bot)


def bot_message(chat_id: int, message_id: int, text: str = "…") -> dict[str, Any]:
    """A message the bot sent, as it comes back inside a reply or a button press."""
    return {"message_id": message_id, "date": 0, "chat": _chat(chat_id), "text": text, "from": BOT_USER}


def callback_update(bot, chat_id: int, data: str, *, user_id: int = 7,
                    message_id: int | None = None) -> Update:
    """A button press on the bot's message `message_id` (a fresh one when None)."""
    return Update.de_json({"update_id": next(_update_ids), "callback_query": {
        "id": str(next(_update_ids)), "chat_instance": "c", "data": data,
        "from": _user(user_id, "zh"),
        "message": bot_message(chat_id, message_id if message_id is not None else next(_message_ids)),
    }}, bot)


def member_update(bot, chat_id: int, status: str, *, by_user: int = 1000, old_status: str | None = None) -> Update:
    """A my_chat_member update: the bot's status in `chat_id` became `status` (from
    `old_status`: by default "left" for a join, else "member")."""
    def member(status: str) -> dict[str, Any]:
        fields: dict[str, Any] = {"status": status, "user": BOT_USER}
        if status == "kicked":
            fields["until_date"] = 0
        if status == "administrator":
            fields.update(ADMIN_RIGHTS)
        return fields

    old_status = old_status or ("left" if status in ("member", "administrator") else "member")
    return Update.de_json({"update_id": next(_update_ids), "my_chat_member": {
        "chat": _chat(chat_id), "from": _user(by_user, "zh"), "date": 0,
        "old_chat_member": member(old_status), "new_chat_member": member(status),
    }}, bot)


class OfflineBot:
    """The real Application over an `OfflineRequest`: each update is processed to the end
    before the call returns, so a test reads the replies right after it."""

    def __init__(self, app, api: OfflineRequest, db_path: Path) -> None:
        self.app = app
        self.api = api
        self.db_path = db_path

    def mark(self) -> int:
        return len(self.api.calls)

    async def send(self, chat_id: int, text: str | None = None, *, user_id: int | None = None,
                   language_code: str | None = "zh-hans", reply_to: int | dict | None = None,
                   **kwargs: Any) -> dict[str, Any]:
        """A message from `user_id` (the chat's own user in a private chat); `reply_to` is
        the id of the bot's message it answers, or another message (as `send` returned it).
        Returns the message."""
        user_id = user_id if user_id is not None else (chat_id if chat_id > 0 else 1000)
        replied = bot_message(chat_id, reply_to) if isinstance(reply_to, int) else reply_to
        update = message_update(self.app.bot, chat_id, text, user_id=user_id, language_code=language_code,
                                reply_to=replied, **kwargs)
        await self.app.process_update(update)
        return update.message.to_dict()

    async def press(self, chat_id: int, message_id: int, data: str, *, user_id: int | None = None) -> None:
        user_id = user_id if user_id is not None else (chat_id if chat_id > 0 else 1000)
        await self.app.process_update(
            callback_update(self.app.bot, chat_id, data, user_id=user_id, message_id=message_id))

    async def member_update(self, chat_id: int, status: str, *, old_status: str | None = None) -> None:
        await self.app.process_update(member_update(self.app.bot, chat_id, status, old_status=old_status))

    def replies(self, chat_id: int, *, after: int = 0) -> list[Call]:
        return self.api.replies(chat_id, after=after)

    async def say(self, chat_id: int, text: str, language_code: str = "en") -> list[str]:
        """Send `text` as the chat's user; the texts the bot answered with, placeholders left out."""
        mark = self.mark()
        await self.send(chat_id, text, language_code=language_code)
        return [c.text for c in self.replies(chat_id, after=mark) if not c.text.startswith("⏳")]

    def reply(self, chat_id: int, *, after: int) -> Call:
        """The final text shown: the first new message that is not a placeholder, else the
        first edit (of the placeholder)."""
        shown = [c for c in self.api.of("sendMessage", chat_id, after=after) if not c.text.startswith("⏳")]
        shown += self.api.of("editMessageText", chat_id, after=after)
        assert shown, f"no reply in chat {chat_id}: {[(c.method, c.text[:60]) for c in self.api.calls[after:]]}"
        return shown[0]

    def db_row(self, sql: str, *params: Any) -> tuple | None:
        with sqlite3.connect(self.db_path) as conn:
            return conn.execute(sql, params).fetchone()


async def shown_texts(bot: OfflineBot, chat_id: int, text: str | None, *, lang: str = "en", **kwargs: Any) -> list[str]:
    """What the chat was shown for one message (`kwargs` as `OfflineBot.send` takes them), placeholders left out."""
    mark = bot.mark()
    await bot.send(chat_id, text, language_code=lang, **kwargs)
    return [c.text for c in bot.replies(chat_id, after=mark) if not c.text.startswith("⏳")]


def errors_logged(caplog) -> list[str]:
    """The messages logged at ERROR or above (`caplog` is pytest's fixture)."""
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


async def summarize_text(bot: OfflineBot, chat_id: int, text: str = ARTICLE_ZH, **kwargs: Any) -> Call:
    """The final reply to one message (by default a Chinese article to summarize), as `OfflineBot.reply` reads it."""
    mark = bot.mark()
    await bot.send(chat_id, text, **kwargs)
    return bot.reply(chat_id, after=mark)
