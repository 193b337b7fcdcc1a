"""Watchlists, alerts, feed filters, charts and /track end to end: the real `newsbrief run`
against the fake Bot API and a local feed server.

One bot process, scenes in order:
1. A group watches 宁德时代 and follows three feeds (one filtered); another chat follows a
   feed but watches nothing; a third watches the name but follows no feed.
2. The same story appears in two feeds, and a filtered job advert in the third: one alert,
   within one poll, listing both sources, in the watching group only.
3. With a cap of one alert an hour, two more stories: one alert, the other is held and
   appears in the next digest under "关注 / Watchlist"; the filtered item never appears.
4. /numbers on an article with comparable figures sends a PNG photo after the text.
5. /track orders three quarters and lists a repeated figure once with both sources.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime

import pytest

from tests.botharness import wait_until
from tests.fakebotapi import FakeBotAPI
from tests.feed_samples import rss
from tests.feed_server import FeedServer, Route

GROUP = -3001
FOLLOWER = -3002  # follows feed A, watches nothing
WATCHER = -3003  # watches 宁德时代, follows no feed
PRIVATE = 3101
ADMIN = 601
POLL_SECONDS = 1

FILLER = "行业周报：本周动力电池板块整体平稳，上游原材料价格小幅波动，多家机构发布了季度展望。" * 3
STORY = ("宁德时代今日宣布在匈牙利新建储能电池工厂，总投资约73亿欧元，预计2026年投产。"
         "公司表示，新工厂将主要服务欧洲车企客户，并带动当地上下游产业链发展。"
         "分析人士认为，此举将进一步巩固宁德时代在欧洲市场的领先地位。")
STORY_REWRITE = "据外媒报道，" + STORY
HIRING = ("宁德时代发布2027届校园招聘公告，招聘岗位涵盖研发、制造、质量等多个方向，"
          "面向全国高校应届毕业生，报名截止时间为下月底。公司将在多个城市举办宣讲会。") * 2
SECOND = ("宁德时代与一家德国车企签署长期供货协议，将在未来五年供应动力电池。"
          "双方还将在电池回收领域展开合作，共同建设回收网络。宁德时代表示合作进展顺利。") * 2
THIRD = ("宁德时代发布钠离子电池新品，能量密度较上一代提升明显，成本进一步下降。"
         "宁德时代称新品将率先用于两轮车和储能场景，明年起逐步放量。") * 2
CLOUDS = ("云厂商季度成绩单出炉，各家增速分化明显。腾讯云第三季度营收同比增长15%。"
          "百度智能云营收同比增长14%，达到49亿元。阿里云收入增长三位数。华为云营收同比下降5%。"
          "金山云营收同比增长8%。分析人士认为，人工智能需求是带动云计算增长的主要原因，"
          "各家厂商都在加大算力投入。")
TENCENT = [
    "腾讯云2024年第一季度营收同比增长12%，增速较上季度有所回升，公司表示企业客户需求稳定。" * 3,
    "腾讯云2024年第二季度营收同比增长15%，主要受益于人工智能相关业务，云服务收入稳步提升。" * 3,
    "腾讯云2024年第三季度营收同比增长18%，创下近两年来最快增速，管理层对全年前景保持乐观。" * 3,
    "据多家媒体报道，腾讯云2024年第二季度营收同比增长15%，人工智能相关业务贡献明显。" * 3,
]


def long(text: str, chars: int = 220) -> str:
    """A text over the teaser and short-message thresholds, by repeating itself."""
    return text * (chars // len(text) + 1)


def entry(slug: str, title: str, body: str) -> dict:
    return {"title": title, "link": f"https://news.example/{slug}", "guid": slug, "description": long(body),
            "published": datetime.now(UTC)}


# The conftest's `fake` Bot API and `bot` process, configured for this module.
FAKE_BOT_ADMINS = {GROUP: (ADMIN,), FOLLOWER: (ADMIN,), WATCHER: (ADMIN,)}
BOT_ENV = {"NEWSBRIEF_FEED_POLL_SECONDS": str(POLL_SECONDS)}


@pytest.fixture(scope="module")
def feeds():
    server = FeedServer().start()
    server.routes["/a.xml"] = Route(rss("甲报", [entry("a0", "电池周报", FILLER)]))
    server.routes["/b.xml"] = Route(rss("乙网", [entry("b0", "电池行业周报", FILLER + "。")]))
    server.routes["/c.xml"] = Route(rss("丙讯", [entry("c0", "行业周报（丙）", FILLER + "！")]))
    yield server
    server.stop()


def command(fake: FakeBotAPI, chat_id: int, text: str, *, user_id: int = ADMIN):
    mark = fake.mark()
    fake.command(chat_id, text, user_id=user_id)
    return fake.wait_reply(chat_id, after=mark)


def poll_due(db) -> None:
    """The feeds' next poll comes now (a poll cycle is minutes long; the poller runs every second)."""
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE feeds SET next_poll_at = NULL")


