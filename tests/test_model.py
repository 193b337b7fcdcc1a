"""Result types round-trip through JSON exactly: the SQLite cache depends on it."""

import json

from summarizer.model import Analysis, Article, Figure, Keyword, Quote, Sentence


def test_analysis_round_trips_through_json():
    analysis = Analysis(
        lang="zh",
        title="标题",
        sentences=(Sentence(0, "第一句。", 0.5, 0), Sentence(3, "第四句。", 0.25, 1)),
        keywords=(Keyword("云计算", 1.0),),
        figures=(
            Figure("14%", 14.0, "%", None, "up", "第二季度", "营收", "营收同比增长14%", 0, 1),
            Figure("十几个点", (10.0, 20.0), "个百分点", "几", None, None, None, "高了十几个点", 3, 2),
            Figure("2024年", 2024.0, None, None, None, None, None, "2024年", 0, None, "date"),
        ),
        quotes=(Quote("李强", "副总裁", "我们会继续投入。", "direct", 3),),
        sentence_count=4,
        char_count=40,
    )
    again = Analysis.from_dict(json.loads(json.dumps(analysis.to_dict(), ensure_ascii=False)))
    assert again == analysis
    assert [f.text for f in again.key_figures] == ["14%", "十几个点"]


def test_unknown_keys_in_cached_json_are_ignored():
    data = {"lang": "en", "sentences": [{"index": 0, "text": "A.", "score": 1.0, "new": 1}],
            "keywords": [], "future_field": True}
    assert Analysis.from_dict(data).sentences[0].text == "A."


def test_article_round_trips():
    article = Article(text="正文", url="https://example.com/a", title="T", source_type="html")
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
