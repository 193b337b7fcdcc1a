"""The digest service over a real SQLite file and a real local feed server."""

from __future__ import annotations

import sqlite3

from datetime import UTC, datetime, timedelta

import pytest

from bot.core.digest import (
    ChatUnreachable,
    DigestConfig,
    DigestService,
    FeedNumberUnknown,
)
from bot.render.digest import render_digest
from bot.render.watch import render_held_alerts
from bot.web.feed_poll import PollConfig, retry_delay
from bot.web.feeds import NotAFeed
from bot.web.fetch import FetchConfig, TooLarge
from storage.aio import AsyncStore
from tests.conftest import ManualClock
from tests.feed_samples import (
    BATTERY,
    BATTERY_REWRITE,
    BROKEN_XML,
    NOT_XML,
    SITE_PAGE,
    STEEL,
    rss,
    rss_item,
)
from tests.feed_server import FeedServer, Route

START = datetime(2026, 11, 27, 22, 0, tzinfo=UTC)  # 06:00 in Shanghai on the 28th
# Long enough to be summarized as an article of its own.
STEEL_ARTICLE = STEEL * 2


@pytest.fixture
def server():
    server = FeedServer().start()
    yield server
    server.stop()


@pytest.fixture
async def env(tmp_path):
    clock = ManualClock(START)
    store = await AsyncStore.open(tmp_path / "digest.db", clock=clock.now)
    service = DigestService(
        store,
        fetch_config=FetchConfig(allow_private=True, timeout=2.0, max_bytes=200_000),
        clock=clock,
        render=render_digest,
        render_held=render_held_alerts,
        config=DigestConfig(poll=PollConfig(pause_after_failures=3, teaser_chars=40)),
    )
    yield service, clock
    await store.close()


def entries(*stories: tuple[str, str, str], when: datetime = START) -> list[dict]:
    """RSS items from (slug, title, body) triples."""
    return [rss_item(slug, title, body, when) for slug, title, body in stories]


async def sent_messages(service: DigestService, chat_id: int, key: str) -> list[str]:
    sent: list[str] = []

    async def send(target: int, html: str) -> int:
        sent.append(html)
        return len(sent)

    delivery = await service.deliver(chat_id, key, send=send, lang="zh", heading="<b>简报</b>")
    return sent if delivery.status == "sent" else [delivery.status]


async def test_add_feed_by_site_page_discovers_the_advertised_feed(env, server):
    service, _ = env
    server.routes["/news/"] = Route(SITE_PAGE.encode(), "text/html; charset=utf-8")
    server.routes["/feed.xml"] = Route(rss("站点", entries(("b", "电池", BATTERY))))
    page = SITE_PAGE.replace("https://cdn.example.org/atom.xml", "/missing-atom.xml")
    server.routes["/news/"] = Route(page.encode(), "text/html; charset=utf-8")
    feed = await service.add_feed(1, server.url("/news/"))
    assert feed.url.endswith("/feed.xml") and feed.title == "站点"
    assert [f.id for f in await service.list_feeds(1)] == [feed.id]
    assert (await service.remove_feed(1, 1)).id == feed.id
    with pytest.raises(FeedNumberUnknown):
        await service.remove_feed(1, 1)


async def test_a_page_without_feed_links_is_refused(env, server):
    service, _ = env
    server.routes["/plain"] = Route(b"<html><head></head><body>hi</body></html>", "text/html")
    with pytest.raises(NotAFeed):
        await service.add_feed(1, server.url("/plain"))


async def test_polling_uses_etag_and_gets_304_without_new_items(env, server):
    service, clock = env
    server.routes["/f.xml"] = Route(rss("F", entries(("b", "电池", BATTERY))), etag='"v1"')
    await service.add_feed(1, server.url("/f.xml"))
    clock.advance(minutes=1)
    assert (await service.poll_once()).polled == 0  # the first poll waits for the interval
    clock.advance(minutes=15)
    first = await service.poll_once()
    assert (first.polled, first.not_modified) == (1, 1)
    assert server.conditional[-1][1] == '"v1"'
    clock.advance(minutes=16)
    server.routes["/f.xml"] = Route(rss("F", entries(("b", "电池", BATTERY), ("s", "钢铁", STEEL_ARTICLE))), etag='"v2"')
    second = await service.poll_once()
    assert (second.polled, second.new_items) == (1, 1)