def alerts(fake: FakeBotAPI, chat_id: int, *, after: int = 0) -> list:
    return [c for c in fake.calls_of("sendMessage", after=after, chat_id=chat_id) if "🔔" in c.text]


def alert_rows(db) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT status, sources FROM alert_log ORDER BY id").fetchall()


@pytest.fixture(scope="module")
def db(bot):
    """One bot for the scenes below, which run in order on its database."""
    return bot.db_path


def test_watch_refuses_bad_names_and_feeds_take_filters(fake, feeds, db):
    # 1. Set up. Refusals are clear and lose nothing. They go to another group: Telegram lets a
    #    bot send a group 20 messages a minute, and the group's digest comes later in this module.
    assert "管理员" in command(fake, WATCHER, "/watch 宁德时代", user_id=ADMIN + 1).text
    assert "宁德时代" in command(fake, GROUP, "/watch 宁德时代").text
    assert "标点" in command(fake, WATCHER, "/watch ！！！").text
    assert "太长" in command(fake, WATCHER, "/watch " + "长" * 500).text
    assert "/unwatch" in command(fake, WATCHER, "/unwatch").text
    listing = command(fake, GROUP, "/watch")
    assert "宁德时代 · 0" in listing.text
    assert "甲报" in command(fake, GROUP, f"/feed add {feeds.url('/a.xml')}").text
    assert "乙网" in command(fake, GROUP, f"/feed add {feeds.url('/b.xml')}").text
    added = command(fake, GROUP, f"/feed add {feeds.url('/c.xml')} exclude:招聘")
    assert "丙讯" in added.text
    wait_until(lambda: any("招聘" in c.text for c in fake.calls_of("sendMessage", chat_id=GROUP)))
    assert "招聘" in command(fake, GROUP, "/feed list").text
    command(fake, FOLLOWER, f"/feed add {feeds.url('/a.xml')}")
    command(fake, WATCHER, "/watch 宁德时代")



def test_a_story_from_two_feeds_alerts_the_watching_chat_once(fake, feeds, db):
    # 2. The same story in two feeds, a filtered advert in the third: one alert within a poll.
    mark = fake.mark()
    appeared = time.monotonic()
    feeds.routes["/a.xml"] = Route(rss("甲报", [entry("a1", "宁德时代匈牙利建厂", STORY)]))
    feeds.routes["/b.xml"] = Route(rss("乙网", [entry("b1", "宁德时代将在匈牙利建新厂", STORY_REWRITE)]))
    feeds.routes["/c.xml"] = Route(rss("丙讯", [entry("c1", "宁德时代校园招聘", HIRING)]))
    poll_due(db)
    [alert] = fake.wait_for("sendMessage", lambda c: "🔔" in c.text, after=mark, chat_id=GROUP)
    latency = time.monotonic() - appeared
    assert latency < 10 * POLL_SECONDS + 10  # one poll plus slack for a loaded machine
    assert "<b>宁德时代</b>" in alert.params["text"]
    assert "甲报" in alert.text and "乙网" in alert.text
    assert any(b.get("callback_data", "").endswith(":summary") for b in alert.buttons)
    # All three feeds were due in the poll that sent the alert; the next poll is minutes away.
    assert len(alerts(fake, GROUP, after=mark)) == 1
    assert not alerts(fake, FOLLOWER) and not alerts(fake, WATCHER)
    assert not any("招聘" in c.text for c in alerts(fake, GROUP))



