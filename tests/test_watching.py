"""Watchlists, alerts and /track in-process, on a real AsyncStore: isolation, one alert per
story, the hourly cap, quiet hours, feed filters."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.core.watching import (
    AlertCandidate,
    WatchService,
    in_quiet_hours,
)
from bot.errors import BadName, BadQuietHours
from storage import AsyncStore
from summarizer import analyze
from summarizer.watch import MAX_NAMES

NOW = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)  # 12:00 in Shanghai


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


STORIES = [
    ("宁德时代发布新一代储能电池", "宁德时代今日发布新一代储能电池，能量密度提升20%。公司表示将于明年量产。"),
    ("宁德时代与车企签订供货协议", "宁德时代与一家欧洲车企签订长期供货协议，合同金额约100亿元。双方将在匈牙利合作建厂。"),
    ("CATL opens a plant in Spain", "CATL said on Monday it will open a battery plant in Spain with a partner. The plant starts in 2026."),
    ("寧德時代第三季度淨利潤增長", "寧德時代公佈第三季度業績，淨利潤同比增長25%。營收略有下降。"),
]


@pytest.fixture
async def store(tmp_path):
    async with await AsyncStore.open(tmp_path / "w.db") as s:
        yield s


def item(feed_id, n, title, text, source="Feed"):
    return AlertCandidate(key=f"item:{feed_id}:{n}", title=title, text=text, url=f"https://news{feed_id}.example/{n}",
                          url_key=f"https://news{feed_id}.example/{n}", source=source, published=NOW, feed_id=feed_id)


async def test_watch_list_and_unwatch_report_every_name(store):
    watch = WatchService(store, clock=Clock(NOW))
    change = await watch.watch(1, "宁德时代 比亚迪 寧德時代 ！！ " + "x" * 500)
    assert change.added == ("宁德时代", "比亚迪") and change.total == 2
    assert [r.reason for r in change.rejected] == ["punctuation", "too_long"]
    again = await watch.watch(1, "寧德時代")
    assert again.added == () and again.already == ("寧德時代",)
    assert [e.name for e in await watch.watchlist(1)] == ["宁德时代", "比亚迪"]
    assert await watch.unwatch(1, "比亚迪 蔚来") == (["比亚迪"], ["蔚来"])
    for bad, reason in (("", "empty"), ("   ", "empty"), ("。。。", "punctuation"), ("x" * 500, "too_long")):
        with pytest.raises(BadName) as error:
            await watch.watch(1, bad)
        assert error.value.reason == reason


async def test_a_thousand_names_fill_the_list_and_the_rest_are_reported(store):
    watch = WatchService(store, clock=Clock(NOW))
    change = await watch.watch(1, " ".join(f"公司{i}" for i in range(1000)))
    assert len(change.added) == MAX_NAMES and len(change.over_limit) == 1000 - MAX_NAMES
    assert change.total == MAX_NAMES


async def test_one_alert_per_story_with_the_other_feed_listed(store):
    feed_a = await store.add_feed(1, "https://a.example/rss")
    feed_b = await store.add_feed(1, "https://b.example/rss")
    watch = WatchService(store, clock=Clock(NOW))
    await watch.watch(1, "宁德时代")
    title, text = STORIES[0]
    alerts = await watch.alerts_for_feed_items([item(feed_a.id, 1, title, text, "Feed A"),
                                                item(feed_b.id, 1, title, text + "（转载）", "Feed B")])
    assert len(alerts) == 1 and alerts[0].sources == ("Feed A", "Feed B") and not alerts[0].held
    assert "宁德时代" in alerts[0].sentences[0]
    # The same story polled again later from a third feed only adds a source.
    feed_c = await store.add_feed(1, "https://c.example/rss")
    assert await watch.alerts_for_feed_items([item(feed_c.id, 9, title, text, "Feed C")]) == []
    [record] = await store.alerts_since(1, NOW - timedelta(hours=1))
    assert record.sources == ("Feed A", "Feed B", "Feed C")
    assert [(e.name, e.alerts_this_week) for e in await watch.watchlist(1)] == [("宁德时代", 1)]


async def test_watchlists_of_one_chat_never_alert_another(store):
    feed = await store.add_feed(1, "https://a.example/rss")
    await store.add_feed(2, "https://a.example/rss")
    watch = WatchService(store, clock=Clock(NOW))
    await watch.watch(1, "宁德时代")
    await watch.watch(3, "宁德时代")  # watches, but follows no feed
    alerts = await watch.alerts_for_feed_items([item(feed.id, 1, *STORIES[0])])
    assert [a.chat_id for a in alerts] == [1]
    shared = await watch.alerts_for_shared(2, item(None, 5, *STORIES[1]))
    assert shared == []


async def test_passing_mentions_and_filtered_items_give_no_alert(store):
    feed = await store.add_feed(1, "https://a.example/rss")
    watch = WatchService(store, clock=Clock(NOW))
    await watch.watch(1, "宁德时代")
    await watch.set_feed_filter(1, feed.id, "exclude:招聘")
    listing = ("电池展会开幕", "行业动态。展会为期三天。参展企业包括比亚迪、宁德时代、亿纬锂能、国轩高科、中创新航等。")
    hiring = ("宁德时代招聘工程师", "宁德时代发布招聘公告。")
    assert await watch.alerts_for_feed_items([item(feed.id, 1, *listing), item(feed.id, 2, *hiring)]) == []


async def test_alerts_over_the_hourly_cap_are_held_for_the_digest(store):
    feed = await store.add_feed(1, "https://a.example/rss")
    watch = WatchService(store, clock=Clock(NOW))
    await watch.watch(1, "宁德时代")
    await watch.set_cap(1, 2)
    alerts = await watch.alerts_for_feed_items([item(feed.id, n, *story) for n, story in enumerate(STORIES)])
    assert [a.held for a in alerts] == [False, False, True, True]
    held = await watch.held_for_digest(1)
    assert [h.title for h in held] == [STORIES[2][0], STORIES[3][0]]
    await watch.mark_digested([h.id for h in held])
    assert await watch.held_for_digest(1) == []


async def test_quiet_hours_follow_the_chat_time_zone(store):
    feed = await store.add_feed(1, "https://a.example/rss")
    await store.update_chat_settings(1, tz="Asia/Shanghai")
    watch = WatchService(store, clock=Clock(NOW))
    await watch.watch(1, "CATL")
    await watch.set_quiet_hours(1, "11:00-13:00")  # it is 12:00 in Shanghai, 04:00 UTC
    [alert] = await watch.alerts_for_feed_items([item(feed.id, 1, *STORIES[2])])
    assert alert.held
    with pytest.raises(BadQuietHours):
        await watch.set_quiet_hours(1, "late")


def test_quiet_hours_across_midnight():
    assert in_quiet_hours("22:00-07:00", "UTC", datetime(2026, 3, 2, 23, 30, tzinfo=UTC))
    assert in_quiet_hours("22:00-07:00", "UTC", datetime(2026, 3, 2, 6, 59, tzinfo=UTC))
    assert not in_quiet_hours("22:00-07:00", "UTC", datetime(2026, 3, 2, 7, 0, tzinfo=UTC))
    assert not in_quiet_hours(None, "UTC", NOW)


async def test_track_over_a_chats_articles_orders_quarters_and_merges_repeats(store):
    from summarizer.model import Article

    texts = [
        ("2024-05-15", "腾讯云一季度", "腾讯云2024年第一季度营收同比增长12%。"),
        ("2024-08-15", "腾讯云二季度", "腾讯云2024年第二季度营收同比增长15%。"),
        ("2024-11-14", "腾讯云三季度", "腾讯云2024年第三季度营收同比增长18%。"),
        ("2024-08-16", "转载：腾讯云二季度", "据报道，腾讯云2024年第二季度营收同比增长15%。"),
        ("2024-08-20", "云市场", "阿里云营收同比增长6%。"),
    ]
    analyses = {}
    for date, title, text in texts:
        saved, _ = await store.put_article(Article(text=text, title=title, published=date,
                                                   url=f"https://x.example/{title}"))
        analyses[saved.id] = analyze(text, title=title)
        await store.add_history(1, saved.id)

    async def analysis_for(article_id):
        return analyses.get(article_id)

    watch = WatchService(store, clock=Clock(NOW), analysis_for=analysis_for)
    result = await watch.track(1, "腾讯云")
    assert result.articles_mentioning == 4
    growth = next(s for s in result.track.series if s.metric == "revenue_growth")
    assert [p.period.label("zh") for p in growth.points] == ["2024年第一季度", "2024年第二季度", "2024年第三季度"]
    assert len(growth.points[1].sources) == 2
    other_chat = await watch.track(2, "腾讯云")
    assert other_chat.articles_mentioning == 0 and other_chat.track.series == ()


async def test_track_reads_figures_from_cached_analyses_and_checks_word_boundaries(store):
    import summarizer
    from bot.core.service import ANALYSIS_KEY
    from summarizer.model import Article

    texts = [("Intel revenue rose 9% in the third quarter of 2024, the company said.", "Intel results"),
             ("Artificial intelligence spending rose 30% in 2024, a survey found.", "AI survey")]
    for text, title in texts:
        saved, _ = await store.put_article(Article(text=text, title=title, published="2024-11-01"))
        await store.put_analysis(saved.id, analyze(text, title=title), version=summarizer.SUMMARIZER_VERSION,
                                 params_key=ANALYSIS_KEY)
        await store.add_history(1, saved.id)

    async def never(article_id):
        raise AssertionError("a cached analysis is read from storage")

    result = await WatchService(store, clock=Clock(NOW), analysis_for=never).track(1, "intel")
    assert result.articles_mentioning == 1  # "intelligence" is not Intel
    [series] = result.track.series
    assert series.points[0].figure.text == "9%" and series.points[0].period.label("en") == "Q3 2024"
