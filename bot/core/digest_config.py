"""The digest feature's knobs and the small records its service hands back.

Kept apart from the service so the renderer, the command layer and the
feed poller can name them without importing the whole service.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import time, timedelta

from bot.core.schedule import DigestSchedule, parse_time
from bot.core.watching import Alert
from bot.web.feed_poll import PollConfig
from storage.models import Feed, Subscription
from storage.watch import AlertRecord
from summarizer.model import Analysis

AnalysisFor = Callable[[int], Awaitable[Analysis | None]]
# A feed entry's text is kept up to this length (it becomes the article if shown).
MAX_ENTRY_CHARS = 20_000
ANALYSIS_CACHE_SIZE = 2_000
Send = Callable[[int, str], Awaitable[int]]
# Writes the digest's "关注 / Watchlist" section: alerts the hourly cap or quiet hours held back.
HeldRenderer = Callable[[Sequence[AlertRecord], str], str]


class ChatUnreachable(Exception):
    """The chat cannot be sent to any more (403: bot removed or blocked)."""


@dataclass(frozen=True, slots=True)
class DigestConfig:
    """Knobs of the digest feature; built once from settings."""

    catch_up_window: timedelta = timedelta(hours=6)
    # The first digest of a chat covers this much of the past.
    first_lookback: timedelta = timedelta(hours=24)
    # Items older than this are forgotten (and dropped from the duplicate index).
    retention: timedelta = timedelta(days=7)
    max_feeds_per_chat: int = 50
    default_times: tuple[time, ...] = (time(9, 0),)
    default_timezone: str = "Asia/Shanghai"
    poll: PollConfig = field(default_factory=PollConfig)


@dataclass(frozen=True, slots=True)
class PollReport:
    polled: int
    not_modified: int
    failed: int
    new_items: int
    # Chats to tell, once, that one of their feeds was paused.
    pause_notices: tuple[tuple[int, Feed], ...] = ()
    # Alerts about watched names in the new items: to send now, or held (for counting).
    alerts: tuple[Alert, ...] = ()


@dataclass(frozen=True, slots=True)
class Delivery:
    """What happened to one digest period of one chat."""

    chat_id: int
    period_key: str
    status: str  # "sent", "empty", "already", "unreachable"
    message_ids: tuple[int, ...] = ()
    story_count: int = 0


def schedule_of(subscription: Subscription, *, config: DigestConfig) -> DigestSchedule:
    """The chat's schedule from its stored settings (ISO weekdays 1–7 in storage)."""
    times = tuple(parse_time(t) for t in subscription.digest_times) or config.default_times
    return DigestSchedule(
        times=times,
        timezone=subscription.tz or config.default_timezone,
        days_off=frozenset(d - 1 for d in subscription.digest_days_off),
    )
