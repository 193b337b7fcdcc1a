"""The Store API on real SQLite files: dedupe, cache, history, isolation, search."""

from __future__ import annotations

from datetime import timedelta

import pytest

from storage import FeedEntry, InvalidValue, NotFound, Store
from summarizer.model import Analysis, Article, Figure, Keyword, Quote, Sentence
from summarizer.terms import index_texts, search_terms

ZH_TEXT = ("云端科技第三季度营收同比增长14%，达到52亿元。公司副总裁李强表示：“我们会继续投入芯片研发。”"
           "臺灣市場的營收佔比提高到三成。")
ZH_SENTENCES = ["云端科技第三季度营收同比增长14%，达到52亿元。", "公司副总裁李强表示：“我们会继续投入芯片研发。”",
                "臺灣市場的營收佔比提高到三成。"]
EN_TEXT = "Acme Robotics raised $40 million. The startup plans to hire 200 engineers in Berlin."
EN_SENTENCES = ["Acme Robotics raised $40 million.", "The startup plans to hire 200 engineers in Berlin."]


@pytest.fixture
def store(tmp_path, clock):
    with Store(tmp_path / "newsbrief.db", clock=clock) as s:
        yield s


def sample_analysis(version: str = "1") -> Analysis:
    return Analysis(
        lang="zh", title="云端科技",
        sentences=(Sentence(0, ZH_SENTENCES[0], 0.9, 0),),
        keywords=(Keyword("营收", 1.0),),
        figures=(Figure("14%", 14.0, "%", None, "up", "第三季度", "营收", ZH_SENTENCES[0], 0, 1),),
        quotes=(Quote("李强", "副总裁", "我们会继续投入芯片研发。", "direct", 1),),
        sentence_count=3, char_count=len(ZH_TEXT), version=version,
    )


def shared(store: Store, chat_id: int, text: str, sentences: list[str], *, url: str | None = None,
           message_id: int | None = None, title: str | None = None) -> int:
    article, _ = store.put_article(Article(text=text, url=url, title=title))
    store.index_sentences(article.id, sentences, index_texts(sentences))
    store.add_history(chat_id, article.id, message_id=message_id, user_id=7)
    return article.id


# -- dedupe -------------------------------------------------------------------------------------

def test_the_same_link_with_tracking_parameters_is_one_article(store):
    first, created = store.put_article(Article(text=ZH_TEXT, url="https://News.example.com/a?id=3"))
    again, created_again = store.put_article(
        Article(text=ZH_TEXT + "（更新）", url="https://news.example.com/a?utm_source=wx&id=3#top"))
    assert (created, created_again) == (True, False)
    assert again.id == first.id
    assert store.find_article_by_url("https://NEWS.example.com:443/a?id=3&spm=1").id == first.id


def test_the_same_text_from_another_url_or_pasted_is_one_article(store):
    first, _ = store.put_article(Article(text=ZH_TEXT, url="https://a.example.com/1"))
    mirror, created = store.put_article(Article(text=ZH_TEXT.replace("。", "。\n"),
                                                url="https://b.example.com/2"))
    pasted, pasted_created = store.put_article(Article(text="  " + ZH_TEXT + "\n"))
    assert not created and not pasted_created
    assert mirror.id == pasted.id == first.id
    # The mirror URL is now a cache hit too.
    assert store.find_article_by_url("https://b.example.com/2").id == first.id
    assert store.stats().articles == 1


def test_a_pasted_text_met_again_as_a_link_takes_the_pages_metadata(store):
    pasted, _ = store.put_article(Article(text=ZH_TEXT, title="首句做的标题"))
    linked, created = store.put_article(Article(text=ZH_TEXT.replace("。", "。\n"), url="https://a.example.com/1",
                                                title="标题", site="示例财经", source_type="html"))
    assert not created and linked.id == pasted.id
    assert (linked.url, linked.title, linked.site, linked.source_type) == (
        "https://a.example.com/1", "标题", "示例财经", "html")
    again, _ = store.put_article(Article(text=ZH_TEXT, url="https://b.example.com/2", title="别的标题"))
    assert (again.url, again.title) == ("https://a.example.com/1", "标题")  # a page's metadata stays


