"""A fake Telegram Bot API server for end-to-end tests (aiohttp on 127.0.0.1).

It speaks the real wire format closely enough for python-telegram-bot to run
unmodified against it (`TELEGRAM_API_BASE_URL=http://127.0.0.1:PORT/bot`):

- request bodies form-encoded with JSON-encoded values (as PTB sends them) or JSON;
- `{"ok": true, "result": ...}` answers, or `{"ok": false, "error_code", "description"}`
  with the HTTP status Telegram uses (400, 403, 404, 429 + `parameters.retry_after`);
- getUpdates long polling with offset confirmation (409 while a webhook is set);
- setWebhook/deleteWebhook, and `deliver()` to POST an update to the bot's webhook
  with the secret token header, as Telegram does.

It validates outgoing text like Telegram does: HTML entities ("Bad Request: can't parse
entities: ..."), the 4096-character limit counted after entity parsing, "message is
not modified", 403 for chats the bot was removed from. Every call is recorded for
assertions; tests push updates with `push()` and the `*_update` helpers.

The server runs its own event loop in a thread so synchronous tests can drive it.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from aiohttp import web

TEXT_LIMIT = 4096
# How long the tests wait for the bot (every wait_* here and in tests/botharness.py).
# Generous on purpose: a wait returns as soon as the call arrives, so only a failing
# test ever waits this long, and a loaded 2-core machine no longer flakes. Raise it
# with NEWSBRIEF_TEST_WAIT=seconds on slower machines.
WAIT_TIMEOUT = float(os.environ.get("NEWSBRIEF_TEST_WAIT") or 60)
ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "tg-spoiler", "span", "blockquote", "tg-emoji",
}
_JSON_FIELDS = {
    "reply_markup", "reply_parameters", "link_preview_options", "entities", "commands",
    "scope", "allowed_updates", "caption_entities",
}
_INT_FIELDS = {"message_id", "offset", "limit", "timeout", "user_id", "cache_time", "message_thread_id",
               "max_connections"}
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_BOOL_FIELDS = {
    "disable_notification", "drop_pending_updates", "show_alert", "protect_content",
    "allow_sending_without_reply", "disable_web_page_preview",
}


class TelegramError(Exception):
    """An error answer: HTTP status, description and optional parameters."""

    def __init__(self, code: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


@dataclass
class Call:
    """One request the bot made: method name, decoded parameters, and what it got back."""

    method: str
    params: dict[str, Any]
    at: float
    ok: bool = True
    result: Any = None
    error: str | None = None

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def buttons(self) -> list[dict]:
        markup = self.params.get("reply_markup") or {}
        return [b for row in markup.get("inline_keyboard", []) for b in row]


def parse_html(text: str) -> str:
    """Parse Telegram HTML; return the visible text or raise TelegramError like Telegram."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    raw = text
    while i < len(raw):
        ch = raw[i]
        if ch == "<":
            end = raw.find(">", i)
            if end < 0:
                raise _entities_error(f"Unclosed start tag at byte offset {_offset(raw, i)}")
            body = raw[i + 1:end]
            match = re.match(r"^(/?)([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*)?$", body)
            if not match:
                raise _entities_error(
                    f"Unsupported start tag \"{body[:20]}\" at byte offset {_offset(raw, i)}"
                )
            closing, name = match.group(1), match.group(2).lower()
            if closing:
                if not stack:
                    raise _entities_error(f"Unexpected end tag at byte offset {_offset(raw, i)}")
                if stack[-1] != name:
                    raise _entities_error(
                        f"Unmatched end tag at byte offset {_offset(raw, i)}, expected "
                        f"\"</{stack[-1]}>\", found \"</{name}>\""
                    )
                stack.pop()
            else:
                if name not in ALLOWED_TAGS:
                    raise _entities_error(
                        f"Unsupported start tag \"{name}\" at byte offset {_offset(raw, i)}"
                    )
                stack.append(name)
            i = end + 1
        elif ch == "&":
            match = re.match(r"&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});", raw[i:])
            if not match:
                raise _entities_error(
                    f"Unsupported HTML entity at byte offset {_offset(raw, i)}"
                )
            entity = match.group(1)
            out.append({"lt": "<", "gt": ">", "amp": "&", "quot": '"'}.get(entity) or (
                chr(int(entity[2:], 16)) if entity.startswith("#x") else chr(int(entity[1:]))
            ))
            i += len(match.group(0))
        elif ch == ">":
            # Telegram tolerates a bare ">" but we hold our own output to escaping it.
            raise _entities_error(f"Unexpected \">\" at byte offset {_offset(raw, i)}")
        else:
            out.append(ch)
            i += 1
    if stack:
        raise _entities_error(f"Can't find end tag corresponding to start tag \"{stack[-1]}\"")
    return "".join(out)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _entities_error(detail: str) -> TelegramError:
    return TelegramError(400, f"Bad Request: can't parse entities: {detail}")


