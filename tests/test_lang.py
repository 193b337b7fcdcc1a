"""Language detection for zh, en and mixed text."""

import json
import os
from pathlib import Path

import pytest

from summarizer.lang import detect_lang, unsupported_lang


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("腾讯云的客户包括国内超80%头部大模型厂商。", "zh"),
        ("Regional airlines are leasing older aircraft at record rates.", "en"),
        ("大模型在To B侧的商业化，GPU算力和Azure AI收入都被提到。", "zh"),
        ("Tencent (腾讯) said its cloud revenue grew faster than expected this quarter.", "en"),
        ("據報導，台積電第三季營收創新高。", "zh"),
        ("123 456 !!!", "zh"),
    ],
)
def test_detect_lang(text, expected):
    assert detect_lang(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("東京のミライ電子は、第３四半期の売上高が前年同期比１２％増えたと発表した。社長は「需要が強い」と述べた。", "ja"),
        ("한국전력은 올해 영업이익이 74조원에 달할 것으로 예상된다고 밝혔다. 회사 측은 수요가 늘고 있다고 설명했다.", "ko"),
        ("索尼（ソニー）公司周二发布了新款相机，售价为4999元，比上一代产品便宜了12%。", None),
        ("動画サイト「ニコニコ」的母公司发布财报，营收同比增长8%，净利润下降3%，公司表示将继续投资海外业务。" * 2, None),
        ("Samsung (삼성전자) said quarterly operating profit rose 12% on strong memory chip demand.", None),
        ("腾讯云的客户包括国内超80%头部大模型厂商。", None),
    ],
)
def test_unsupported_lang_names_japanese_and_korean_only(text, expected):
    assert unsupported_lang(text) == expected


def test_no_chinese_text_of_the_corpus_is_taken_for_japanese_or_korean():
    """Every summaries-zh.jsonl article and every Chinese page of the corpus stays supported."""
    corpus = Path(os.environ.get("NEWSBRIEF_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "corpus"
    if not (corpus / "summaries-zh.jsonl").is_file():
        pytest.skip("the corpus (../shared) is not here")
    texts = [json.loads(line)["text"] for line in (corpus / "summaries-zh.jsonl").open(encoding="utf-8") if line.strip()]
    for page in sorted((corpus / "html").glob("*.json")):
        data = json.loads(page.read_text(encoding="utf-8"))
        if data.get("lang") == "zh":
            texts.append(data["body"])
    assert len(texts) > 500
    assert [text[:40] for text in texts if unsupported_lang(text)] == []