async def test_gbk_and_slightly_broken_feeds_are_stored(env, server):
    service, _ = env
    server.routes["/gbk.xml"] = Route(rss("财经", entries(("g", "营收同比增长", STEEL_ARTICLE)), encoding="gbk"),
                                      "application/xml")
    server.routes["/broken.xml"] = Route(BROKEN_XML)
    gbk = await service.add_feed(1, server.url("/gbk.xml"))
    await service.add_feed(1, server.url("/broken.xml"))
    items = await service.store.feed_items_for_chat(1)
    assert {i.title for i in items} == {"营收同比增长", "First & only"}
    assert gbk.title == "财经"


async def test_failing_feed_backs_off_then_pauses_and_tells_each_chat_once(env, server):
    service, clock = env
    server.routes["/f.xml"] = Route(rss("F", entries(("b", "电池", BATTERY))))
    feed = await service.add_feed(1, server.url("/f.xml"))
    await service.add_feed(2, server.url("/f.xml"))
    server.routes["/f.xml"] = Route(NOT_XML, "application/xml")
    clock.advance(minutes=16)
    notices = []
    for failures in range(1, 4):
        report = await service.poll_once()
        assert report.failed == 1
        notices.extend(report.pause_notices)
        stored = await service.store.get_feed(feed.id)
        assert stored.failures == failures
        if failures < 3:
            # Not due again before its backoff has passed.
            assert stored.next_poll_at == clock.now() + retry_delay(failures, config=service.config.poll)
            clock.advance(seconds=1)
            assert (await service.poll_once()).polled == 0
            clock.current = stored.next_poll_at
    assert sorted(chat for chat, _ in notices) == [1, 2]
    clock.advance(days=1)
    assert (await service.poll_once()).polled == 0  # paused: never polled again, nobody told twice


async def test_slow_and_huge_feeds_fail_within_the_fetch_limits(env, server):
    service, _ = env
    server.routes["/ok.xml"] = Route(rss("F", entries(("b", "电池", BATTERY))))
    feed = await service.add_feed(1, server.url("/ok.xml"))
    await service.store.record_feed_success(feed.id, next_poll_at=START)
    server.routes["/ok.xml"] = Route(rss("F", []), delay=4.0)
    report = await service.poll_once()
    assert report.failed == 1
    assert "FetchTimeout" in (await service.store.get_feed(feed.id)).last_error
    server.routes["/huge.xml"] = Route(endless=True)
    with pytest.raises(TooLarge):
        await service.add_feed(1, server.url("/huge.xml"))


async def test_teaser_entry_gets_its_full_article_fetched(env, server):
    service, clock = env
    article = ("<html><head><title>电池产量</title></head><body><article><h1>电池产量大增</h1>"
               + "".join(f"<p>{BATTERY}第{i}段。</p>" for i in range(6)) + "</article></body></html>")
    server.routes["/a/1"] = Route(article.encode(), "text/html; charset=utf-8")
    server.routes["/f.xml"] = Route(rss("F", []))
    await service.add_feed(1, server.url("/f.xml"))
    server.routes["/f.xml"] = Route(rss("F", [{"title": "电池产量大增", "link": server.url("/a/1"),
                                                 "guid": "t1", "description": "阅读全文"}]))
    clock.advance(minutes=20)
    assert (await service.poll_once()).new_items == 1
    [item] = await service.store.feed_items_for_chat(1)
    assert item.article_id is not None
    stored = await service.store.get_article(item.article_id)
    assert "国家统计局" in stored.text and len(stored.text) > 300


async def test_the_same_story_from_two_feeds_is_one_story_with_two_sources(env, server):
    service, clock = env
    server.routes["/a.xml"] = Route(rss("甲报", []))
    server.routes["/b.xml"] = Route(rss("乙网", []))
    await service.add_feed(1, server.url("/a.xml"))
    await service.add_feed(1, server.url("/b.xml"))
    server.routes["/a.xml"] = Route(rss("甲报", entries(("a1", "电池产量增长12%", BATTERY), ("a2", "钢铁", STEEL_ARTICLE))))
    server.routes["/b.xml"] = Route(rss("乙网", entries(("b1", "锂电池产量同比增长", BATTERY_REWRITE))))
    clock.advance(minutes=20)
    await service.poll_once()
    clock.advance(minutes=5)
    digest = await service.compose(1, now=clock.now(), lang="zh", heading="<b>简报</b>")
    assert len(digest.stories) == 2
    assert set(digest.stories[0].sources) == {"甲报", "乙网"}
    assert "2 个来源" in digest.messages[0]