def test_different_texts_without_urls_are_different_articles(store):
    a, _ = store.put_article(Article(text=ZH_TEXT))
    b, _ = store.put_article(Article(text=EN_TEXT))
    assert a.id != b.id
    assert store.find_article_by_text(EN_TEXT).id == b.id


def test_an_empty_article_is_refused(store):
    with pytest.raises(InvalidValue):
        store.put_article(Article(text="  \n "))


def test_article_metadata_round_trips(store):
    article = Article(text=EN_TEXT, url="https://example.com/acme", canonical_url="https://example.com/c",
                      title="Acme", site="Example", author="Ann", published="2026-11-27",
                      lang="en", source_type="html")
    stored, _ = store.put_article(article)
    assert store.get_article(stored.id).to_article() == Article(
        **{**article.to_dict(), "url": "https://example.com/acme", "canonical_url": "https://example.com/c"})
    assert store.find_article_by_url("https://example.com/c").id == stored.id


# -- analyses ----------------------------------------------------------------------------------

def test_analysis_cache_is_keyed_by_version_and_params(store):
    article, _ = store.put_article(Article(text=ZH_TEXT))
    store.put_analysis(article.id, sample_analysis("1"))
    store.put_analysis(article.id, sample_analysis("1"), params_key="n=5")
    assert store.find_analysis(article.id, version="1") == sample_analysis("1")
    assert store.find_analysis(article.id, version="1", params_key="n=5") == sample_analysis("1")
    assert store.find_analysis(article.id, version="2") is None  # new summarizer: recompute lazily
    store.put_analysis(article.id, sample_analysis("2"))  # replaces version 1's, not n=5's
    assert store.find_analysis(article.id, version="1") is None
    assert store.latest_analysis(article.id, params_key="n=5").version == "1"
    assert store.prune_analyses(keep_version="2") == 1
    assert store.find_analysis(article.id, version="2").version == "2"


# -- chats and history ---------------------------------------------------------------------------

def test_chat_settings_default_to_unset_and_update(store):
    chat = store.ensure_chat(-100, type="supergroup", title="行业群")
    assert (chat.lang, chat.tz, chat.summary_length, chat.auto_summary, chat.active) == (
        None, None, None, False, True)
    chat = store.update_chat_settings(-100, lang="en", tz="Europe/Berlin", summary_length=5,
                                      auto_summary=True, digest_times=["18:30", "9:00"],
                                      digest_max_items=8, digest_days_off=[7, 6])
    assert (chat.lang, chat.tz, chat.summary_length, chat.auto_summary) == ("en", "Europe/Berlin", 5, True)
    assert (chat.digest_times, chat.digest_max_items, chat.digest_days_off) == (
        ("09:00", "18:30"), 8, (6, 7))
    assert store.ensure_chat(-100).title == "行业群"
    assert store.set_chat_active(-100, False).active is False
    assert [c.chat_id for c in store.list_chats(active=True)] == []


@pytest.mark.parametrize("bad", [{"colour": "red"}, {"digest_times": ["25:00"]},
                                 {"digest_days_off": [0]}, {"summary_length": 0}])
def test_invalid_chat_settings_are_refused(store, bad):
    with pytest.raises(InvalidValue):
        store.update_chat_settings(1, **bad)


def test_history_is_numbered_newest_first_and_resolves_replies(store, clock):
    first = shared(store, 1, ZH_TEXT, ZH_SENTENCES, url="https://example.com/zh", message_id=100)
    clock.advance(minutes=1)
    second = shared(store, 1, EN_TEXT, EN_SENTENCES, url="https://example.com/en", message_id=101)
    store.link_message(1, 102, second)  # the bot's summary message
    assert [e.article_id for e in store.history(1)] == [second, first]
    assert [e.number for e in store.history(1)] == [1, 2]
    assert store.history_entry(1, 2).article_id == first
    assert store.last_article(1).id == second
    assert store.article_for_message(1, 100).id == first
    assert store.article_for_message(1, 102).id == second
    # Sharing the first one again moves it to the top, once.
    clock.advance(minutes=1)
    store.add_history(1, first, message_id=103)
    assert [e.article_id for e in store.history(1)] == [first, second]
    with pytest.raises(NotFound):
        store.history_entry(1, 3)
    with pytest.raises(NotFound):
        store.article_for_message(1, 999)


def test_an_empty_chat_has_no_last_article(store):
    with pytest.raises(NotFound):
        store.last_article(42)


