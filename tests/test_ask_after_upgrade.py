"""/ask right after an upgrade, when every cached analysis is of an older summarizer version.

Until an article is shown again its analysis is not recomputed; /ask still needs the quotes and
figures the older version found. Real service, storage and summarizer on a SQLite file; the
story is our own.
"""

from __future__ import annotations

import sqlite3

from storage import Store
from summarizer.model import Article
from tests.ask_helpers import ask_stored, on_service, read_article

CHAT = 7
STORY = Article(
    title="澜岳新材三季度净利润同比下降31%",
    text=("澜岳新材28日晚间披露三季报。今年第三季度，公司实现营业收入42.6亿元，同比下降18.4%。\n\n"
          "“价格已经在底部区域徘徊了一个季度，行业里超过一半的产能处于亏损状态。”澜岳新材董事会秘书沈一鸣"
          "在业绩说明会上表示，公司四季度将把开工率维持在七成左右。"),
    url="https://example.com/lanyue", published="2026-10-28", lang="zh",
)


def _stored_then_upgraded(path, older: str = "1") -> None:
    """The story read and analysed, then its analysis marked as an older version's."""
    on_service(path, lambda service: read_article(service, CHAT, STORY))
    with sqlite3.connect(path) as db:
        db.execute("UPDATE analyses SET version = ?", (older,))


def _ask(path, question: str):
    return ask_stored(path, CHAT, question)


def test_who_said_is_answered_from_an_older_versions_quotes(tmp_path) -> None:
    path = tmp_path / "upgraded.db"
    _stored_then_upgraded(path)
    found = _ask(path, "谁说价格在底部")
    assert not found.abstained, found
    assert found.sentences[0].text.startswith("“价格已经在底部区域徘徊")


def test_an_older_analysis_that_no_longer_decodes_is_none(tmp_path) -> None:
    path = tmp_path / "broken.db"
    _stored_then_upgraded(path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE analyses SET data = '{\"sentences\": []}'")  # no "lang": not an analysis
        article_id = db.execute("SELECT article_id FROM analyses").fetchone()[0]
    with Store(path) as store:
        assert store.latest_analysis(article_id) is None


def test_the_newest_older_analysis_is_the_one_read(tmp_path) -> None:
    path = tmp_path / "two.db"
    _stored_then_upgraded(path, older="9")
    with sqlite3.connect(path) as db:
        article_id, data, created = db.execute("SELECT article_id, data, created_at FROM analyses").fetchone()
        db.execute("INSERT INTO analyses (article_id, version, params_key, data, created_at) VALUES (?, '10', '', ?, ?)",
                   (article_id, data.replace("42.6亿元", "42.7亿元"), created))
    with Store(path) as store:
        newest = store.latest_analysis(article_id)
    assert newest is not None and any("42.7亿元" in s.text for s in newest.sentences)
