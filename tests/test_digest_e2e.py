"""Digests end to end: the real `newsbrief run` against the fake Bot API and a feed server.

The bot is restarted on one database with `NEWSBRIEF_FAKE_NOW` set to the
moment of each scene, so a day of schedule passes in seconds. The scenes are the
module's tests, in order, on one database (a scene skips when the one before it
did not pass):

1. 08:30 Shanghai: an admin adds two feeds carrying the same story and
   subscribes (09:00 by default); a non-admin may not subscribe.
2. 10:00, after "downtime" over 09:00: the missed digest is caught up once,
   with the duplicate merged; a chat that removed the bot gets paused.
3. 10:30, another restart: nothing is sent twice; /digest sends on request.
4. Seconds before 09:00 the next day: the scheduled job fires at 09:00 with the new
   entry, and a 429 from Telegram on the way is retried.
5. The same process: the chat that removed the bot adds it back, and its paused
   digest is resumed.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.botharness import BotProcess, wait_until
from tests.fakebotapi import WAIT_TIMEOUT, FakeBotAPI
from tests.feed_samples import BATTERY, BATTERY_REWRITE, PORTS, ROBOTS, rss
from tests.feed_samples import rss_item as item
from tests.feed_server import FeedServer, Route

GROUP = -2001
GONE = -2002  # removes the bot while it is down
ADMIN, MEMBER = 501, 502
FAKE_BOT_ADMINS = {GROUP: (ADMIN,), GONE: (ADMIN,)}


@pytest.fixture(scope="module")
def feeds():
    server = FeedServer().start()
    dawn = datetime(2026, 12, 1, 0, 0, tzinfo=UTC)
    server.routes["/a.xml"] = Route(rss("甲报", [item("a1", "电池产量增长12%", BATTERY, dawn)]), etag='"a1"')
    server.routes["/b.xml"] = Route(rss("乙网", [item("b1", "锂电池产量同比增长", BATTERY_REWRITE, dawn),
                                                 item("b2", "港口吞吐量回升", PORTS, dawn)]))
    yield server
    server.stop()


def bot_at(fake: FakeBotAPI, db, fake_now: str) -> BotProcess:
    return BotProcess(fake, db, env={"NEWSBRIEF_FAKE_NOW": fake_now, "NEWSBRIEF_FEED_POLL_SECONDS": "1"})


def command(fake: FakeBotAPI, chat_id: int, text: str, *, user_id: int = ADMIN):
    mark = fake.mark()
    fake.command(chat_id, text, user_id=user_id)
    return fake.wait_reply(chat_id, after=mark)


def digests(fake: FakeBotAPI, chat_id: int, *, after: int = 0, when: str = "") -> list:
    return [c for c in fake.calls_of("sendMessage", after=after, chat_id=chat_id)
            if "新闻简报" in c.text and when in c.text]


def db_rows(db, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


# How long before 09:00 scene 4's bot starts: its fake clock starts when the bot opens
# its database, so this only needs to cover the scheduling right after, which takes
# tens of milliseconds (NEWSBRIEF_TEST_WAIT=120 on a slow machine doubles it).
SCHEDULE_MARGIN_S = 2.5 * WAIT_TIMEOUT / 60


@pytest.fixture(scope="module")
def scenes(tmp_path_factory):
    """The database the scenes share, which scenes passed, and the bot scene 4 leaves running."""
    state = {"db": tmp_path_factory.mktemp("digest-scenes") / "digest.db", "passed": set()}
    yield state
    if "bot" in state:
        state["bot"].stop()


def after_scene(scenes: dict, number: int) -> Path:
    if number not in scenes["passed"]:
        pytest.skip(f"needs digest scene {number}")
    return scenes["db"]


def test_scene_1_admins_add_feeds_and_subscribe(fake, feeds, scenes):
    db = scenes["db"]
    bot = bot_at(fake, db, "2026-12-01T00:30:00Z").start()
    try:
        refused = command(fake, GROUP, "/subscribe", user_id=MEMBER)
        assert "管理员" in refused.text
        assert "甲报" in command(fake, GROUP, f"/feed add {feeds.url('/a.xml')}").text
        assert "乙网" in command(fake, GROUP, f"/feed add {feeds.url('/b.xml')}").text
        listing = command(fake, GROUP, "/feed list")
        assert "1. " in listing.text and "2. " in listing.text
        subscribed = command(fake, GROUP, "/subscribe")
        assert "09:00" in subscribed.text and "Asia/Shanghai" in subscribed.text
        command(fake, GONE, f"/feed add {feeds.url('/b.xml')}")
        command(fake, GONE, "/subscribe 09:00 Asia/Shanghai")
    finally:
        bot.stop()
    assert not digests(fake, GROUP)
    scenes["passed"].add(1)


def test_scene_2_the_missed_digest_is_caught_up_once_and_a_403_pauses(fake, scenes):
    db = after_scene(scenes, 1)
    fake.kick(GONE)
    mark = fake.mark()
    bot = bot_at(fake, db, "2026-12-01T02:00:00Z").start()
    try:
        [digest] = fake.wait_for("sendMessage", lambda c: "新闻简报" in c.text, after=mark,
                                 chat_id=GROUP)
        assert "2026-12-01 09:00" in digest.text
        assert "2 个来源" in digest.text  # the battery story from both feeds, once
        assert digest.text.count("news.example/") == 2  # two stories: battery and ports
        wait_until(lambda: db_rows(db, "SELECT 1 FROM subscriptions WHERE chat_id = ? AND paused = 1", GONE))
        assert db_rows(db, "SELECT paused_reason FROM subscriptions WHERE chat_id = ?", GONE) == [("forbidden",)]
    finally:
        bot.stop()
    scenes["passed"].add(2)
    scenes["paused_since"] = fake.mark()


def test_scene_3_a_restart_sends_nothing_twice_and_digest_answers_on_request(fake, scenes):
    db = after_scene(scenes, 2)
    mark = fake.mark()
    bot = bot_at(fake, db, "2026-12-01T02:30:00Z").start()
    try:
        on_demand = command(fake, GROUP, "/digest")
        assert "新闻简报" in on_demand.text and "没有新内容" in on_demand.text
        # The catch-up job runs at start, before the job forgetting old items.
        wait_until(lambda: "forgot 0 feed item(s)" in bot.log())
        assert not digests(fake, GROUP, after=mark, when="09:00")
    finally:
        bot.stop()
    assert db_rows(db, "SELECT status FROM digest_log WHERE chat_id = ? AND period_key = ?",
                   GROUP, "2026-12-01T09:00") == [("sent",)]
    scenes["passed"].add(3)


def test_scene_4_the_scheduled_job_fires_on_time(fake, feeds, scenes):
    db = after_scene(scenes, 3)
    feeds.routes["/a.xml"] = Route(rss("甲报", [
        item("a2", "工业机器人产量增长", ROBOTS, datetime(2026, 12, 2, 0, 30, tzinfo=UTC))]), etag='"a2"')
    mark = fake.mark()
    start = datetime(2026, 12, 2, 1, 0, tzinfo=UTC) - timedelta(seconds=SCHEDULE_MARGIN_S)
    # Left running for scene 5 (the module's teardown stops it if scene 5 does not run).
    bot = scenes["bot"] = bot_at(fake, db, start.isoformat().replace("+00:00", "Z")).start()
    fake.throttle("sendMessage", times=1, retry_after=1)  # flood control: retried, sent once
    [digest] = fake.wait_for("sendMessage", lambda c: "新闻简报" in c.text and c.ok, after=mark,
                             chat_id=GROUP)
    assert any(not c.ok and "retry after" in (c.error or "").lower()
               for c in fake.calls_of("sendMessage", after=mark, chat_id=GROUP))
    assert "2026-12-02 09:00" in digest.text and "工业机器人" in digest.text
    assert "电池" not in digest.text  # sent yesterday: new since the last digest only
    # Sent by the scheduled job, not by a catch-up at start.
    wait_until(lambda: f"chat {GROUP} digest 2026-12-02T09:00: sent" in bot.log())
    assert not digests(fake, GONE, after=scenes["paused_since"])  # a paused chat is never tried again
    scenes["passed"].add(4)


def test_scene_5_a_chat_that_adds_the_bot_back_gets_its_paused_digest_resumed(fake, scenes):
    db = after_scene(scenes, 4)
    bot = scenes["bot"]
    try:
        fake.kick(GONE, kicked=False)
        mark = fake.mark()
        fake.member_update(GONE, "member")
        [resumed] = fake.wait_for("sendMessage", lambda c: "简报已恢复" in c.text, after=mark, chat_id=GONE)
        assert "09:00" in resumed.text and "/unsubscribe" in resumed.text
        wait_until(lambda: db_rows(db, "SELECT paused, paused_reason FROM subscriptions WHERE chat_id = ?",
                                   GONE) == [(0, None)])
        wait_until(lambda: f"chat {GONE}: next digest 2026-12-03T09:00" in bot.log())
    finally:
        bot.stop()


async def test_console_adds_a_feed_and_prints_a_digest(feeds, tmp_path):
    """The console's /feed and /digest, in process (tests/test_bot_cli.py runs the real console)."""
    import io

    from bot.cli.console import Console
    from bot.core.analyzer import Analyzer
    from bot.core.digest import DigestService
    from bot.core.service import Service
    from bot.render.digest import render_digest
    from bot.web.fetch import FetchConfig
    from storage.aio import AsyncStore
    from tests.conftest import ManualClock

    # The feed's items are dated 2026-12-01; the digest looks back a day from its clock.
    clock = ManualClock(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    store = await AsyncStore.open(tmp_path / "console.db", clock=clock)
    fetch = FetchConfig(allow_private=True)
    service = Service(store, analyzer=Analyzer(workers=0), fetch_config=fetch, rate_limit_per_minute=0)
    digest = DigestService(store, fetch_config=fetch, clock=clock, render=render_digest)
    out = io.StringIO()
    console = Console(service, chat_id=0, lang="zh", out=out, digest=digest)
    try:
        await service.chat(0, type="private", title="console")
        for line in (f"/feed add {feeds.url('/b.xml')}", "/feed list", "/digest"):
            await console.handle(line)
    finally:
        await service.close()
    text = out.getvalue()
    assert "已添加订阅源：乙网" in text and "1. 乙网" in text
    assert "新闻简报" in text and "港口吞吐量回升" in text


def test_the_running_bot_forgets_feed_items_past_retention(fake, feeds, tmp_path):
    """Items are kept for NEWSBRIEF_FEED_RETENTION_DAYS; the bot's daily job drops older ones."""
    from storage import FeedEntry, Store

    db = tmp_path / "retention.db"
    seen = datetime(2026, 12, 1, 0, 30, tzinfo=UTC)
    with Store(db, clock=lambda: seen) as store:
        feed = store.add_feed(GROUP, feeds.url("/b.xml"), title="乙网")
        store.add_feed_items(feed.id, [FeedEntry(guid=g, url=f"https://news.example/{g}", title=g,
                                                 summary=PORTS, published=seen.isoformat()) for g in ("b1", "b2")],
                             now=seen)
    first_seen = db_rows(db, "SELECT first_seen_at FROM feed_items")
    assert len(first_seen) == 2 and all(seen.startswith("2026-12-01") for (seen,) in first_seen)

    # Eight days on: the job drops both (a new poll may store the feed's entries again, as new).
    bot = bot_at(fake, db, "2026-12-09T00:30:00Z").start()
    try:
        wait_until(lambda: "forgot 2 feed item(s) first seen before 2026-12-02" in bot.log())
    finally:
        bot.stop()
    assert db_rows(db, "SELECT 1 FROM feed_items WHERE first_seen_at < '2026-12-02'") == []
