"""/ask in a busy chat, through the real service and storage on a SQLite file: the
article that answers was shared first, and hundreds of newer ones share the
question's common words (第三季度, 营收, revenue). The answer must still be found,
and a question about a company no article names must still be refused.

The texts are ours (fictional companies and numbers)."""

from __future__ import annotations


import pytest

from summarizer.model import Article
from summarizer.terms import index_texts
from tests.ask_helpers import ask_stored, on_service, read_article

CHAT = 5
ANSWERS = [
    Article(title="磐岳科技三季报点评", published="2026-10-20", lang="zh", url="https://example.com/panyue",
            text="磐岳科技发布三季报。公司第三季度实现营收8.4亿元，同比增长17%。毛利率为31.2%。"),
    Article(title="Corvane results", published="2026-10-21", lang="en", url="https://example.com/corvane",
            text="Corvane posted its results on Tuesday. Third-quarter revenue was $312 million, up 9%."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("busy") / "busy.db"

    async def build(service) -> None:
        store = service.store
        await service.chat(CHAT, type="private", title="busy")
        for article in ANSWERS:
            await read_article(service, CHAT, article)
        for n in range(400):  # newer, indexed only (no analysis), sharing the common words
            sentences = [f"样本{n}号公司第三季度营收同比增长{n % 40 + 1}%。", f"样本{n}号公司毛利率为{n % 30 + 10}%。",
                         f"Sample {n} Systems said third-quarter revenue rose {n % 20 + 1}%."]
            stored, _ = await store.put_article(Article(text="".join(sentences), title=f"样本{n}",
                                                        url=f"https://example.com/s{n}"))
            await store.index_sentences(stored.id, sentences, index_texts(sentences))
            await store.add_history(CHAT, stored.id)

    on_service(path, build)
    return path


def ask(db, question: str):
    return ask_stored(db, CHAT, question)


def test_an_older_company_article_answers_past_newer_common_words(db):
    found = ask(db, "磐岳科技第三季度营收是多少？")
    assert not found.abstained and "8.4亿元" in found.sentences[0].text
    found = ask(db, "磐岳科技的毛利率是多少？")
    assert not found.abstained and "31.2%" in found.sentences[0].text


def test_an_older_english_article_answers_past_newer_common_words(db):
    found = ask(db, "What was Corvane's third-quarter revenue?")
    assert not found.abstained and "$312 million" in found.sentences[0].text


def test_a_company_no_article_names_is_still_refused(db):
    assert ask(db, "岚汐光电第三季度营收是多少？").abstained
    assert ask(db, "What was Dunmore Labs' third-quarter revenue?").abstained
