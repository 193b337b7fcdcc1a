"""One set of text terms for search and /ask: folding, terms, and the whole path from
a traditional-script query through the service to a simplified-script article."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from storage import Store
from summarizer.model import Article
from summarizer.terms import (
    TERMS_VERSION,
    fold,
    index_text,
    index_texts,
    query_terms,
    search_terms,
)
from tests.ask_helpers import on_service

ARTICLE = (
    "磐石电子发布第三季度财报。公司台湾营收同比增长23%，达到48亿元，创下单季新高。"
    "大陆市场营收同比下降5%，主要受消费电子需求疲软影响。"
    "公司首席财务官陈明表示：“我们将继续扩大在台湾的产能。”"
    "分析人士认为，海外订单的增长将在明年继续推动业绩。"
)
CHAT, OTHER_CHAT = 11, 12
ROOT = Path(__file__).resolve().parent.parent
JIEBA_SET_UP = {"initialize", "setLogLevel", "Tokenizer", "POSTokenizer"}


def _package_files():
    for package in ("bot", "storage", "summarizer"):
        for path in sorted((ROOT / package).rglob("*.py")):
            yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text("utf-8"))


def _imported(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def _calls(tree: ast.AST) -> set[str]:
    return {node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            for node in ast.walk(tree) if isinstance(node, ast.Call)}


def test_fold_makes_traditional_full_width_and_capitals_one_form():
    assert fold("臺灣營收") == "台湾营收"
    assert fold("ＡＢＣ１４％，Revenue") == "abc14%,revenue"
    assert fold("台湾营收") == "台湾营收"


def test_query_and_index_terms_agree_across_scripts():
    assert search_terms("臺灣營收") == search_terms("台湾营收")
    assert set(search_terms("臺灣營收")) <= set(index_text("公司台湾营收同比增长23%").split())


def test_terms_drop_stop_words_and_punctuation():
    assert search_terms("的 了 ？？ ...") == []
    texts = ["营收增长。", "Revenue rose."]
    assert index_texts(texts) == tuple(index_text(t) for t in texts)
    assert query_terms(texts) == tuple(tuple(search_terms(t)) for t in texts)


def test_store_refuses_a_query_string_in_place_of_terms(tmp_path):
    with Store(tmp_path / "s.db") as store, pytest.raises(TypeError):
        store.search(1, "营收")


@pytest.fixture(scope="module")
def service_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("terms") / "terms.db"

    on_service(path, lambda service: service.summarize_text(CHAT, ARTICLE))
    return path



def test_search_in_traditional_finds_the_simplified_article(service_db):
    hits = on_service(service_db, lambda s: s.search(CHAT, "臺灣營收"))
    assert hits and "台湾营收同比增长23%" in hits[0].text
    assert on_service(service_db, lambda s: s.search(OTHER_CHAT, "臺灣營收")) == []


def test_ask_in_traditional_answers_from_the_simplified_article(service_db):
    answer = on_service(service_db, lambda s: s.ask(CHAT, "磐石電子臺灣營收增長了多少？"))
    assert not answer.abstained
    assert "台湾营收同比增长23%" in answer.sentences[0].text
    assert answer.sentences[0].highlighted == "23%"


def test_an_index_made_by_other_rules_is_remade_when_the_bot_starts(tmp_path):
    path = tmp_path / "older.db"
    sentence = "磐石电子营收同比增长１４％。"
    with Store(path) as store:  # as an older version indexed it: full width left as it was
        article, _ = store.put_article(Article(text=sentence * 3))
        store.index_sentences(article.id, [sentence], ["磐石 电子 营收 同比 增长 １４"])
        store.add_history(CHAT, article.id)

    async def start(service):
        before = await service.search(CHAT, "增长14%")
        await service.warm_up()
        return before, await service.search(CHAT, "增長１４％"), await service.reindex_if_terms_changed()

    before, after, again = on_service(path, start)
    assert before == [] and after[0].text == sentence and again == 0
    with Store(path) as store:
        assert store.search_terms_version() == TERMS_VERSION


def test_one_fold_and_one_jieba_initialiser_serve_the_whole_process():
    # bot/langs.py is OpenCC's other direction: the bot's own texts, simplified to traditional
    # (s2twp) for zh-hant readers; it never folds what is searched or compared.
    opencc_users = [name for name, tree in _package_files() if "opencc" in _imported(tree)]
    set_ups = [name for name, tree in _package_files()
               if "jieba" in _imported(tree) and _calls(tree) & JIEBA_SET_UP]
    assert (opencc_users, set_ups) == (["bot/langs.py", "summarizer/terms.py"], ["summarizer/tokenize.py"])
    langs = (ROOT / "bot" / "langs.py").read_text("utf-8")
    assert '"s2twp"' in langs and "t2s" not in langs