@dataclass
class _Chat:
    data: dict[str, Any]
    kicked: bool = False
    admins: set[int] = field(default_factory=set)
    creator: int | None = None


class FakeBotAPI:
    """The server plus the test-facing controls. Use as a context manager or start()/stop()."""

    def __init__(
        self,
        *,
        token: str = "123456:TEST-token",
        username: str = "newsbrief_test_bot",
        can_read_all_group_messages: bool = False,
    ) -> None:
        self.token = token
        self.bot_user = {
            "id": int(token.split(":")[0]),
            "is_bot": True,
            "first_name": "newsbrief",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": can_read_all_group_messages,
            "supports_inline_queries": False,
        }
        self.calls: list[Call] = []
        # getUpdates requests as they arrive: a call is recorded when it is answered, and a
        # long poll is answered only at its timeout.
        self.polls_started = 0
        self._cond = threading.Condition()
        self._updates: list[dict] = []
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count] = {}
        self._messages: dict[tuple[int, int], dict] = {}
        self._chats: dict[int, _Chat] = {}
        self._throttle: dict[str, list[int]] = {}  # method -> [remaining, retry_after]
        self._failures: dict[str, list] = {}  # method -> [remaining, status, description]
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._new_update: asyncio.Event | None = None
        self.port = 0
        # setWebhook's parameters while a webhook is set (url, secret_token, ...), else {}.
        self.webhook: dict[str, Any] = {}

    # ---- lifecycle -------------------------------------------------------------------

    def start(self) -> FakeBotAPI:
        started = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(started,), daemon=True)
        self._thread.start()
        if not started.wait(10):
            raise RuntimeError("fake Bot API did not start")
        return self

    def stop(self) -> None:
        if self._loop and self._runner:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread:
            self._thread.join(10)

    def __enter__(self) -> FakeBotAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def _serve(self, started: threading.Event) -> None:
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        self._new_update = asyncio.Event()
        app = web.Application(client_max_size=20 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        started.set()
        self._loop.run_forever()

    # ---- test controls ---------------------------------------------------------------

    def push(self, update: dict) -> dict:
        """Queue one update (an `update_id` is added) for the bot's next getUpdates."""
        update = {"update_id": next(self._update_ids), **update}
        assert self._loop is not None

        def add() -> None:
            self._updates.append(update)
            assert self._new_update is not None
            self._new_update.set()

        self._loop.call_soon_threadsafe(add)
        return update

    def push_raw(self, update: dict) -> None:
        """Queue an update exactly as given (for malformed-update tests)."""
        assert self._loop is not None

        def add() -> None:
            self._updates.append(update)
            assert self._new_update is not None
            self._new_update.set()

        self._loop.call_soon_threadsafe(add)

    def deliver(self, update: dict, *, secret: str | None = None, timeout: float = 15.0) -> int:
        """POST one update to the webhook like Telegram does; return the HTTP status.

        The secret header is the one given to setWebhook unless `secret` overrides it
        ("" sends none).
        """
        import urllib.error
        import urllib.request

        assert self.webhook.get("url"), "the bot has not called setWebhook"
        update = {"update_id": next(self._update_ids), **update}
        secret = self.webhook.get("secret_token", "") if secret is None else secret
        headers = {"Content-Type": "application/json"}
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        request = urllib.request.Request(self.webhook["url"], data=json.dumps(update).encode(),
                                         headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status
        except urllib.error.HTTPError as exc:
            return exc.code

    def next_update_id(self) -> int:
        return next(self._update_ids)

    def chat(self, chat_id: int, *, type: str | None = None, title: str | None = None) -> dict:
        """The chat object for `chat_id`, created on first use (negative ids are groups)."""
        known = self._chats.get(chat_id)
        if known is None:
            kind = type or ("private" if chat_id > 0 else "supergroup")
            data: dict[str, Any] = {"id": chat_id, "type": kind}
            if kind == "private":
                data["first_name"] = f"User{chat_id}"
            else:
                data["title"] = title or f"Group {chat_id}"
            known = self._chats[chat_id] = _Chat(data)
        return known.data

    def set_admins(self, chat_id: int, *user_ids: int, creator: int | None = None) -> None:
        self.chat(chat_id)
        self._chats[chat_id].admins = set(user_ids)
        self._chats[chat_id].creator = creator

    def kick(self, chat_id: int, kicked: bool = True) -> None:
        """From now on, sends to this chat fail with 403 as after the bot was removed."""
        self.chat(chat_id)
        self._chats[chat_id].kicked = kicked

    def throttle(self, method: str, *, times: int = 1, retry_after: int = 1) -> None:
        """Answer the next `times` calls of `method` with 429 and `retry_after`."""
        self._throttle[method] = [times, retry_after]

    def fail(self, method: str, status: int, description: str, *, times: int = 1) -> None:
        """Answer the next `times` calls of `method` with this error (e.g. 400, "Bad Request: ...")."""
        self._failures[method] = [times, status, description]

    @staticmethod
    def user(user_id: int, *, language_code: str | None = "zh-hans") -> dict:
        user = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
        if language_code:
            user["language_code"] = language_code
        return user

    def message(
        self,
        chat_id: int,
        text: str | None = None,
        *,
        user_id: int | None = None,
        language_code: str | None = "zh-hans",
        reply_to: int | None = None,
        entities: list[dict] | None = None,
        extra: dict | None = None,
    ) -> dict:
        """A user's message (stored, so later replies and callbacks can refer to it)."""
        user_id = user_id if user_id is not None else (chat_id if chat_id > 0 else 1000)
        msg: dict[str, Any] = {
            "message_id": self._next_message_id(chat_id),
            "date": int(time.time()),
            "chat": self.chat(chat_id),
            "from": self.user(user_id, language_code=language_code),
        }
        if text is not None:
            msg["text"] = text
        if entities:
            msg["entities"] = entities
        if reply_to is not None:
            msg["reply_to_message"] = self._messages[(chat_id, reply_to)]
        if extra:
            msg.update(extra)
        self._messages[(chat_id, msg["message_id"])] = msg
        return msg

    def send_text(self, chat_id: int, text: str | None = None, **kwargs: Any) -> dict:
        """Push a message update; return the message."""
        msg = self.message(chat_id, text, **kwargs)
        self.push({"message": msg})
        return msg

    def command(self, chat_id: int, command: str, **kwargs: Any) -> dict:
        """Push a command message with its bot_command entity."""
        name = command.split()[0]
        entities = [{"type": "bot_command", "offset": 0, "length": utf16_len(name)}]
        return self.send_text(chat_id, command, entities=entities, **kwargs)

    def press(self, chat_id: int, message_id: int, data: str, *, user_id: int | None = None,
              language_code: str | None = "zh-hans") -> dict:
        """Push a callback query as if `user_id` pressed a button on a bot message."""
        user_id = user_id if user_id is not None else (chat_id if chat_id > 0 else 1000)
        query = {
            "id": str(next(self._update_ids) * 7919),
            "from": self.user(user_id, language_code=language_code),
            "chat_instance": str(chat_id),
            "data": data,
            "message": self._messages[(chat_id, message_id)],
        }
        return self.push({"callback_query": query})

    def member_update(self, chat_id: int, status: str, *, by_user: int = 1000) -> dict:
        """Push a my_chat_member update: the bot's status in `chat_id` became `status`."""
        new = {"status": status, "user": self.bot_user}
        if status == "kicked":
            new["until_date"] = 0
        old_status = "left" if status in ("member", "administrator") else "member"
        return self.push({"my_chat_member": {
            "chat": self.chat(chat_id),
            "from": self.user(by_user),
            "date": int(time.time()),
            "old_chat_member": {"status": old_status, "user": self.bot_user},
            "new_chat_member": new,
        }})

    def bot_message(self, chat_id: int, message_id: int) -> dict:
        return self._messages[(chat_id, message_id)]

    # ---- assertions ------------------------------------------------------------------

    def bot_texts(self, chat_id: int) -> list[str]:
        """The plain text of every message of the bot's still in `chat_id`, as now shown
        (after edits and deletions), oldest first."""
        return [m["text"] for (chat, _), m in sorted(self._messages.items())
                if chat == chat_id and m.get("from", {}).get("id") == self.bot_user["id"]]

    def mark(self) -> int:
        """The number of calls so far: pass as `after` to wait only for newer calls."""
        with self._cond:
            return len(self.calls)

    def calls_of(self, method: str, *, after: int = 0, chat_id: int | None = None) -> list[Call]:
        with self._cond:
            return [
                c for c in self.calls[after:]
                if c.method == method and (chat_id is None or c.chat_id == chat_id)
            ]

    def wait_polling(self, since: int, timeout: float | None = None) -> None:
        """Block until a getUpdates request arrives after `since` (a value of `polls_started`):
        the bot asks for updates, so it is ready."""
        timeout = WAIT_TIMEOUT if timeout is None else timeout
        with self._cond:
            if not self._cond.wait_for(lambda: self.polls_started > since, timeout):
                raise AssertionError(f"no getUpdates request within {timeout} s")

    def wait_for(
        self,
        method: str,
        predicate: Callable[[Call], bool] | None = None,
        *,
        after: int = 0,
        chat_id: int | None = None,
        timeout: float | None = None,
        count: int = 1,
    ) -> list[Call]:
        """Block until `count` matching calls happened after index `after`; return them."""
        timeout = WAIT_TIMEOUT if timeout is None else timeout
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [
                    c for c in self.calls[after:]
                    if c.method == method
                    and (chat_id is None or c.chat_id == chat_id)
                    and (predicate is None or predicate(c))
                ]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [(c.method, c.params.get("text", "")[:80], c.error)
                            for c in self.calls[after:] if c.method != "getUpdates"]
                    raise AssertionError(
                        f"no {count} x {method} within {timeout}s; calls seen: {seen}"
                    )
                self._cond.wait(left)

    def wait_reply(self, chat_id: int, *, after: int, predicate=None, timeout: float | None = None) -> Call:
        """The final text shown in a chat: a sendMessage, or an edit of a placeholder."""
        timeout = WAIT_TIMEOUT if timeout is None else timeout
        def final(call: Call) -> bool:
            return call.ok and (predicate is None or predicate(call))

        deadline = time.monotonic() + timeout
        while True:
            for call in self.calls_of("sendMessage", after=after, chat_id=chat_id) + \
                    self.calls_of("editMessageText", after=after, chat_id=chat_id):
                if final(call) and not call.text.startswith("⏳"):
                    return call
            if time.monotonic() > deadline:
                seen = [(c.method, c.text[:80], c.error) for c in self.calls[after:]
                        if c.method != "getUpdates"]
                raise AssertionError(f"no reply in chat {chat_id}; calls seen: {seen}")
            with self._cond:
                self._cond.wait(0.05)

    # ---- the HTTP side ---------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        params = await self._params(request)
        call = Call(method=method, params=params, at=time.monotonic())
        if method == "getUpdates":
            with self._cond:
                self.polls_started += 1
                self._cond.notify_all()
        try:
            failure = self._failures.get(method)
            if failure and failure[0] > 0:
                failure[0] -= 1
                raise TelegramError(failure[1], failure[2])
            throttle = self._throttle.get(method)
            if throttle and throttle[0] > 0:
                throttle[0] -= 1
                raise TelegramError(
                    429, f"Too Many Requests: retry after {throttle[1]}",
                    {"retry_after": throttle[1]},
                )
            handler = getattr(self, "_m_" + method, None)
            if handler is None:
                raise TelegramError(404, "Not Found: method not found")
            result = await handler(params)
            call.result = result
            body: dict[str, Any] = {"ok": True, "result": result}
            status = 200
        except TelegramError as exc:
            call.ok = False
            call.error = exc.description
            body = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.parameters:
                body["parameters"] = exc.parameters
            status = exc.code
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()
        return web.json_response(body, status=status)

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            body = await request.read()
            return json.loads(body) if body else {}
        form = await request.post() if request.can_read_body else {}
        params: dict[str, Any] = dict(request.query)
        for key, value in form.items():
            if not isinstance(value, str):
                if hasattr(value, "file"):  # an uploaded file (sendPhoto): its bytes
                    params[key] = value.file.read()
                continue
            if key in _JSON_FIELDS:
                params[key] = json.loads(value)
            elif key in _INT_FIELDS or (key == "chat_id" and re.fullmatch(r"-?\d+", value)):
                params[key] = int(value)
            elif key in _BOOL_FIELDS:
                params[key] = value == "true"
            else:
                params[key] = value
        return params

    def _next_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    def _check_chat(self, chat_id: Any) -> dict:
        if chat_id is None:
            raise TelegramError(400, "Bad Request: chat_id is empty")
        chat = self.chat(int(chat_id))
        if self._chats[int(chat_id)].kicked:
            if chat["type"] == "private":
                raise TelegramError(403, "Forbidden: bot was blocked by the user")
            raise TelegramError(403, "Forbidden: bot was kicked from the group chat")
        return chat

    @staticmethod
    def _check_text(params: dict) -> str:
        text = params.get("text")
        if text is None or text == "":
            raise TelegramError(400, "Bad Request: message text is empty")
        plain = parse_html(text) if params.get("parse_mode") == "HTML" else text
        if not plain.strip():
            raise TelegramError(400, "Bad Request: message text is empty")
        if utf16_len(plain) > TEXT_LIMIT:
            raise TelegramError(400, "Bad Request: message is too long")
        return plain

    async def _m_getMe(self, params: dict) -> dict:
        return self.bot_user

    async def _m_getUpdates(self, params: dict) -> list[dict]:
        if self.webhook:
            raise TelegramError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                     "use deleteWebhook to delete the webhook first")
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        assert self._new_update is not None
        deadline = time.monotonic() + timeout
        while True:
            if offset:
                self._updates = [u for u in self._updates if u.get("update_id", 0) >= offset]
            if self._updates:
                return self._updates[:limit]
            left = deadline - time.monotonic()
            if left <= 0:
                return []
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), left)
            except asyncio.TimeoutError:
                return []

    async def _m_sendMessage(self, params: dict) -> dict:
        chat = self._check_chat(params.get("chat_id"))
        plain = self._check_text(params)
        msg: dict[str, Any] = {
            "message_id": self._next_message_id(chat["id"]),
            "date": int(time.time()),
            "chat": chat,
            "from": {k: v for k, v in self.bot_user.items() if k in ("id", "is_bot", "first_name", "username")},
            "text": plain,
        }
        if params.get("reply_markup"):
            msg["reply_markup"] = params["reply_markup"]
        reply = params.get("reply_parameters") or {}
        if reply.get("message_id"):
            replied = self._messages.get((chat["id"], int(reply["message_id"])))
            if replied:
                msg["reply_to_message"] = replied
        self._messages[(chat["id"], msg["message_id"])] = {**msg, "_html": params.get("text")}
        return msg

    async def _m_sendPhoto(self, params: dict) -> dict:
        """A photo upload: the bytes must be a PNG or JPEG, the caption at most 1,024 characters."""
        chat = self._check_chat(params.get("chat_id"))
        photo = params.get("photo")
        if not isinstance(photo, bytes) or not photo.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8")):
            raise TelegramError(400, "Bad Request: IMAGE_PROCESS_FAILED")
        caption = params.get("caption") or ""
        if utf16_len(caption) > 1024:
            raise TelegramError(400, "Bad Request: message caption is too long")
        msg: dict[str, Any] = {
            "message_id": self._next_message_id(chat["id"]),
            "date": int(time.time()),
            "chat": chat,
            "from": {k: v for k, v in self.bot_user.items() if k in ("id", "is_bot", "first_name", "username")},
            "photo": [{"file_id": f"photo-{len(photo)}", "file_unique_id": f"u{len(photo)}",
                       "width": 720, "height": 360, "file_size": len(photo)}],
        }
        if caption:
            msg["caption"] = caption
        self._messages[(chat["id"], msg["message_id"])] = msg
        return msg

    async def _m_editMessageText(self, params: dict) -> dict:
        chat = self._check_chat(params.get("chat_id"))
        plain = self._check_text(params)
        key = (chat["id"], int(params.get("message_id") or 0))
        old = self._messages.get(key)
        if old is None:
            raise TelegramError(400, "Bad Request: message to edit not found")
        if old.get("_html") == params.get("text") and old.get("reply_markup") == params.get("reply_markup"):
            raise TelegramError(
                400,
                "Bad Request: message is not modified: specified new message content and "
                "reply markup are exactly the same as a current content and reply markup of "
                "the message",
            )
        new = {**old, "text": plain, "edit_date": int(time.time()), "_html": params.get("text")}
        if params.get("reply_markup"):
            new["reply_markup"] = params["reply_markup"]
        else:
            new.pop("reply_markup", None)
        self._messages[key] = new
        return {k: v for k, v in new.items() if not k.startswith("_")}

    async def _m_deleteMessage(self, params: dict) -> bool:
        chat = self._check_chat(params.get("chat_id"))
        if self._messages.pop((chat["id"], int(params.get("message_id") or 0)), None) is None:
            raise TelegramError(400, "Bad Request: message to delete not found")
        return True

    async def _m_answerCallbackQuery(self, params: dict) -> bool:
        if not params.get("callback_query_id"):
            raise TelegramError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        return True

    async def _m_sendChatAction(self, params: dict) -> bool:
        self._check_chat(params.get("chat_id"))
        return True

    async def _m_setMyCommands(self, params: dict) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or not commands:
            raise TelegramError(400, "Bad Request: commands must be non-empty")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise TelegramError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise TelegramError(400, "Bad Request: command description is invalid")
        return True

    async def _m_getMyCommands(self, params: dict) -> list:
        return []

    async def _m_deleteMyCommands(self, params: dict) -> bool:
        return True

    async def _m_deleteWebhook(self, params: dict) -> bool:
        self.webhook = {}
        return True

    async def _m_getWebhookInfo(self, params: dict) -> dict:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                "pending_update_count": len(self._updates)}

    async def _m_setWebhook(self, params: dict) -> bool:
        url = params.get("url") or ""
        if not url:
            # Telegram treats an empty URL as deleteWebhook.
            self.webhook = {}
            return True
        if not re.match(r"^https?://[^/:]+(:\d+)?(/|$)", url):
            raise TelegramError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not _SECRET_TOKEN.match(secret):
            raise TelegramError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook = dict(params)
        return True

    async def _m_close(self, params: dict) -> bool:
        return True

    async def _m_logOut(self, params: dict) -> bool:
        return True

    async def _m_getChat(self, params: dict) -> dict:
        chat = self.chat(int(params["chat_id"]))
        return {**chat, "accent_color_id": 0, "max_reaction_count": 11,
                "accepted_gift_types": {"unlimited_gifts": False, "limited_gifts": False,
                                        "unique_gifts": False, "premium_subscription": False}}

    def _member(self, chat_id: int, user_id: int) -> dict:
        chat = self._chats.get(chat_id) or _Chat(self.chat(chat_id))
        user = self.bot_user if user_id == self.bot_user["id"] else self.user(user_id)
        if chat.creator == user_id or (chat.data["type"] == "private" and user_id == chat_id):
            return {"status": "creator", "user": user, "is_anonymous": False}
        if user_id in chat.admins:
            flags = dict.fromkeys((
                "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
                "can_manage_video_chats", "can_restrict_members", "can_promote_members",
                "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories",
                "can_delete_stories",
            ), False)
            flags["can_manage_chat"] = True
            return {"status": "administrator", "user": user, **flags}
        return {"status": "member", "user": user}

    async def _m_getChatMember(self, params: dict) -> dict:
        chat_id = int(params["chat_id"])
        self._check_chat(chat_id)
        return self._member(chat_id, int(params["user_id"]))

    async def _m_getChatAdministrators(self, params: dict) -> list[dict]:
        chat_id = int(params["chat_id"])
        self._check_chat(chat_id)
        chat = self._chats[chat_id]
        ids = list(chat.admins) + ([chat.creator] if chat.creator else [])
        return [self._member(chat_id, uid) for uid in ids]