# -- isolation ---------------------------------------------------------------------------------

def test_one_chat_never_sees_another_chats_articles(store):
    article = shared(store, 1, ZH_TEXT, ZH_SENTENCES, message_id=5)
    store.ensure_chat(2)
    assert store.search(2, search_terms("营收")) == []
    assert store.history(2) == []
    with pytest.raises(NotFound):
        store.last_article(2)
    with pytest.raises(NotFound):
        store.article_for_message(2, 5)  # same message id, other chat
    with pytest.raises(NotFound):
        store.chat_article(2, article)
    with pytest.raises(NotFound):
        store.link_message(2, 6, article)
    assert store.search(1, search_terms("营收"))


# -- search ------------------------------------------------------------------------------------

def test_search_folds_traditional_and_simplified_both_ways(store):
    shared(store, 1, ZH_TEXT, ZH_SENTENCES, title="云端科技财报")
    hits = store.search(1, search_terms("台湾市场"))
    assert hits[0].sentence_index == 2 and hits[0].title == "云端科技财报"
    assert store.search(1, search_terms("雲端科技營收"))[0].sentence_index == 0


def test_search_matches_english_case_insensitively_and_returns_metadata(store):
    article = shared(store, 1, EN_TEXT, EN_SENTENCES, url="https://example.com/acme", title="Acme")
    hit = store.search(1, search_terms("ENGINEERS Berlin"))[0]
    assert (hit.article_id, hit.sentence_index, hit.text) == (article, 1, EN_SENTENCES[1])
    assert hit.url == "https://example.com/acme" and hit.score > 0
    assert hit.fetched_at.tzinfo is not None and hit.shared_at.tzinfo is not None


def test_search_all_mode_needs_every_term_and_ranks_by_bm25(store):
    shared(store, 1, ZH_TEXT, ZH_SENTENCES)
    shared(store, 1, EN_TEXT, EN_SENTENCES)
    assert store.search(1, search_terms("营收 Berlin"), mode="all") == []
    any_hits = store.search(1, search_terms("营收 Berlin"))
    assert {h.text for h in any_hits} >= {ZH_SENTENCES[0], EN_SENTENCES[1]}
    assert [h.score for h in any_hits] == sorted((h.score for h in any_hits), reverse=True)


def test_queries_of_only_stopwords_or_fts_syntax_are_safe(store):
    shared(store, 1, EN_TEXT, EN_SENTENCES)
    assert store.search(1, search_terms("的 了 ？？")) == []
    assert store.search(1, search_terms('Acme" OR NEAR(* -')) [0].text == EN_SENTENCES[0]


def test_reindexing_replaces_the_old_sentences(store):
    article = shared(store, 1, EN_TEXT, EN_SENTENCES)
    only = ["Only this sentence about zeppelins."]
    store.index_sentences(article, only, index_texts(only))
    assert store.search(1, search_terms("Berlin")) == []
    assert store.article_sentences(article) == ["Only this sentence about zeppelins."]
    assert store.rebuild_search_index(index_texts) == 1
    assert store.search(1, search_terms("zeppelins"))[0].sentence_index == 0


def test_an_article_shared_later_in_another_chat_becomes_searchable_there(store):
    article = shared(store, 1, EN_TEXT, EN_SENTENCES)
    assert store.search(2, search_terms("Berlin")) == []
    store.add_history(2, article)
    assert store.search(2, search_terms("Berlin"))[0].article_id == article
    # Indexing after sharing works too.
    late = store.put_article(Article(text=ZH_TEXT))[0].id
    store.add_history(3, late)
    store.index_sentences(late, ZH_SENTENCES, index_texts(ZH_SENTENCES))
    chip = search_terms("芯片")
    assert store.search(3, chip)[0].article_id == late and store.search(1, chip) == []


def test_common_terms_do_not_drown_the_rare_one(store):
    # 50 sentences share the common words; one also has the rare word and must come first.
    filler = [f"第{n}家公司营收同比增长，市场表现稳定。" for n in range(50)]
    article, _ = store.put_article(Article(text="".join(filler) + "磐石公司营收同比增长。"))
    sentences = [*filler, "磐石公司营收同比增长。"]
    store.index_sentences(article.id, sentences, index_texts(sentences))
    store.add_history(1, article.id)
    assert store.search(1, search_terms("磐石公司营收增长多少"), limit=3)[0].text == "磐石公司营收同比增长。"


