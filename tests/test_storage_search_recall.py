"""Search recall in a busy chat, on real SQLite files: the candidate cut keeps the
sentences of a rare word (a company's name) however many newer sentences share the
question's common words, and among equally good sentences the newest still wins."""

from __future__ import annotations

import pytest

from storage import Store
from summarizer.model import Article
from summarizer.terms import index_texts, search_terms


@pytest.fixture
def store(tmp_path, clock):
    with Store(tmp_path / "newsbrief.db", clock=clock) as s:
        yield s


def shared(store: Store, chat_id: int, sentences: list[str], title: str) -> int:
    article, _ = store.put_article(Article(text="".join(sentences), title=title))
    store.index_sentences(article.id, sentences, index_texts(sentences))
    store.add_history(chat_id, article.id)
    return article.id


def busy_chat(store: Store, newer: int) -> int:
    """One old article naming 磐石 (never with the question's other words), then
    `newer` articles full of 第三季度 and 营收 about other, made-up companies."""
    old = shared(store, 1, ["磐石发布了新一年的经营计划。", "公司第三季度营收为12亿元。"], "磐石经营计划")
    for n in range(newer):
        shared(store, 1, [f"样本{n}号公司第三季度营收同比增长{n % 90 + 1}%。",
                          f"样本{n}号公司第三季度营收创新高。"], f"样本{n}")
    return old


def test_a_rare_name_reaches_the_candidates_past_newer_common_matches(store):
    old = busy_chat(store, 120)
    hits = store.search(1, search_terms("磐石第三季度营收是多少"), limit=10)
    assert old in {hit.article_id for hit in hits}
    assert hits[0].article_id == old


def test_every_rare_term_is_kept_before_the_common_ones_fill_the_cut(store):
    old = busy_chat(store, 120)
    other = shared(store, 1, ["青岚发布了新一年的经营计划。"], "青岚经营计划")
    for n in range(60):
        shared(store, 1, [f"样本{n}号公司第三季度营收下降。"], f"后来{n}")
    hits = store.search(1, search_terms("磐石和青岚第三季度营收是多少"), limit=10)
    assert {old, other} <= {hit.article_id for hit in hits}


def test_among_equal_sentences_the_newest_article_comes_first(store):
    shared(store, 1, ["磐石第三季度营收为10亿元。"], "旧")
    newest = shared(store, 1, ["磐石第三季度营收为11亿元。"], "新")
    hits = store.search(1, search_terms("磐石第三季度营收"), limit=2)
    assert [hit.article_id for hit in hits][0] == newest


def test_another_chats_rare_name_is_never_a_candidate(store):
    shared(store, 2, ["磐石发布了新一年的经营计划。"], "磐石经营计划")
    busy_chat_articles = [shared(store, 1, [f"样本{n}号公司第三季度营收创新高。"], f"样本{n}") for n in range(60)]
    hits = store.search(1, search_terms("磐石第三季度营收是多少"), limit=10)
    assert hits and {hit.article_id for hit in hits} <= set(busy_chat_articles)
