"""Reported words named before the speaker ("…，两位知情人士透露。"): a clause that only says
where or when someone spoke is no quote. Sentences written here (fictional people)."""

from __future__ import annotations

from summarizer import analyze


def test_where_they_spoke_is_no_quote() -> None:
    quotes = analyze("“最难的时候已经过去了。”在深圳举行的一场行业峰会间隙，远帆电子总经理郑岚对记者说。"
                     "公司今年营收有望突破50亿元。").quotes
    assert [q.text for q in quotes if q.kind == "indirect"] == []
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["郑岚"]


def test_words_before_the_speaker_are_still_a_quote() -> None:
    quotes = analyze("青禾食品正在洽谈收购一家乳企，两位知情人士透露。").quotes
    assert [(q.speaker, q.text) for q in quotes] == [("两位知情人士", "青禾食品正在洽谈收购一家乳企")]
