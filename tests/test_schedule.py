"""Digest slots and period keys: per-chat zones, days off, DST."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from bot.core.schedule import (
    BadTime,
    BadTimeZone,
    BadWeekday,
    DigestSchedule,
    ShiftedClock,
    clock_from_fake_now,
    parse_time,
    parse_timezone,
    parse_weekday,
    period_key,
    zone_label,
)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_default_schedule_is_nine_in_shanghai():
    schedule = DigestSchedule()
    slot = schedule.next_slot(utc(2026, 11, 28, 0, 30))
    assert slot.astimezone(UTC) == utc(2026, 11, 28, 1, 0)
    assert period_key(slot) == "2026-11-28T09:00"


def test_last_slot_is_at_or_before_now_and_next_is_strictly_after():
    schedule = DigestSchedule(times=(time(9), time(18)), timezone="Europe/London")
    now = utc(2026, 11, 28, 18, 0)
    assert period_key(schedule.last_slot(now)) == "2026-11-28T18:00"
    assert period_key(schedule.next_slot(now)) == "2026-11-29T09:00"


def test_days_off_are_skipped():
    schedule = DigestSchedule(timezone="UTC", days_off=frozenset({5, 6}))  # Sat, Sun
    friday_evening = utc(2026, 11, 27, 20, 0)
    assert period_key(schedule.next_slot(friday_evening)) == "2026-11-30T09:00"
    assert DigestSchedule(days_off=frozenset(range(7))).next_slot(friday_evening) is None


def test_spring_forward_gap_fires_once_an_hour_later_in_utc_terms():
    schedule = DigestSchedule(times=(time(2, 30),), timezone="America/New_York")
    slots = list(schedule.slots_between(utc(2026, 3, 7, 0), utc(2026, 3, 10, 0)))
    keys = [period_key(s) for s in slots]
    assert keys == ["2026-03-07T02:30", "2026-03-08T02:30", "2026-03-09T02:30"]
    # EST (-5) before the jump, EDT (-4) after; the missing 02:30 fires at 07:30 UTC.
    assert [s.astimezone(UTC).hour for s in slots] == [7, 7, 6]


def test_fall_back_ambiguous_time_fires_once():
    schedule = DigestSchedule(times=(time(1, 30),), timezone="America/New_York")
    slots = list(schedule.slots_between(utc(2026, 10, 31, 12), utc(2026, 11, 2, 12)))
    assert [period_key(s) for s in slots] == ["2026-11-01T01:30", "2026-11-02T01:30"]
    assert slots[0].astimezone(UTC) == utc(2026, 11, 1, 5, 30)  # first occurrence (EDT)


def test_nine_am_stays_nine_am_local_across_dst_in_berlin():
    schedule = DigestSchedule(times=(time(9),), timezone="Europe/Berlin")
    before = schedule.next_slot(utc(2026, 3, 28, 12))
    after = schedule.next_slot(utc(2026, 3, 29, 12))
    assert before.astimezone(UTC).hour == 7 and after.astimezone(UTC).hour == 7
    assert schedule.next_slot(utc(2026, 3, 27, 12)).astimezone(UTC).hour == 8


@pytest.mark.parametrize("text", ["9:00", "09:00", "23:59", "9：05"])
def test_parse_time_accepts_hh_mm(text):
    assert isinstance(parse_time(text), time)


def test_parse_time_reads_a_whole_hour_as_people_type_it():
    assert [parse_time(w) for w in ["9", "9点", "21點", "7h"]] == [time(9), time(9), time(21), time(7)]


@pytest.mark.parametrize("text", ["24:01", "24", "25点", "09:60", "nine", "", "9.5"])
def test_parse_time_rejects_other_input(text):
    with pytest.raises(BadTime):
        parse_time(text)


def test_parse_timezone_and_weekday():
    assert parse_timezone("America/New_York") == "America/New_York"
    # As readers type them: any case, a whole-hour offset, a city in Chinese.
    assert [parse_timezone(z) for z in ["asia/shanghai", "UTC+8", "gmt-5", "UTC+0", "北京时间", "臺北"]] == [
        "Asia/Shanghai", "Etc/GMT-8", "Etc/GMT+5", "UTC", "Asia/Shanghai", "Asia/Taipei"]
    assert [zone_label(z) for z in ["Etc/GMT-8", "Etc/GMT+5", "Asia/Shanghai"]] == ["UTC+8", "UTC-5", "Asia/Shanghai"]
    for bad in ["Mars/Olympus", "../etc/passwd", "", "UTC+15", "UTC+5:17"]:
        with pytest.raises(BadTimeZone):
            parse_timezone(bad)
    assert [parse_weekday(w) for w in ["sat", "Sunday", "周六", "日"]] == [5, 6, 5, 6]
    with pytest.raises(BadWeekday):
        parse_weekday("someday")


def test_shifted_clock_starts_at_the_fake_time_and_advances():
    clock = ShiftedClock(utc(2026, 3, 8, 6, 59, 58))
    first = clock.now()
    assert abs(first - utc(2026, 3, 8, 6, 59, 58)) < timedelta(seconds=1)
    assert clock.now() >= first


def test_clocks_from_one_fake_setting_agree_within_a_process():
    # Storage and the scheduler each build one; both read the fake instant at process start.
    one, two = clock_from_fake_now("2026-03-08T06:59:58Z"), clock_from_fake_now("2026-03-08T06:59:58Z")
    assert isinstance(one, ShiftedClock)
    assert abs(one.now() - two.now()) < timedelta(milliseconds=100)
    assert one.now() >= utc(2026, 3, 8, 6, 59, 58)
