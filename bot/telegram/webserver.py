"""The bot's own HTTP endpoints: the Telegram webhook and /healthz, on tornado.

PTB's `run_webhook` serves only the webhook path, so webhook mode runs the
Application the way PTB's custom-webhook example does: `initialize()`, `post_init`,
our server, `setWebhook`, `start()`, then the same teardown as `run_polling` on
SIGTERM/SIGINT. Tornado comes with PTB's "webhooks" extra, so nothing new is needed.

Every webhook request must carry the secret token given to `setWebhook` in
`X-Telegram-Bot-Api-Secret-Token` (compared in constant time); anything else gets
403 and never reaches a handler. /healthz answers 200 while the Application (and
in polling mode its updater) runs, 503 otherwise; polling mode serves it only when
a health port is configured.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import secrets
import signal
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import urlsplit

from telegram import Update
from telegram.ext import Application
from tornado.httpserver import HTTPServer
from tornado.web import Application as TornadoApplication
from tornado.web import RequestHandler

from bot.settings import HEALTH_PATH, Settings

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Updates are a few kilobytes; anything near this is not from Telegram.
MAX_BODY_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class WebhookConfig:
    """Where Telegram posts updates (`url`) and where this process listens for them."""

    url: str
    secret: str
    listen: str = "0.0.0.0"
    port: int = 8443
    # Telegram opens at most this many connections at once (its default is 40).
    max_connections: int = 40

    @property
    def path(self) -> str:
        """The path part of the public URL: a reverse proxy forwards it unchanged."""
        return urlsplit(self.url).path or "/"


def webhook_config(settings: Settings) -> WebhookConfig:
    """The webhook settings; without NEWSBRIEF_WEBHOOK_SECRET, a fresh secret for this run.

    A generated secret is safe: setWebhook hands Telegram the new one at every start.
    """
    assert settings.webhook_url, "webhook mode needs NEWSBRIEF_WEBHOOK_URL"
    return WebhookConfig(
        url=settings.webhook_url,
        secret=settings.webhook_secret or secrets.token_urlsafe(32),
        listen=settings.webhook_listen,
        port=settings.webhook_port,
    )


class _PlainErrors(RequestHandler):
    """Short plain-text errors instead of tornado's HTML pages."""

    def write_error(self, status_code: int, **kwargs: object) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish(HTTPStatus(status_code).phrase + "\n")


class TelegramWebhookHandler(_PlainErrors):
    """POST <path>: one Update from Telegram, queued for the Application."""

    def initialize(self, bot_app: Application, secret: str) -> None:
        self.bot_app = bot_app
        self.secret = secret

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            logger.warning("webhook request from %s rejected: %s secret token",
                           self.request.remote_ip, "wrong" if given else "no")
            self.send_error(HTTPStatus.FORBIDDEN)
            return
        if not self.request.headers.get("Content-Type", "").startswith("application/json"):
            self.send_error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE)
            return
        try:
            data = json.loads(self.request.body)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            update = Update.de_json(data, self.bot_app.bot)
        except Exception as exc:  # noqa: BLE001 - any malformed body is the sender's problem
            logger.warning("webhook request with a malformed update: %s", exc)
            self.send_error(HTTPStatus.BAD_REQUEST)
            return
        await self.bot_app.update_queue.put(update)
        self.set_status(HTTPStatus.OK)
        self.finish()


class HealthHandler(_PlainErrors):
    """GET /healthz: 200 {"status": "ok"} while the bot can take updates, else 503."""

    def initialize(self, check: Callable[[], dict]) -> None:
        self.check = check

    def get(self) -> None:
        report = self.check()
        self.set_status(HTTPStatus.OK if report["status"] == "ok" else HTTPStatus.SERVICE_UNAVAILABLE)
        self.set_header("Content-Type", "application/json")
        self.set_header("Cache-Control", "no-store")
        self.finish(json.dumps(report))


def health_report(application: Application, *, polling: bool) -> dict:
    """What /healthz says: the Application runs and, when polling, so does its updater."""
    running = application.running
    if polling:
        running = running and application.updater is not None and application.updater.running
    return {"status": "ok" if running else "starting or stopping", "mode": "polling" if polling else "webhook"}


def _log_request(handler: RequestHandler) -> None:
    """Access log: failures at WARNING, the steady stream of 200s only at DEBUG."""
    status = handler.get_status()
    level = logging.DEBUG if status < 400 else logging.WARNING
    logger.log(level, "%s %s %d %.1fms", handler.request.method, handler.request.path, status,
               1000 * handler.request.request_time())


def build_server(application: Application, *, webhook: WebhookConfig | None) -> HTTPServer:
    """An HTTPServer with /healthz and, for webhook mode, the webhook path."""
    routes: list = [(HEALTH_PATH, HealthHandler,
                     {"check": lambda: health_report(application, polling=webhook is None)})]
    if webhook is not None:
        routes.append((re.escape(webhook.path), TelegramWebhookHandler,
                       {"bot_app": application, "secret": webhook.secret}))
    app = TornadoApplication(routes, log_function=_log_request)
    return HTTPServer(app, max_body_size=MAX_BODY_BYTES, xheaders=True)


def attach_health_server(application: Application, *, listen: str, port: int) -> None:
    """Serve /healthz next to `run_polling`: started in post_init, stopped in post_shutdown."""
    post_init, post_shutdown = application.post_init, application.post_shutdown
    server = build_server(application, webhook=None)

    async def start(app: Application) -> None:
        if post_init is not None:
            await post_init(app)
        server.listen(port, address=listen)
        logger.info("health endpoint on http://%s:%d%s", listen, port, HEALTH_PATH)

    async def stop(app: Application) -> None:
        server.stop()
        if post_shutdown is not None:
            await post_shutdown(app)

    application.post_init = start
    application.post_shutdown = stop


def run_webhook(application: Application, config: WebhookConfig) -> None:
    """Run the bot in webhook mode until SIGTERM or SIGINT (the `run_polling` of webhooks)."""
    asyncio.run(_serve_webhook(application, config))


async def _serve_webhook(application: Application, config: WebhookConfig) -> None:
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    server: HTTPServer | None = None
    await application.initialize()
    try:
        if application.post_init is not None:
            await application.post_init(application)
        server = build_server(application, webhook=config)
        server.listen(config.port, address=config.listen)
        await application.bot.set_webhook(
            url=config.url, secret_token=config.secret, allowed_updates=Update.ALL_TYPES,
            max_connections=config.max_connections,
        )
        await application.start()
        logger.info("webhook mode: Telegram posts to %s; listening on %s:%d",
                    config.url, config.listen, config.port)
        await stopping.wait()
        logger.info("stopping")
    finally:
        if server is not None:
            server.stop()
            await server.close_all_connections()
        if application.running:
            await application.stop()
            if application.post_stop is not None:
                await application.post_stop(application)
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