def term_counts_agree_with_the_index(store: Store) -> bool:
    conn = store.connection
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, sentence_fts, 'col')")
    truth = dict(conn.execute("SELECT term, doc FROM temp.v WHERE col = 'terms'").fetchall())
    totals = conn.execute("SELECT (SELECT COUNT(*) FROM sentence_fts), "
                          "(SELECT SUM(cnt) FROM temp.v)").fetchone()
    return (truth == dict(conn.execute("SELECT term, docs FROM search_term_docs").fetchall())
            and totals == conn.execute("SELECT sentences, terms FROM search_totals").fetchone())


def test_term_counts_follow_reindexing_and_purges(store):
    a = shared(store, 1, ZH_TEXT, ZH_SENTENCES)
    shared(store, 2, EN_TEXT, EN_SENTENCES)
    store.index_sentences(a, ZH_SENTENCES[:2], index_texts(ZH_SENTENCES[:2]))
    assert term_counts_agree_with_the_index(store)
    store.forget_chat(1)
    assert term_counts_agree_with_the_index(store)
    store.rebuild_search_index(index_texts)
    assert term_counts_agree_with_the_index(store)
    assert store.connection.execute("SELECT COUNT(*) FROM search_term_docs").fetchone()[0] > 0


def test_terms_made_by_other_rules_are_replaced_in_batches(store):
    a = shared(store, 1, ZH_TEXT, ZH_SENTENCES)
    shared(store, 2, EN_TEXT, EN_SENTENCES)
    assert store.search_terms_version() is None
    first = store.sentences_after(0, limit=2)
    rest = store.sentences_after(first[-1][0], limit=100)
    assert [text for _, text in first + rest] == ZH_SENTENCES + EN_SENTENCES
    store.replace_sentence_terms([(sentence_id, "stale") for sentence_id, _ in first + rest])
    assert store.search(1, search_terms("营收")) == [] and store.search(1, ["stale"])
    assert term_counts_agree_with_the_index(store)
    store.forget_chat(2)  # its sentences go while a batch is under way
    assert store.replace_sentence_terms(list(zip([i for i, _ in first + rest],
                                                 index_texts(ZH_SENTENCES + EN_SENTENCES)))) == 3
    store.set_search_terms_version("2")
    assert store.search_terms_version() == "2"
    assert store.search(1, search_terms("营收"))[0].article_id == a
    assert term_counts_agree_with_the_index(store)


# -- deletion ----------------------------------------------------------------------------------

def test_forget_deletes_history_and_only_unreferenced_articles(store):
    mine = shared(store, 1, ZH_TEXT, ZH_SENTENCES, message_id=1)
    both = shared(store, 1, EN_TEXT, EN_SENTENCES, message_id=2)
    store.add_history(2, both)
    store.update_chat_settings(1, lang="en")
    result = store.forget_chat(1)
    assert (result.history_entries, result.articles_purged) == (2, 1)
    with pytest.raises(NotFound):
        store.get_article(mine)
    assert store.history(1) == [] and store.search(1, search_terms("Berlin")) == []
    assert store.search(2, search_terms("Berlin"))  # chat 2 keeps its article and its index
    assert store.get_chat(1).lang == "en"  # settings survive /forget
    assert store.connection.execute("SELECT COUNT(*) FROM sentence_fts").fetchone()[0] == 2
    assert store.stats().sentences == 2


def test_deletions_never_take_an_article_still_on_its_way_to_a_history(store, clock):
    # Stored, being analysed, not yet in any history: a /forget elsewhere, a pruned feed and
    # an unfollowed feed must leave it alone (only purge_orphan_articles takes it).
    shared(store, 1, ZH_TEXT, ZH_SENTENCES)
    feed = store.add_feed(2, "https://example.com/feed.xml")
    store.add_feed_items(feed.id, [FeedEntry(guid="a")])
    clock.advance(days=30)
    pending, _ = store.put_article(Article(text=EN_TEXT))
    store.forget_chat(1)
    store.prune_feed_items(older_than=clock() - timedelta(days=7))
    store.remove_chat_feed(2, feed.id)
    store.delete_chat(2)
    assert store.get_article(pending.id).text == EN_TEXT
    assert store.purge_orphan_articles() == 1


