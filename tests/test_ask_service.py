"""/ask through the real service, storage and summarizer on a small SQLite file.

The articles are our own samples (tests/data/ask_articles.json, made-up figures).
Chat 1 has read four of them; chat 2 has read only the Meituan one, so every
answer must come from the asking chat's own history.
"""

from __future__ import annotations

import json
import re

import pytest

from bot.render import text as render
from bot.render.htmltext import to_plain
from bot.core.service import QuestionTooLong
from summarizer.model import Article
from tests.ask_helpers import ask_stored, on_service, read_article
from tests.conftest import DATA_DIR

ARTICLES = json.loads((DATA_DIR / "ask_articles.json").read_text("utf-8"))
CHAT, OTHER_CHAT = 1, 2


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """One database for the module: analysing the samples is the slow part."""
    path = tmp_path_factory.mktemp("ask") / "ask.db"

    async def build(service) -> None:
        for sample in ARTICLES:
            article = Article(text=sample["text"], title=sample["title"], url=sample["url"],
                              published=sample["published"], lang=sample["lang"])
            await read_article(service, OTHER_CHAT if sample["key"] == "other_chat" else CHAT, article)

    on_service(path, build)
    return path


def ask(db, question: str, chat: int = CHAT):
    return ask_stored(db, chat, question)


def test_number_question_is_answered_with_its_figure_and_source(db):
    result = ask(db, "百度智能云第三季度营收增长了多少？")
    assert not result.abstained
    first = result.sentences[0]
    assert "同比增长21%" in first.text
    assert first.highlighted == "21%"
    assert first.citation.url == "https://news.example.com/baidu-cloud-q3"
    assert first.citation.date == "2026-10-20"


def test_entity_question_finds_the_person(db):
    result = ask(db, "比亚迪董事长是谁？")
    assert "王传福" in result.sentences[0].text


def test_traditional_question_on_simplified_article(db):
    result = ask(db, "比亞迪海外銷量是多少？")
    assert "3.1万辆" in result.sentences[0].text


def test_simplified_question_on_traditional_article(db):
    result = ask(db, "小米手机出货量是多少？")
    assert "4230萬台" in result.sentences[0].text


def test_english_question_on_english_article(db):
    result = ask(db, "How much was Nvidia's data center revenue?")
    assert not result.abstained
    assert any("$26.3 billion" in s.text for s in result.sentences)


def test_english_question_on_chinese_article_through_aliases(db):
    result = ask(db, "How much did BYD's overseas sales grow?")
    assert not result.abstained
    assert "海外销量" in result.sentences[0].text


@pytest.mark.parametrize(
    "question",
    ["腾讯第三季度营收是多少？", "比亚迪有多少名员工？", "How many employees does Nvidia have?", "今天天气怎么样？"],
)
def test_unanswerable_questions_abstain(db, question):
    result = ask(db, question)
    assert result.abstained and result.sentences == ()


def test_another_chats_articles_are_never_used(db):
    question = "美团外卖日订单量突破了多少？"
    assert ask(db, question, chat=CHAT).abstained
    answered = ask(db, question, chat=OTHER_CHAT)
    assert "8000万单" in answered.sentences[0].text
    assert ask(db, "比亚迪海外销量是多少？", chat=OTHER_CHAT).abstained
    assert ask(db, "比亚迪海外销量是多少？", chat=999).abstained  # a chat with no history


def test_too_long_question_is_refused_with_a_message(db):
    with pytest.raises(QuestionTooLong) as caught:
        ask(db, "营收" * 400)
    assert caught.value.messages["zh"] and caught.value.messages["en"]


def test_rendered_answer_bolds_the_figure_escapes_and_cites(db):
    result = ask(db, "百度智能云第三季度营收增长了多少？<b>")
    html = render.answer(result, "zh")
    assert "<b>21%</b>" in html
    assert "&lt;b&gt;" in html  # the question is user text: escaped
    assert '<a href="https://news.example.com/baidu-cloud-q3">' in html
    assert "2026-10-20" in html


def test_rendered_abstention_says_so_and_suggests_sending_the_article(db):
    zh = to_plain(render.answer(ask(db, "腾讯第三季度营收是多少？"), "zh"))
    en = to_plain(render.answer(ask(db, "腾讯第三季度营收是多少？"), "en"))
    assert "没有提到「腾讯」" in zh and "发给我" in zh
    assert "mentions “腾讯”" in en and re.search(r"send me", en)
    # One reply, not a stack of refusals: the name's absence and its fix, said once.
    assert "找不到" not in zh and "do not answer" not in en
    assert zh.count("发给我") == 1 and en.count("send me") == 1


def test_rendered_constraint_abstentions_say_what_is_missing_in_both_languages(db):
    # The samples have 百度智能云's third quarter only.
    result = ask(db, "百度智能云第二季度营收是多少？")
    assert result.abstained and result.missing == "period"
    zh, en = to_plain(render.answer(result, "zh")), to_plain(render.answer(result, "en"))
    assert "第三季度" in zh and "第二季度" in zh and "不是答案" in zh
    assert "not the answer" in en
    assert "42亿元" in zh  # the nearest fact, shown under its label
    unknown = ask(db, "火星上的营收是多少？")
    assert unknown.abstained and unknown.reason == "unknown_entity"
    assert "火星" in to_plain(render.answer(unknown, "zh"))
    assert "“火星”" in to_plain(render.answer(unknown, "en"))


def test_a_quote_whose_speaker_is_named_only_in_the_sentence_before_is_found(tmp_path):
    """"刘敏则持不同看法。她认为，…“…”": no search term reaches the quote (it says 她), but the
    cached analysis gave it to 刘敏, and /ask cites her words, not the line introducing her."""
    text = ("在昨日举行的年度策略会上，远山证券首席策略分析师王海表示，明年A股盈利增速有望回升至8%左右。\n"
            "对此，青川基金总经理刘敏则持不同看法。她认为，当前市场估值处于历史较低水平，"
            "“明年更值得关注的是高股息资产的重新定价。”")

    async def go(service):
        await read_article(service, CHAT, Article(text=text, title="策略会观点", url="https://example.com/q",
                                                  published="2026-11-20", source_type="text"))
        return await service.ask(CHAT, "刘敏说了什么？")

    found = on_service(tmp_path / "quote.db", go)
    assert not found.abstained, found
    assert "高股息资产" in found.sentences[0].text
