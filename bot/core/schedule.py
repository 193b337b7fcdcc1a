"""When a chat's digests are due: wall-clock times in the chat's time zone.

Pure date arithmetic, kept apart from the JobQueue so it can be tested for
every DST corner without waiting. A digest *period* is identified by the local
date and wall-clock time it was scheduled for (`period_key`); the digest log's
unique (chat_id, period_key) makes each period go out at most once.

DST: a local time that does not exist on a spring-forward day (02:30 in New
York) fires at the same UTC offset as before the jump (i.e. 03:30 local); a
time that happens twice on a fall-back day fires once, at its first
occurrence, because both share one period key.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.errors import BadTime, BadTimeZone, BadWeekday, ScheduleError  # noqa: F401 - re-exported

DEFAULT_TIME = time(9, 0)
DEFAULT_TIMEZONE = "Asia/Shanghai"
MAX_TIMES_PER_DAY = 6
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_HHMM = re.compile(r"^([01]?\d|2[0-3])[:：]([0-5]\d)$")
# A whole hour as people type it: "9", "9点", "9點", "21h".
_HOUR = re.compile(r"^([01]?\d|2[0-3])(?:点|點|时|時|h)?$", re.IGNORECASE)
# A time as readers say it: "21点30分", "9点半", "下午3点", "晚上9:30", "9pm", "9:30am".
_SPOKEN = re.compile(
    r"^(?P<part>上午|早上|早晨|凌晨|中午|下午|傍晚|晚上)?(?P<hour>\d{1,2})"
    r"(?:[:：](?P<minute>[0-5]\d)|[点點时時](?:(?P<zh_minute>[0-5]?\d)分?|(?P<half>半))?)?"
    r"\s?(?P<ampm>[ap]\.?m\.?)?$", re.IGNORECASE)
_AFTERNOON = ("中午", "下午", "傍晚", "晚上")
# "UTC+8", "GMT+08:00", "utc-5", "UTC+5:30", "+05:45", "UTC +0530": a fixed offset from UTC.
_OFFSET = re.compile(r"^(?:(?:UTC|GMT)\s*)?([+-])(\d{1,2})(?:[:：]?([0-5]\d))?$", re.IGNORECASE)
# Offsets with minutes (India's +5:30, Nepal's +5:45) have no IANA Etc zone: they are kept
# as "UTC+05:30" and read by `zone_of`. Every offset in use has :30 or :45 minutes.
_FIXED = re.compile(r"^UTC([+-])(\d{2}):(\d{2})$")
_OFFSET_MINUTES = (0, 30, 45)
# Zones readers name in words rather than as IANA names.
_ZONE_WORDS = {
    "北京时间": "Asia/Shanghai", "北京時間": "Asia/Shanghai", "北京": "Asia/Shanghai", "上海": "Asia/Shanghai",
    "中国": "Asia/Shanghai", "中國": "Asia/Shanghai", "香港": "Asia/Hong_Kong", "台北": "Asia/Taipei",
    "臺北": "Asia/Taipei", "台湾": "Asia/Taipei", "台灣": "Asia/Taipei", "臺灣": "Asia/Taipei",
    "新加坡": "Asia/Singapore", "东京": "Asia/Tokyo", "東京": "Asia/Tokyo", "伦敦": "Europe/London",
    "倫敦": "Europe/London", "纽约": "America/New_York", "紐約": "America/New_York",
}


# Midnight at the end of the day, as many write it: a daily time, so 00:00.
_MIDNIGHT = re.compile(r"^24(?:[:：]00|[点點时時])$")


def parse_time(text: str) -> time:
    """"09:00", "9：30", a whole hour ("9", "9点"), as said ("21点30分", "下午3点", "9pm"), or
    "24:00" (00:00)."""
    if _MIDNIGHT.match(text.strip()):
        return time(0, 0)
    match = _HHMM.match(text.strip())
    if match:
        return time(int(match.group(1)), int(match.group(2)))
    hour = _HOUR.match(text.strip())
    if hour:
        return time(int(hour.group(1)), 0)
    spoken = _spoken_time(text.strip())
    if spoken is None:
        raise BadTime(text)
    return spoken


def tidy_times(text: str) -> str:
    """Times as typed, made one word each: "9 pm" is "9pm" (else "pm" would be read as a time
    zone or a second time) and "9 am, 18:00" is "9am,18:00"."""
    text = re.sub(r"\s*([,，、])\s*", r"\1", text.strip())
    return re.sub(r"(\d)\s+([ap]\.?m\.?)(?=$|[\s,，、])", r"\1\2", text, flags=re.IGNORECASE)


def _spoken_time(text: str) -> time | None:
    """"21点30分", "9点半", "下午3点", "9pm": the 24-hour time, or None. A part of the day
    (下午, pm) turns 1–11 into the afternoon's hours and 12 into noon or midnight."""
    match = _SPOKEN.match(text)
    if not match or (match["part"] and match["ampm"]):
        return None
    hour = int(match["hour"])
    minute = 30 if match["half"] else int(match["minute"] or match["zh_minute"] or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ampm"].lower().startswith("p") else 0)
    elif match["part"] in _AFTERNOON:
        if hour < 12:
            hour += 12
        elif hour == 12 and match["part"] == "晚上":
            hour = 0  # (下午15点 stays 15:00)
    elif match["part"] and hour > 12:
        return None  # "上午15点"
    elif match["part"] == "凌晨" and hour == 12:
        hour = 0
    return time(hour, minute) if hour <= 23 and minute <= 59 else None


def parse_timezone(text: str) -> str:
    """An IANA name in any case ("asia/shanghai"), an offset from UTC ("UTC+8", as the fixed
    zone Etc/GMT-8; "UTC+5:30" or "+05:45", kept as "UTC+05:30"), or a city or region in
    Chinese (北京时间, 香港, 台北)."""
    name = text.strip()
    if not name or ".." in name or name.startswith("/"):
        raise BadTimeZone(text)
    if name in _ZONE_WORDS:
        return _ZONE_WORDS[name]
    offset = _OFFSET.match(name)
    if offset:
        sign, hours, minutes = offset.group(1), int(offset.group(2)), int(offset.group(3) or 0)
        if hours * 60 + minutes > 14 * 60 or minutes not in _OFFSET_MINUTES:
            raise BadTimeZone(text)
        if minutes:
            return f"UTC{sign}{hours:02d}:{minutes:02d}"
        # The Etc zones count the other way: UTC+8 is Etc/GMT-8.
        return "UTC" if hours == 0 else f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"
    name = _zone_names().get(name.lower(), name)
    try:
        zone_of(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise BadTimeZone(text) from exc
    return name


def zone_label(name: str) -> str:
    """A zone as a reader writes it: the fixed "Etc/GMT-8" (its sign the other way round) is
    "UTC+8", "UTC+05:30" is "UTC+5:30"; every other name as it is."""
    fixed = _FIXED.match(name)
    if fixed:
        return f"UTC{fixed.group(1)}{int(fixed.group(2))}:{fixed.group(3)}"
    match = re.fullmatch(r"Etc/GMT([+-])(\d{1,2})", name)
    if not match:
        return name
    return f"UTC{'+' if match.group(1) == '-' else '-'}{match.group(2)}"


def zone_of(name: str) -> tzinfo:
    """The zone a stored name stands for: an IANA zone, or a fixed offset with minutes
    ("UTC+05:30"), which no IANA name covers. Raises ZoneInfoNotFoundError (a KeyError)
    for neither."""
    fixed = _FIXED.match(name)
    if fixed:
        delta = timedelta(hours=int(fixed.group(2)), minutes=int(fixed.group(3)))
        return timezone(delta if fixed.group(1) == "+" else -delta, zone_label(name))
    return ZoneInfo(name)


@functools.lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    """Every IANA name by its lower case: "asia/shanghai" is typed as often as "Asia/Shanghai"."""
    return {name.lower(): name for name in available_timezones()}


# Words for several days at once, as readers name days off.
_DAY_GROUPS = {"weekend": (5, 6), "weekends": (5, 6), "周末": (5, 6), "週末": (5, 6),
               "weekdays": (0, 1, 2, 3, 4), "工作日": (0, 1, 2, 3, 4)}


def parse_days(text: str) -> tuple[int, ...]:
    """One weekday ("sat", "周六") or a group of them ("weekend", "周末", "工作日")."""
    group = _DAY_GROUPS.get(text.strip().lower())
    return group if group is not None else (parse_weekday(text),)


def parse_weekday(text: str) -> int:
    word = text.strip().lower().removeprefix("周").removeprefix("週").removeprefix("星期")
    if word[:3] in WEEKDAYS:
        return WEEKDAYS.index(word[:3])
    if word in _ZH_WEEKDAYS:
        return _ZH_WEEKDAYS[word]
    raise BadWeekday(text)


@dataclass(frozen=True, slots=True)
class DigestSchedule:
    """Local times of day, the chat's IANA zone, and weekdays (0 = Monday) with no digest."""

    times: tuple[time, ...] = (DEFAULT_TIME,)
    timezone: str = DEFAULT_TIMEZONE
    days_off: frozenset[int] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        object.__setattr__(self, "times", tuple(sorted(set(self.times))))

    @property
    def zone(self) -> tzinfo:
        return zone_of(self.timezone)

    def slots_between(self, start: datetime, end: datetime) -> Iterator[datetime]:
        """Scheduled instants in (start, end], as aware local datetimes, in time order."""
        zone = self.zone
        day = start.astimezone(zone).date() - timedelta(days=1)
        last_day = end.astimezone(zone).date() + timedelta(days=1)
        while day <= last_day:
            for slot in self._slots_on(day, zone):
                if start < slot <= end:
                    yield slot
            day += timedelta(days=1)

    def last_slot(self, now: datetime, *, within: timedelta = timedelta(days=8)) -> datetime | None:
        """The latest scheduled instant at or before `now` (None if none in `within`)."""
        slots = list(self.slots_between(now - within, now))
        return slots[-1] if slots else None

    def next_slot(self, now: datetime) -> datetime | None:
        """The first scheduled instant strictly after `now` (None if every day is off)."""
        return next(self.slots_between(now, now + timedelta(days=8)), None)

    def _slots_on(self, day: date, zone: tzinfo) -> list[datetime]:
        if day.weekday() in self.days_off:
            return []
        slots = [datetime.combine(day, t, tzinfo=zone) for t in self.times]
        return sorted(slots, key=lambda s: s.astimezone(UTC))


def period_key(slot: datetime) -> str:
    """The digest log key of a scheduled slot: its local date and wall-clock time.

    Uses the wall time as scheduled (not the normalized one), so the two
    occurrences of an ambiguous fall-back time share one key.
    """
    return slot.strftime("%Y-%m-%dT%H:%M")


def on_demand_key(now: datetime) -> str:
    """Key for a /digest sent on request: unique per second, never a scheduled period."""
    return "now:" + now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """The real time, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class ShiftedClock:
    """Real time shifted so that it read `start` at the real instant `anchor`; advances in real seconds.

    Tests start `newsbrief run` a few seconds before a scheduled slot (or hours
    after one) instead of sleeping real hours; the JobQueue still waits real
    seconds, computed from this clock.
    """

    def __init__(self, start: datetime, *, anchor: datetime | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("the fake start time needs a time zone")
        self._offset = start.astimezone(UTC) - (anchor or datetime.now(UTC))

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset


def clock_from_fake_now(fake_now: str | None) -> Clock:
    """SystemClock, or a ShiftedClock from an ISO 8601 instant (tests only).

    The fake instant is when the first such clock of this process was built, so
    every clock built from the same setting in one process (storage's and the
    scheduler's) agrees. The anchor is read from the same wall clock the shifted
    clock reads (not the kernel's process start time), so a system clock that is
    itself shifted, as under libfaketime, cancels out.
    """
    if not fake_now:
        return SystemClock()
    return ShiftedClock(datetime.fromisoformat(fake_now.replace("Z", "+00:00")), anchor=_first_clock_anchor())


@functools.cache
def _first_clock_anchor() -> datetime:
    return datetime.now(UTC)