def test_deleting_a_chat_removes_its_settings_feeds_and_digests(store):
    shared(store, 1, ZH_TEXT, ZH_SENTENCES)
    store.add_feed(1, "https://example.com/feed.xml")
    store.subscribe(1)
    store.claim_digest(1, "2026-11-28T09:00")
    store.delete_chat(1)
    stats = store.stats()
    assert (stats.chats, stats.articles, stats.feeds, stats.subscriptions) == (0, 0, 0, 0)


# -- subscriptions, feeds, digests ----------------------------------------------------------------

def test_subscriptions_keep_settings_and_pause(store):
    sub = store.subscribe(-5, times=["09:00"], tz="Asia/Shanghai")
    assert (sub.digest_times, sub.tz, sub.paused) == (("09:00",), "Asia/Shanghai", False)
    store.pause_subscription(-5, "forbidden")
    assert store.list_subscriptions() == []
    assert store.list_subscriptions(include_paused=True)[0].paused_reason == "forbidden"
    assert store.subscribe(-5).paused is False  # resubscribing resumes, settings kept
    assert store.get_subscription(-5).digest_times == ("09:00",)
    assert store.unsubscribe(-5) and not store.unsubscribe(-5)
    with pytest.raises(NotFound):
        store.get_subscription(-5)


def test_a_chat_adding_a_feed_it_follows_again_keeps_it_once(store):
    feed = store.add_feed(1, "https://example.com/rss", title="Example")
    assert store.add_feed(1, "https://example.com/rss").id == feed.id
    assert [f.id for f in store.chat_feeds(1)] == [feed.id]


def test_feeds_are_shared_between_chats_and_polled_with_backoff(store, clock):
    feed = store.add_feed(1, "https://Example.com/rss?utm_medium=x", title="Example")
    assert store.add_feed(2, "https://example.com/rss").id == feed.id
    assert [f.id for f in store.feeds_due()] == [feed.id]
    store.record_feed_success(feed.id, etag='"v1"', last_modified="Sat, 28 Nov 2026 08:00:00 GMT",
                              next_poll_at=clock() + timedelta(minutes=15))
    assert store.feeds_due() == []
    clock.advance(minutes=16)
    assert store.get_feed(feed.id).etag == '"v1"' and store.feeds_due()
    for _ in range(3):
        feed = store.record_feed_failure(feed.id, "timeout", next_poll_at=clock(), pause_after=3)
    assert feed.paused and feed.failures == 3
    assert store.feeds_due() == []
    assert store.claim_feed_pause_notices(feed.id) == [1, 2]
    assert store.claim_feed_pause_notices(feed.id) == []  # each chat is told once
    store.resume_feed(feed.id)
    store.remove_chat_feed(1, feed.id)
    assert store.chat_feeds(1) == [] and [f.id for f in store.chat_feeds(2)] == [feed.id]
    store.remove_chat_feed(2, feed.id)
    with pytest.raises(NotFound):
        store.get_feed(feed.id)


def test_feed_items_are_new_once_and_scoped_to_following_chats(store, clock):
    feed = store.add_feed(1, "https://example.com/rss")
    store.ensure_chat(2)
    entries = [FeedEntry(guid="a", url="https://example.com/a", title="A"), FeedEntry(guid="b")]
    assert [i.guid for i in store.add_feed_items(feed.id, entries)] == ["a", "b"]
    clock.advance(minutes=1)
    assert store.add_feed_items(feed.id, entries) == []
    since = clock()
    clock.advance(minutes=1)
    [item_c] = store.add_feed_items(feed.id, [FeedEntry(guid="c", title="C")])
    assert [i.guid for i in store.feed_items_for_chat(1)] == ["a", "b", "c"]
    assert [i.guid for i in store.feed_items_for_chat(1, since=since)] == ["c"]
    assert store.feed_items_for_chat(2) == []
    assert store.feed_item_ids_for_chat(1) == [i.id for i in store.feed_items_for_chat(1)]
    assert store.feed_item_ids_for_chat(1, since=since) == [item_c.id]
    article, _ = store.put_article(Article(text=EN_TEXT))
    assert store.set_feed_item_article(item_c.id, article.id).article_id == article.id
    assert store.purge_orphan_articles() == 0  # a feed item still needs it