async def subscribed_with_a_new_story(service, clock, server, chat_id: int) -> None:
    """A chat subscribed to one feed, whose battery story appears 20 minutes later."""
    server.routes["/a.xml"] = Route(rss("甲报", []))
    await service.add_feed(chat_id, server.url("/a.xml"))
    await service.subscribe(chat_id)
    server.routes["/a.xml"] = Route(rss("甲报", entries(("a1", "电池", BATTERY))))
    clock.advance(minutes=20)
    await service.poll_once()


async def test_a_period_is_sent_once_even_after_a_crash_between_claim_and_send(env, server):
    service, clock = env
    await subscribed_with_a_new_story(service, clock, server, 7)
    first = await sent_messages(service, 7, "2026-11-28T09:00")
    assert len(first) == 1 and "电池" in first[0]
    assert await sent_messages(service, 7, "2026-11-28T09:00") == ["already"]
    # A crash after the claim: the row stays "claimed"; a restart must not send it.
    assert await service.store.claim_digest(7, "2026-11-29T09:00")
    assert await sent_messages(service, 7, "2026-11-29T09:00") == ["already"]


async def test_a_digest_whose_only_news_was_held_for_the_watchlist_does_not_say_nothing_is_new(env, server):
    service, clock = env
    await service.watch.watch(11, "电池")
    await service.watch.set_quiet_hours(11, "00:00-23:59")  # every alert waits for the digest
    await subscribed_with_a_new_story(service, clock, server, 11)
    assert [alert.title for alert in await service.watch.held_for_digest(11)] == ["电池"]
    [message] = await sent_messages(service, 11, "2026-11-28T09:00")
    assert message.startswith("<b>简报</b>") and "关注 / Watchlist" in message and "电池" in message
    assert "没有新内容" not in message
    # Shown in the watchlist section rather than among the stories, it still joins the chat's
    # history, as a digest's stories do (/ask and /search answer from it).
    assert [entry.source for entry in await service.store.history(11)] == ["digest"]


async def test_stories_of_a_sent_digest_join_the_chats_history_for_ask_and_search(env, server):
    service, clock = env
    await subscribed_with_a_new_story(service, clock, server, 8)
    assert await service.store.history(8) == []
    assert len(await sent_messages(service, 8, "2026-11-28T09:00")) == 1
    history = await service.store.history(8)
    assert [entry.source for entry in history] == ["digest"]
    assert await service.store.history(9) == []  # other chats see nothing of it


async def test_a_removed_chat_pauses_its_subscription(env):
    service, _ = env
    await service.subscribe(9)

    async def forbidden(chat_id: int, html: str) -> int:
        raise ChatUnreachable("Forbidden: bot was kicked from the group chat")

    delivery = await service.deliver(9, "k1", send=forbidden, lang="zh", heading="h", send_empty=True)
    assert delivery.status == "unreachable"
    assert (await service.store.get_subscription(9)).paused
    assert await service.store.list_subscriptions() == []


async def test_catch_up_finds_a_missed_period_within_the_window_only(env):
    service, clock = env
    clock.current = datetime(2026, 11, 26, 0, 0, tzinfo=UTC)
    await service.subscribe(5)  # 09:00 Asia/Shanghai = 01:00 UTC
    clock.current = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)  # two hours after 09:00 local
    assert [(s.chat_id, key) for s, key in await service.due_catch_ups()] == [(5, "2026-11-28T09:00")]
    await service.store.claim_digest(5, "2026-11-28T09:00")
    assert await service.due_catch_ups() == []
    clock.current = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)  # seven hours late: outside 6 h
    assert await service.due_catch_ups() == []


