"""Retry the Bot API's passing failures (5xx, network errors) as 429s are retried.

One 500 on the final edit must not cost a reader the summary the worker has just
made. python-telegram-bot retries nothing but 429 (in `AIORateLimiter`); this
limiter adds a bounded backoff for server errors and lost connections. A 4xx
other than 429 (`BadRequest`, `Forbidden`) is an answer, not a passing failure,
and is raised at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

logger = logging.getLogger(__name__)

# Waits before each retry of a 5xx or network error: at most about 3.5 s in all, so a
# reader waits a little longer rather than losing the answer, and a dead API is given up.
BACKOFF_S = (0.5, 1.0, 2.0)


def is_transient(exc: BaseException) -> bool:
    """A 5xx or a network error (timeouts included): worth the same request again."""
    return isinstance(exc, NetworkError) and not isinstance(exc, BadRequest)


class FloodIsAWarning(logging.Filter):
    """PTB's limiter logs "Rate limit hit after maximum of N retries" at ERROR with a
    traceback when Telegram's flood wait outlasts its retries. That is Telegram's load, not
    a bug of ours, and the reply is sent after the wait (`bot.telegram.sending`): the line is
    kept, as a warning without the traceback, so an operator alerting on errors is not woken
    by a busy group."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR and record.getMessage().startswith("Rate limit hit after maximum"):
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.exc_info, record.exc_text = None, None
        return True


def _quiet_flood_log() -> None:
    limiter_log = logging.getLogger("telegram.ext.AIORateLimiter")
    if not any(isinstance(f, FloodIsAWarning) for f in limiter_log.filters):
        limiter_log.addFilter(FloodIsAWarning())


class RetryingRateLimiter(AIORateLimiter):
    """`AIORateLimiter` (Telegram's rates, 429 retries) plus bounded retries of 5xx and
    network errors. A request is retried whole, so a send that timed out after Telegram
    took it may arrive twice; Telegram gives no way to tell, and a reader prefers two
    copies of a summary to none."""

    def __init__(self, *args: Any, backoff: tuple[float, ...] = BACKOFF_S, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._backoff = backoff
        _quiet_flood_log()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        for attempt in range(len(self._backoff) + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except Exception as exc:
                if not is_transient(exc) or attempt == len(self._backoff):
                    raise
                wait = self._backoff[attempt]
                logger.warning("Bot API %s failed (%s); retrying in %.1f s", endpoint, exc, wait)
                await asyncio.sleep(wait)
        raise AssertionError("unreachable")