def test_each_digest_period_is_claimed_once(store, clock):
    assert store.claim_digest(1, "2026-11-28T09:00") is True
    assert store.claim_digest(1, "2026-11-28T09:00") is False
    assert store.claim_digest(2, "2026-11-28T09:00") is True
    assert store.last_digest(1) is None
    clock.advance(seconds=5)
    record = store.mark_digest_sent(1, "2026-11-28T09:00", message_ids=[11, 12], item_count=6)
    assert (record.status, record.message_ids, record.sent_at) == ("sent", (11, 12), clock())
    assert store.last_digest(1).period_key == "2026-11-28T09:00"
    assert store.release_digest(1, "2026-11-28T09:00") is False  # a sent digest stays sent
    assert store.release_digest(2, "2026-11-28T09:00") is True
    assert store.claim_digest(2, "2026-11-28T09:00") is True
    assert set(store.last_digests()) == {1}
    with pytest.raises(NotFound):
        store.mark_digest_sent(3, "never-claimed")


def test_history_since_lists_links_shared_after_the_last_digest(store, clock):
    old = shared(store, 1, ZH_TEXT, ZH_SENTENCES)
    since = clock()
    clock.advance(minutes=1)
    new = shared(store, 1, EN_TEXT, EN_SENTENCES)
    store.add_history(1, old, source="digest")
    assert [e.article_id for e in store.history_since(1, since)] == [new]
    assert [e.article_id for e in store.history_since(1, None)] == [old, new]


# -- operations --------------------------------------------------------------------------------

def test_backup_is_a_consistent_readable_copy(store, tmp_path):
    shared(store, 1, ZH_TEXT, ZH_SENTENCES)
    copy = store.backup(tmp_path / "backups" / "copy.db")
    with Store(copy) as restored:
        assert restored.search(1, search_terms("营收")) and restored.stats().articles == 1


def test_maintenance_keeps_search_working_and_the_file_healthy(store):
    shared(store, 1, ZH_TEXT, ZH_SENTENCES)
    store.optimize()
    assert store.integrity_problems() == []
    assert store.search(1, search_terms("营收"))


def test_pruning_feed_items_spares_an_article_stored_after_the_cutoff(store, clock):
    """An article being summarized has no history row yet: pruning must not take it."""
    old, _ = store.put_article(Article(text="旧文章。" * 30, title="旧"))
    clock.advance(days=8)
    fresh, _ = store.put_article(Article(text="新文章。" * 30, title="新"))
    store.prune_feed_items(older_than=clock() - timedelta(days=7))
    with pytest.raises(NotFound):
        store.get_article(old.id)  # an old orphan goes
    assert store.get_article(fresh.id).id == fresh.id


# -- a group upgraded to a supergroup -------------------------------------------------------


def test_moving_a_chat_carries_every_row_that_names_it_and_keeps_what_the_new_id_has(store):
    old, new = -51, -10051
    store.update_chat_settings(old, lang="en", summary_length=4, type="group", title="old")
    first = shared(store, old, ZH_TEXT, ZH_SENTENCES, message_id=11)
    store.subscribe(old, times=["09:00"], tz="Asia/Shanghai")
    store.add_feed(old, "http://example.com/rss.xml")
    store.add_watch_names(old, [("云端科技", "云端科技")])
    store.ensure_chat(new, type="supergroup", title="new")  # a message in the new chat came first
    store.add_watch_names(new, [("云端科技", "云端科技")])  # the same name: one row is kept
    assert store.move_chat(old, new)
    assert not store.move_chat(old, new)  # Telegram's second migration message changes nothing
    chat = store.get_chat(new)
    assert (chat.lang, chat.summary_length, chat.type, chat.title, chat.active) == ("en", 4, "supergroup", "new", True)
    assert store.find_chat(old) is None
    assert [entry.article_id for entry in store.history(new)] == [first]
    assert store.article_for_message(new, 11).id == first
    assert store.get_subscription(new).digest_times == ("09:00",)
    assert [feed.url for feed in store.chat_feeds(new)] == ["http://example.com/rss.xml"]
    for table in ("chat_articles", "chat_messages", "subscriptions", "chat_feeds", "watchlist"):
        assert store._values(f"SELECT count(*) FROM {table} WHERE chat_id = ?", (old,)) == [0], table
    assert store._values("SELECT count(*) FROM watchlist WHERE chat_id = ?", (new,)) == [1]
