"""Watchlist, alert-log, alert-settings and feed-filter tables."""

from datetime import UTC, datetime, timedelta

import pytest

from storage import AsyncStore, NotFound, Store
from storage.watch import AlertSettings

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.db", clock=lambda: T0) as s:
        yield s


def test_watch_names_are_kept_once_per_folded_form_and_per_chat(store):
    assert store.add_watch_names(1, [("寧德時代", "宁德时代"), ("BYD", "byd")], user_id=7) == ["寧德時代", "BYD"]
    assert store.add_watch_names(1, [("宁德时代", "宁德时代")]) == []
    assert store.add_watch_names(2, [("宁德时代", "宁德时代")]) == ["宁德时代"]
    assert [w.name for w in store.watch_names(1)] == ["BYD", "寧德時代"]  # added together: by name
    assert store.watchlists() == {1: [w.name for w in store.watch_names(1)], 2: ["宁德时代"]}
    assert store.remove_watch_name(1, "宁德时代") == "寧德時代"
    assert store.remove_watch_name(1, "宁德时代") is None
    assert store.watchlists([1]) == {1: ["BYD"]}


def test_alert_settings_default_and_change(store):
    assert store.alert_settings(1) == AlertSettings()
    store.set_alert_settings(1, hourly_cap=3)
    assert store.set_alert_settings(1, quiet_hours="22:00-07:00") == AlertSettings(3, "22:00-07:00")
    assert store.set_alert_settings(1, clear_quiet_hours=True) == AlertSettings(3, None)


def test_alert_log_counts_merges_sources_and_hands_held_alerts_to_the_digest(store):
    sent = store.log_alert(1, names=["宁德时代"], status="sent", article_id=None, url_key="https://a/1",
                           signature=b"\x01" * 8, title="t1", url="https://a/1", sources=["Feed A"], at=T0)
    held = store.log_alert(1, names=["宁德时代"], status="held", article_id=None, url_key=None, signature=None,
                           title="t2", url=None, sources=["Feed B"], at=T0 + timedelta(minutes=5))
    assert store.add_alert_sources(sent.id, ["Feed C", "Feed A"]).sources == ("Feed A", "Feed C")
    assert [a.id for a in store.alerts_since(1, T0 - timedelta(hours=1))] == [sent.id, held.id]
    assert store.alerts_since(2, T0 - timedelta(hours=1)) == []
    assert [a.id for a in store.held_alerts(1)] == [held.id]
    assert store.mark_alerts_digested([held.id]) == 1
    assert store.held_alerts(1) == []
    with pytest.raises(ValueError):
        store.log_alert(1, names=[], status="bogus", article_id=None, url_key=None, signature=None,
                        title=None, url=None, sources=[])


def test_feed_filters_per_chat_and_followers(store):
    feed = store.add_feed(1, "https://example.com/rss")
    store.add_feed(2, "https://example.com/rss")
    store.set_feed_filter(1, feed.id, '{"include": ["储能"], "exclude": []}')
    assert store.feed_filters(1) == {feed.id: '{"include": ["储能"], "exclude": []}'}
    assert store.feed_filters(2) == {}
    assert store.feed_followers([feed.id]) == {feed.id: [(1, '{"include": ["储能"], "exclude": []}'), (2, None)]}
    with pytest.raises(NotFound):
        store.set_feed_filter(3, feed.id, None)


async def test_async_store_has_the_watch_methods(tmp_path):
    async with await AsyncStore.open(tmp_path / "a.db") as store:
        assert await store.add_watch_names(1, [("CATL", "catl")]) == ["CATL"]
        assert await store.watchlists() == {1: ["CATL"]}