def test_alerts_over_the_cap_go_into_the_digest_and_filtered_items_never_appear(fake, feeds, db):
    # 3. Cap of one an hour: the next story alerts nothing new (the first used the hour);
    #    held stories go into the digest's watchlist section.
    assert "1" in command(fake, GROUP, "/settings alerts 1").text
    mark = fake.mark()
    feeds.routes["/a.xml"] = Route(rss("甲报", [entry("a2", "宁德时代签署供货协议", SECOND)]))
    feeds.routes["/b.xml"] = Route(rss("乙网", [entry("b2", "宁德时代发布钠离子电池", THIRD)]))
    poll_due(db)
    wait_until(lambda: len(alert_rows(db)) == 3)
    assert [status for status, _ in alert_rows(db)] == ["sent", "held", "held"]
    assert alerts(fake, GROUP, after=mark) == []
    listing = command(fake, GROUP, "/watch")
    assert "宁德时代 · 3" in listing.text  # one sent, two held this week
    mark = fake.mark()
    fake.command(GROUP, "/digest", user_id=ADMIN)
    [section] = fake.wait_for("sendMessage", lambda c: "关注 / Watchlist" in c.text, after=mark,
                              chat_id=GROUP)
    assert "宁德时代签署供货协议" in section.text and "宁德时代发布钠离子电池" in section.text
    digest_text = " ".join(c.text for c in fake.calls_of("sendMessage", after=mark, chat_id=GROUP))
    assert "校园招聘" not in digest_text
    # A held story is shown once, in the watchlist section, not again among the stories.
    assert digest_text.count("宁德时代签署供货协议") == 1 and digest_text.count("宁德时代发布钠离子电池") == 1



def test_numbers_sends_a_png_chart_after_the_text(fake, db):
    # 4. /numbers sends the chart as a PNG photo after the text list.
    mark = fake.mark()
    fake.send_text(PRIVATE, long(CLOUDS))
    summary = fake.wait_reply(PRIVATE, after=mark)
    # The Numbers button switches the view in place and sends the chart too.
    [numbers] = [b["callback_data"] for b in summary.buttons if b["callback_data"].endswith(":numbers")]
    mark = fake.mark()
    fake.press(PRIVATE, summary.params["message_id"], numbers)
    [pressed] = fake.wait_for("sendPhoto", after=mark, chat_id=PRIVATE, timeout=60)
    assert pressed.params["photo"].startswith(b"\x89PNG")
    mark = fake.mark()
    fake.command(PRIVATE, "/numbers")
    [photo] = fake.wait_for("sendPhoto", after=mark, chat_id=PRIVATE, timeout=60)
    assert photo.params["photo"].startswith(b"\x89PNG")
    assert "增速" in photo.params["caption"]
    [text] = [c for c in fake.calls_of("sendMessage", after=mark, chat_id=PRIVATE)]
    assert text.at < photo.at and "15%" in text.text


def test_track_orders_quarters_and_lists_a_repeated_figure_once(fake, db):
    # 5. /track: three quarters in order, the repeated figure once with both sources.
    for body in TENCENT:
        mark = fake.mark()
        fake.send_text(PRIVATE, long(body))
        fake.wait_reply(PRIVATE, after=mark)
    mark = fake.mark()
    reply = command(fake, PRIVATE, "/track 腾讯云", user_id=PRIVATE)
    [chart] = fake.wait_for("sendPhoto", after=mark, chat_id=PRIVATE, timeout=60)  # three quarters: a line
    assert chart.params["photo"].startswith(b"\x89PNG") and "营收增速" in chart.params["caption"]
    points = [line for line in reply.text.splitlines() if line.startswith("• 2024年")]
    assert [line.split("：")[0] for line in points] == ["• 2024年第一季度", "• 2024年第二季度", "• 2024年第三季度"]
    assert "15%" in points[1] and points[1].count("[") == 2  # reported twice, listed once
    none = command(fake, PRIVATE, "/track 比亚迪", user_id=PRIVATE)
    assert "还没有" in none.text


def test_track_lists_a_company_notes_bare_revenue_and_profit(fake, db):
    # An untitled note names its company once, as the one announcing results; its figures say only
    # 营业收入 and 净利润. /track finds them through the analysis worker (the names are read with jieba).
    note = ("8月12日，云帆科技发布半年报。上半年公司实现营业收入30.2亿元，同比增长12%；净利润4.1亿元，同比增长9%。"
            "公司表示下半年订单饱满，产能利用率维持高位。")
    mark = fake.mark()
    fake.send_text(PRIVATE, long(note))
    fake.wait_reply(PRIVATE, after=mark)
    reply = command(fake, PRIVATE, "/track 云帆科技", user_id=PRIVATE)
    assert "30.2亿元" in reply.text and "4.1亿元" in reply.text