async def test_links_shared_in_the_chat_join_the_digest_and_merge_with_feed_copies(env, server):
    service, clock = env
    server.routes["/a.xml"] = Route(rss("甲报", []))
    await service.add_feed(3, server.url("/a.xml"))
    server.routes["/a.xml"] = Route(rss("甲报", entries(("a1", "电池产量增长12%", BATTERY))))
    clock.advance(minutes=20)
    await service.poll_once()
    from summarizer.model import Article

    shared, _ = await service.store.put_article(Article(
        text=BATTERY_REWRITE, url="https://other.example/battery", title="锂电池产量同比增长", site="丙站"))
    await service.store.add_history(3, shared.id, source="link")
    pasted, _ = await service.store.put_article(Article(text=STEEL_ARTICLE, title=None))
    await service.store.add_history(3, pasted.id, source="text")
    digest = await service.compose(3, now=clock.now() + timedelta(minutes=1), lang="zh", heading="h")
    assert [set(s.sources) for s in digest.stories] == [{"甲报", "丙站"}]


async def test_feed_items_are_forgotten_after_the_retention_period(env, server):
    service, clock = env
    assert service.config.retention == timedelta(days=7)
    server.routes["/old.xml"] = Route(rss("旧", entries(("b", "电池", BATTERY))))
    await service.add_feed(1, server.url("/old.xml"))
    clock.advance(days=3)
    server.routes["/new.xml"] = Route(rss("新", entries(("s", "钢铁", STEEL), when=clock.now())))
    await service.add_feed(1, server.url("/new.xml"))
    clock.advance(days=3)
    assert await service.forget_old_items() == 0  # six days: both kept
    clock.advance(days=2)
    assert await service.forget_old_items() == 1  # eight days: the first feed's item goes
    assert await service.forget_old_items() == 0
    clock.advance(days=3)
    assert await service.forget_old_items() == 1  # and the second one's, eight days after it came


class _Crash(BaseException):
    """The process dying in the middle of a send (nothing after it runs)."""


async def test_the_log_tells_after_a_crash_what_reached_the_chat(env, server):
    service, clock = env
    await subscribed_with_a_new_story(service, clock, server, 8)

    async def dies(target: int, html: str) -> int:
        raise _Crash

    with pytest.raises(_Crash):
        await service.deliver(8, "2026-11-28T09:00", send=dies, lang="zh", heading="h")
    # The digest is composed and sent; Telegram returns its id, then the bot is killed.
    store = service.store
    assert await store.claim_digest(8, "2026-11-29T09:00")
    await store.plan_digest(8, "2026-11-29T09:00", parts=2, item_count=3)
    await store.record_digest_part(8, "2026-11-29T09:00", 501)
    assert await store.claim_digest(8, "2026-11-30T09:00")
    await store.plan_digest(8, "2026-11-30T09:00", parts=1, item_count=1)
    await store.record_digest_part(8, "2026-11-30T09:00", 601)

    assert await store.settle_digests() == {"sent": 1, "partial": 1, "unsent": 1}
    unsent = await store.get_digest(8, "2026-11-28T09:00")
    partial = await store.get_digest(8, "2026-11-29T09:00")
    sent = await store.get_digest(8, "2026-11-30T09:00")
    assert (unsent.status, unsent.message_ids, unsent.sent_at) == ("unsent", (), None)
    assert (partial.status, partial.message_ids) == ("partial", (501,)) and partial.sent_at is not None
    assert (sent.status, sent.message_ids) == ("sent", (601,)) and sent.sent_at is not None
    assert await store.settle_digests() == {"sent": 0, "partial": 0, "unsent": 0}
    # At most once still: none of the three is sent again.
    for key in ("2026-11-28T09:00", "2026-11-29T09:00", "2026-11-30T09:00"):
        assert await sent_messages(service, 8, key) == ["already"]


async def test_a_delivered_digest_records_each_message_and_its_plan(env, server):
    service, clock = env
    await subscribed_with_a_new_story(service, clock, server, 10)
    [message] = await sent_messages(service, 10, "2026-11-28T09:00")
    record = await service.store.get_digest(10, "2026-11-28T09:00")
    assert record.status == "sent" and record.message_ids == (1,) and record.sent_at is not None
    with sqlite3.connect(service.store.path) as conn:
        assert conn.execute("SELECT parts FROM digest_log WHERE chat_id = 10").fetchone() == (1,)
