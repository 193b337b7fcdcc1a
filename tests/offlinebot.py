"""The Bot API answered in process, the way python-telegram-bot's own tests run a Bot offline.

`OfflineRequest` replaces the bot's HTTP connection: it records every call and
answers with a plausible result, so the real Application (handlers, filters,
error handler, job queue) processes real `telegram.Update` objects with no
network and no second process.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "newsbrief", "username": "newsbrief_test_bot",
            "can_join_groups": True, "can_read_all_group_messages": True, "supports_inline_queries": False}


@dataclass
class Call:
    method: str
    params: dict[str, Any]

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def buttons(self) -> list[str]:
        markup = self.params.get("reply_markup") or {}
        if isinstance(markup, str):
            markup = json.loads(markup)
        return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


@dataclass
class OfflineRequest(BaseRequest):
    """Records the bot's calls; `admins` per chat decide getChatMember's answer."""

    calls: list[Call] = field(default_factory=list)
    admins: dict[int, set[int]] = field(default_factory=dict)
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
        name = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        self.calls.append(Call(name, params))
        return 200, json.dumps({"ok": True, "result": self._result(name, params)}).encode()

    def _result(self, name: str, params: dict[str, Any]) -> Any:
        if name == "getMe":
            return BOT_USER
        if name in ("sendMessage", "editMessageText"):
            chat_id = int(params["chat_id"])
            return {"message_id": int(params.get("message_id") or next(self._ids)), "date": 0,
                    "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
                    "from": BOT_USER, "text": params.get("text", "")}
        if name == "getChatMember":
            chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
            status = "administrator" if user_id in self.admins.get(chat_id, set()) else "member"
            member = {"status": status, "user": {"id": user_id, "is_bot": False, "first_name": "u"}}
            if status == "administrator":
                member.update(can_be_edited=False, is_anonymous=False, can_manage_chat=True,
                              can_delete_messages=True, can_manage_video_chats=True,
                              can_restrict_members=True, can_promote_members=False, can_change_info=True,
                              can_invite_users=True, can_post_stories=False, can_edit_stories=False,
                              can_delete_stories=False)
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
_message_ids = itertools.count(1)


def message_update(bot, chat_id: int, text: str, *, user_id: int = 7, language_code: str = "zh",  # noqa: ANN001
                   reply_to: dict | None = None) -> Update:
    """A real Update holding a text message (commands carry their bot_command entity)."""
    chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup", "title": None if chat_id > 0 else "g"}
    message: dict[str, Any] = {
        "message_id": next(_message_ids), "date": 0, "chat": chat, "text": text,
        "from": {"id": user_id, "is_bot": False, "first_name": "u", "language_code": language_code},
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    if reply_to is not None:
        message["reply_to_message"] = reply_to
    return Update.de_json({"update_id": next(_update_ids), "message": message}, bot)


def callback_update(bot, chat_id: int, data: str, *, user_id: int = 7) -> Update:  # noqa: ANN001
    chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
    return Update.de_json({"update_id": next(_update_ids), "callback_query": {
        "id": str(next(_update_ids)), "chat_instance": "c", "data": data,
        "from": {"id": user_id, "is_bot": False, "first_name": "u", "language_code": "zh"},
        "message": {"message_id": next(_message_ids), "date": 0, "chat": chat, "text": "…",
                    "from": BOT_USER},
    }}, bot)
